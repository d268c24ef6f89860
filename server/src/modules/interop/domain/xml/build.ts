import type { Attachment, Body, CodedValue, Dialogmelding, HealthProfessional, Organisation, Party, Patient } from '../model.js';
import { CONTACT_ROLE, IDENT_TYPES, MESSAGE_TYPES, MSGHEAD_MIG_VERSION, NS, THEME_TEXTS, oidOfList } from './codes.js';
import { DEFAULT_ATTACHMENT_DESCRIPTION, DEFAULT_ATTACHMENT_MEDIA_TYPE } from './read-body.js';
import { XmlBuildError, validateBuilt } from './build-support.js';
import { validateMsgHead } from './schema.js';
import { el, normalizeLabel, serializeDocument, textEl, type XmlElementSpec } from './xml-writer.js';

export { buildAppRec, buildAppRecAndValidate } from './build-apprec.js';
export { XmlBuildError } from './build-support.js';

/**
 * Writes a dialogue message as MsgHead 1.2 + Dialogmelding 1.0 (UTF-8). Element order follows
 * MsgHead-v1_2.xsd and dialogmelding.xsd exactly. Normalisation, mirrored by the parser so a
 * round trip is exact: names, identifiers and attachment descriptions are trimmed and left out
 * when empty; free text (notes, questions, reasons, subjects) is written as given, minus the
 * characters XML 1.0 cannot carry (see toXmlText). A theme without display text gets the code
 * table's text. Fields the chosen body element cannot carry throw XmlBuildError rather than
 * vanish. Does not validate: use buildAndValidate for anything that leaves the platform.
 */
export function buildDialogmelding(message: Dialogmelding): string {
  const problems = unrepresentable(message.body);
  if (problems.length > 0) throw new XmlBuildError('Dialogmelding cannot be written', problems);
  return serializeDocument(
    el(
      'MsgHead',
      { xmlns: NS.msgHead },
      msgInfo(message),
      el(
        'Document',
        undefined,
        el('DocumentConnection', { V: 'H', DN: 'Hoveddokument' }),
        el(
          'RefDoc',
          undefined,
          el('IssueDate', { V: message.generatedAt }),
          el('MsgType', { V: 'XML', DN: 'XML-instans' }),
          textEl('MimeType', 'text/xml'),
          el('Content', undefined, el('Dialogmelding', { xmlns: NS.dialog }, body(message.body))),
        ),
      ),
      ...message.attachments.map((attachment) => attachmentDocument(attachment, message.generatedAt)),
    ),
  );
}

/** Builds and checks against the XSDs; throws XmlBuildError listing the schema messages if invalid. */
export function buildAndValidate(message: Dialogmelding): string {
  const xml = buildDialogmelding(message);
  const problems = validateBuilt(xml, validateMsgHead);
  if (problems.length > 0) throw new XmlBuildError(`Built Dialogmelding ${message.msgId} does not validate against MsgHead/Dialogmelding XSD`, problems);
  return xml;
}

function unrepresentable(b: Body): string[] {
  const problems: string[] = [];
  if (b.element === 'Foresporsel') {
    if (b.subject !== undefined) problems.push('subject (Tema) exists only in a Notat');
    if (b.date !== undefined) problems.push('date (DatoNotat) exists only in a Notat');
    if (b.answersRequest !== undefined) problems.push('answersRequest (quoted Foresporsel) exists only in a Notat');
  } else if (b.reason !== undefined) {
    problems.push('reason (Begrunnelse) exists only in a Foresporsel');
  }
  return problems;
}

/** Names and identifiers: trimmed, and left out when empty. */
const clean = normalizeLabel;

function msgInfo(m: Dialogmelding): XmlElementSpec {
  return el(
    'MsgInfo',
    undefined,
    el('Type', { V: m.type, DN: MESSAGE_TYPES[m.type] }),
    textEl('MIGversion', MSGHEAD_MIG_VERSION),
    textEl('GenDate', m.generatedAt),
    textEl('MsgId', m.msgId),
    el('Ack', m.wantsReceipt ? { V: 'J', DN: 'Ja' } : { V: 'N', DN: 'Nei' }),
    m.conversation &&
      el('ConversationRef', undefined, textEl('RefToParent', m.conversation.parentId), textEl('RefToConversation', m.conversation.conversationId)),
    el('Sender', undefined, organisation(m.sender)),
    el('Receiver', undefined, organisation(m.receiver)),
    patient(m.patient),
  );
}

function ident(id: string | undefined, typeId: { v: string; dn: string; list: number }): XmlElementSpec | undefined {
  const value = clean(id);
  return value === undefined ? undefined : el('Ident', undefined, textEl('Id', value), el('TypeId', { V: typeId.v, DN: typeId.dn, S: oidOfList(typeId.list) }));
}

const ENH = { v: 'ENH', ...IDENT_TYPES.ENH };
const HPR = { v: 'HPR', ...IDENT_TYPES.HPR };

/** FNR or DNR by the number itself: a D-number adds 4 to the first digit. */
const personIdType = (fnr: string) => (Number(fnr.trim()[0]) >= 4 ? { v: 'DNR', ...IDENT_TYPES.DNR } : { v: 'FNR', ...IDENT_TYPES.FNR });

function organisation(party: Party): XmlElementSpec {
  const org: Organisation = party.organisation;
  return el(
    'Organisation',
    undefined,
    textEl('OrganisationName', clean(org.name) ?? ''),
    ident(org.orgNumber, ENH),
    ident(org.herId, IDENT_TYPES.HER_ORG),
    party.professional && professional(party.professional),
  );
}

function professional(p: HealthProfessional): XmlElementSpec {
  const phone = clean(p.phone)?.replace(/^tel:/i, '');
  const fnr = clean(p.fnr);
  return el(
    'HealthcareProfessional',
    undefined,
    clean(p.professionType) !== undefined && el('TypeHealthcareProfessional', { V: clean(p.professionType) }),
    textEl('FamilyName', clean(p.familyName)),
    textEl('MiddleName', clean(p.middleName)),
    textEl('GivenName', clean(p.givenName)),
    ident(p.hprNumber, HPR),
    ident(p.herId, IDENT_TYPES.HER_PERSON),
    fnr !== undefined && ident(fnr, personIdType(fnr)),
    phone !== undefined && el('TeleCom', undefined, el('TypeTelecom', { V: 'HP', DN: 'Hovedtelefon' }), el('TeleAddress', { V: `tel:${phone}` })),
  );
}

function patient(p: Patient): XmlElementSpec {
  const type = p.idType === 'DNR' ? IDENT_TYPES.DNR : IDENT_TYPES.FNR;
  return el(
    'Patient',
    undefined,
    textEl('FamilyName', clean(p.familyName)),
    textEl('MiddleName', clean(p.middleName)),
    textEl('GivenName', clean(p.givenName)),
    ident(p.id, { v: p.idType, ...type }),
  );
}

function coded(name: string, value: CodedValue): XmlElementSpec {
  return el(name, { V: String(value.code), S: oidOfList(value.list), DN: value.text ?? THEME_TEXTS[value.list]?.[value.code] });
}

/** The named person, as NAV's own systems write the adviser (RolleNotat 9057/1 + Person). */
function contactRole(person: Body['contactPerson']): XmlElementSpec | undefined {
  const givenName = clean(person?.givenName);
  const familyName = clean(person?.familyName);
  if (givenName === undefined && familyName === undefined) return undefined;
  return el(
    'RollerRelatertNotat',
    undefined,
    el('RolleNotat', { V: String(CONTACT_ROLE.code), S: oidOfList(CONTACT_ROLE.list) }),
    el('Person', undefined, textEl('GivenName', givenName), textEl('FamilyName', familyName)),
  );
}

function body(b: Body): XmlElementSpec {
  if (b.element === 'Foresporsel') {
    return el(
      'Foresporsel',
      undefined,
      coded('TypeForesp', b.theme),
      textEl('Sporsmal', b.text),
      textEl('Begrunnelse', b.reason),
      textEl('DokIdForesp', clean(b.documentId)),
      contactRole(b.contactPerson),
    );
  }
  const quoted = b.answersRequest;
  return el(
    'Notat',
    undefined,
    coded('TemaKodet', b.theme),
    textEl('Tema', b.subject),
    textEl('TekstNotatInnhold', b.text),
    textEl('DokIdNotat', clean(b.documentId)),
    textEl('DatoNotat', clean(b.date)),
    quoted &&
      el('Foresporsel', undefined, coded('TypeForesp', quoted.theme), textEl('Sporsmal', quoted.text), textEl('DokIdForesp', clean(quoted.documentId))),
    contactRole(b.contactPerson),
  );
}

function attachmentDocument(attachment: Attachment, issuedAt: string): XmlElementSpec {
  const description = clean(attachment.description);
  return el(
    'Document',
    undefined,
    el('DocumentConnection', { V: 'V', DN: 'Vedlegg' }),
    el(
      'RefDoc',
      undefined,
      el('IssueDate', { V: issuedAt }),
      el('MsgType', { V: 'A', DN: 'Vedlegg' }),
      textEl('MimeType', clean(attachment.mediaType) ?? DEFAULT_ATTACHMENT_MEDIA_TYPE),
      textEl('Description', description ?? DEFAULT_ATTACHMENT_DESCRIPTION),
      el('Content', undefined, { name: 'Base64Container', attrs: { xmlns: NS.base64 }, text: base64(attachment.content) }),
    ),
  );
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
