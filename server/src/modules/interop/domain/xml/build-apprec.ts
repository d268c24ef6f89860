import type { AppRec, HealthProfessional, Party } from '../model.js';
import { APPREC_ERROR_OID } from './apprec-errors.js';
import { APPREC_MIG_VERSION, MESSAGE_TYPES, NS, isMessageType } from './codes.js';
import { validateAppRec } from './schema.js';
import { el, normalizeLabel, serializeDocument, textEl, type XmlElementSpec } from './xml-writer.js';
import { XmlBuildError, validateBuilt } from './build-support.js';

/**
 * Writes an application receipt (AppRec 1.0, bare, UTF-8). Status 1 "OK" carries no errors,
 * status 2 "Avvist" at least one; each error is list 8221's code with its display name (DN) and
 * our specific reason as original text (OT). People are written as one name, "family given
 * middle", as NAV writes them; fødselsnumre are never put in a receipt.
 */
export function buildAppRec(apprec: AppRec): string {
  if (apprec.status === 'ok' && apprec.errors.length > 0) throw new XmlBuildError('AppRec cannot be written', ['status ok with errors']);
  if (apprec.status === 'rejected' && apprec.errors.length === 0) throw new XmlBuildError('AppRec cannot be written', ['status rejected without an error']);
  const type = apprec.original.type;
  return serializeDocument(
    el(
      'AppRec',
      { xmlns: NS.appRec },
      el('MsgType', { V: 'APPREC', DN: 'Applikasjonskvittering' }),
      textEl('MIGversion', APPREC_MIG_VERSION),
      textEl('GenDate', apprec.generatedAt),
      textEl('Id', apprec.id),
      el('Sender', undefined, hcp(apprec.sender)),
      el('Receiver', undefined, hcp(apprec.receiver)),
      el('Status', apprec.status === 'ok' ? { V: '1', DN: 'OK' } : { V: '2', DN: 'Avvist' }),
      ...apprec.errors.map((error) => el('Error', { V: error.code, S: APPREC_ERROR_OID, DN: error.text, OT: error.details })),
      el(
        'OriginalMsgId',
        undefined,
        el('MsgType', { V: type, DN: isMessageType(type) ? MESSAGE_TYPES[type] : undefined }),
        textEl('IssueDate', apprec.original.issuedAt),
        textEl('Id', apprec.original.msgId),
      ),
    ),
  );
}

/** Builds and checks against AppRec-v1.0.xsd; throws XmlBuildError listing the schema messages if invalid. */
export function buildAppRecAndValidate(apprec: AppRec): string {
  const xml = buildAppRec(apprec);
  const problems = validateBuilt(xml, validateAppRec);
  if (problems.length > 0) throw new XmlBuildError(`Built AppRec ${apprec.id} does not validate against AppRec XSD`, problems);
  return xml;
}

const clean = normalizeLabel;

/** Main id and further ids: organisation number first, else the HER-id. */
function ids(entries: Array<[string, string, string | undefined]>): XmlElementSpec[] {
  const present = entries.filter((e): e is [string, string, string] => clean(e[2]) !== undefined);
  const [main, ...rest] = present;
  if (!main) return [];
  return [
    textEl('Id', clean(main[2]))!,
    el('TypeId', { V: main[0], DN: main[1] }),
    ...rest.map(([v, dn, id]) => el('AdditionalId', undefined, textEl('Id', clean(id)), el('Type', { V: v, DN: dn }))),
  ];
}

const personName = (p: HealthProfessional) => [p.familyName, p.givenName, p.middleName].map(clean).filter(Boolean).join(' ');

function hcp(party: Party): XmlElementSpec {
  const org = party.organisation;
  const [instId, instTypeId, ...instAdditional] = ids([
    ['ENH', 'Organisasjonsnummeret i Enhetsregister', org.orgNumber],
    ['HER', 'HER-id', org.herId],
  ]);
  const p = party.professional;
  return el(
    'HCP',
    undefined,
    el(
      'Inst',
      undefined,
      textEl('Name', clean(org.name)),
      instId,
      instTypeId,
      ...instAdditional,
      p &&
        el(
          'HCPerson',
          undefined,
          textEl('Name', personName(p) || undefined),
          ...ids([
            ['HPR', 'HPR-nummer', p.hprNumber],
            ['HER', 'HER-id', p.herId],
          ]),
        ),
    ),
  );
}
