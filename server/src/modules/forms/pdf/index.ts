export { FORM_PDF_CREATOR, FORM_PDF_PRODUCER, type FormPdfApproval, type FormPdfMeta, formPdfText, renderFormPdf } from './form-pdf.js';
