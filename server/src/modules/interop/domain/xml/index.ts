/** The national dialogue message codec: pure functions from model to XML and back, no I/O beyond the schema files. */
export { APPREC_ERROR_OID, APPREC_ERROR_TEXTS, appRecError, type AppRecErrorCode, type AppRecErrorItem } from './apprec-errors.js';
export { buildAndValidate, buildAppRec, buildAppRecAndValidate, buildDialogmelding, XmlBuildError } from './build.js';
export { ACCEPTED_THEMES, MESSAGE_TYPES, NS, THEME_TEXTS } from './codes.js';
export type { Envelope } from './envelope.js';
export { parseAppRec, type ParseAppRecResult } from './parse-apprec.js';
export { parseDialogmelding, type ParseDialogmeldingResult, type ParseOptions } from './parse.js';
export { DEFAULT_ATTACHMENT_DESCRIPTION } from './read-body.js';
export { safeParseXml, type SafeParseResult } from './safe-parse.js';
export { disposeSchemas, validateAppRec, validateMsgHead } from './schema.js';
export { normalizeLabel, toXmlText } from './xml-writer.js';
