/**
 * Error codes of attachments on forum submissions (issue 9), spread into the forums module's table
 * (`forums/domain/errors.ts`). Each refusal names the file (`details.index`, `details.filename`) so
 * the form can put the message by the file it concerns.
 */
export const FORUM_ATTACHMENT_ERRORS = {
  FORUM_ATTACHMENT_TYPE_FORBIDDEN: {
    status: 415,
    nb: 'Vedlegg må være PDF, PNG, JPEG, ren tekst, Word (DOCX) eller OpenDocument-tekst (ODT). Typen avgjøres av innholdet, ikke av filnavnet.',
    en: 'Attachments must be PDF, PNG, JPEG, plain text, Word (DOCX) or OpenDocument text (ODT). The type is decided by the content, not the file name.',
  },
  FORUM_ATTACHMENT_TYPE_MISMATCH: {
    status: 415,
    nb: 'Filnavnet sier én filtype, men innholdet er en annen. Gi filen riktig endelse og prøv igjen.',
    en: 'The file name says one type, but the content is another. Give the file the right extension and try again.',
  },
  FORUM_ATTACHMENT_TOO_LARGE: { status: 413, nb: 'Vedlegget er for stort', en: 'The attachment is too large' },
  FORUM_ATTACHMENTS_TOTAL_TOO_LARGE: { status: 413, nb: 'Vedleggene er til sammen for store', en: 'The attachments are too large in all' },
  FORUM_ATTACHMENT_LIMIT_REACHED: { status: 400, nb: 'For mange vedlegg på én sak', en: 'Too many attachments on one case' },
  FORUM_ATTACHMENT_EMPTY: { status: 400, nb: 'Vedlegget er tomt eller kunne ikke leses', en: 'The attachment is empty or could not be read' },
  FORUM_ATTACHMENT_UNREADABLE: {
    status: 422,
    nb: 'Vedlegget er skadet eller passordbeskyttet, så innholdet kan ikke sjekkes. Lagre det uten beskyttelse og prøv igjen.',
    en: 'The attachment is damaged or password-protected, so its content cannot be checked. Save it without protection and try again.',
  },
  FORUM_ATTACHMENT_PERSONAL_DATA: {
    status: 422,
    nb: 'Vedlegget ser ut til å inneholde opplysninger som kan identifisere en pasient (fødselsnummer, D-nummer eller navn med dato), i teksten eller i filnavnet. Fjern dem og legg ved filen på nytt.',
    en: 'The attachment seems to contain details that could identify a patient (national identity number, D-number or a name with a date), in its text or its file name. Remove them and attach the file again.',
  },
  FORUM_ATTACHMENT_NOT_FOUND: { status: 404, nb: 'Fant ikke vedlegget', en: 'Attachment not found' },
  FORUM_ATTACHMENT_NOT_SUBMITTER: { status: 403, nb: 'Bare den som meldte saken kan legge til vedlegg', en: 'Only the person who reported the case can add attachments' },
  FORUM_ATTACHMENT_CLOSED: {
    status: 409,
    nb: 'Vedlegg kan bare legges til mens saken er mottatt og ennå ikke behandlet',
    en: 'Attachments can only be added while the case is received and not yet handled',
  },
} as const;
