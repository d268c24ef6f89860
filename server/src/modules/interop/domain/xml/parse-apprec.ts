import type { XmlDocument, XmlElement } from 'libxml2-wasm';
import type { AppRec, HealthProfessional, Party } from '../model.js';
import { APPREC_ERROR_TEXTS, appRecError, type AppRecErrorItem } from './apprec-errors.js';
import { NS } from './codes.js';
import { attr, child, children, trimmedText } from './dom.js';
import { findEnvelope, type Envelope } from './envelope.js';
import { compact } from './read-parties.js';
import { safeParseXml } from './safe-parse.js';
import { validateAppRec } from './schema.js';

export type ParseAppRecResult =
  | { ok: true; apprec: AppRec; envelope: Envelope; schemaWarnings: string[] }
  | { ok: false; errors: AppRecErrorItem[] };

/** Receipts are small; anything larger than this is not a receipt. */
const MAX_APPREC_BYTES = 1024 * 1024;

/**
 * Reads an application receipt (AppRec 1.0), bare or inside EI_fellesformat. Never throws for
 * bad input. Status 1 is 'ok', 2 'rejected'; 3 ("OK, error in a part message") counts as 'ok'
 * with its errors kept, since the message itself was taken.
 */
export function parseAppRec(bytes: Uint8Array | string, options: { maxBytes?: number } = {}): ParseAppRecResult {
  const parsed = safeParseXml(bytes, { maxBytes: options.maxBytes ?? MAX_APPREC_BYTES });
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  try {
    return readAppRec(parsed.doc);
  } catch (error) {
    return { ok: false, errors: [appRecError('X99', `Kvitteringen kunne ikke leses: ${error instanceof Error ? error.message : String(error)}`)] };
  } finally {
    parsed.doc.dispose();
  }
}

const text = (parent: XmlElement | undefined, name: string) => trimmedText(child(parent, NS.appRec, name));

function readAppRec(doc: XmlDocument): ParseAppRecResult {
  const found = findEnvelope(doc, NS.appRec, 'AppRec');
  if (!found) return { ok: false, errors: [appRecError('T02', 'Fant ikke AppRec.')] };
  const appRec = found.element;
  const schemaWarnings = validateAppRec(appRec);
  const id = text(appRec, 'Id');
  const generatedAt = text(appRec, 'GenDate');
  const statusCode = attr(child(appRec, NS.appRec, 'Status'), 'V')?.trim();
  const original = child(appRec, NS.appRec, 'OriginalMsgId');
  const originalId = text(original, 'Id');
  const sender = readHcp(child(appRec, NS.appRec, 'Sender'));
  const receiver = readHcp(child(appRec, NS.appRec, 'Receiver'));

  const errors: AppRecErrorItem[] = [];
  if (!id) errors.push(appRecError('E10', 'AppRec mangler Id.'));
  if (!originalId) errors.push(appRecError('T02', 'AppRec mangler OriginalMsgId/Id.'));
  if (!generatedAt) errors.push(appRecError('T02', 'AppRec mangler GenDate.'));
  if (statusCode !== '1' && statusCode !== '2' && statusCode !== '3') errors.push(appRecError('T02', `AppRec har ukjent status «${(statusCode ?? '').slice(0, 10)}».`));
  if (!sender || !receiver) errors.push(appRecError('T02', 'AppRec mangler avsender eller mottaker (Sender/Receiver med HCP).'));
  if (errors.length > 0 || !id || !originalId || !generatedAt || !sender || !receiver) return { ok: false, errors };

  const apprec: AppRec = {
    id,
    generatedAt,
    status: statusCode === '2' ? 'rejected' : 'ok',
    errors: children(appRec, NS.appRec, 'Error').map((error) => {
      const code = attr(error, 'V')?.trim() ?? '';
      const dn = attr(error, 'DN');
      return compact({ code, text: dn ?? APPREC_ERROR_TEXTS[code as keyof typeof APPREC_ERROR_TEXTS] ?? '', details: attr(error, 'OT') });
    }),
    sender,
    receiver,
    original: {
      type: attr(child(original, NS.appRec, 'MsgType'), 'V')?.trim() ?? '',
      issuedAt: text(original, 'IssueDate') ?? '',
      msgId: originalId,
    },
  };
  return { ok: true, apprec, envelope: found.envelope, schemaWarnings };
}

/** AdditionalId / TypeId pairs of an Inst or HCPerson, by type. */
function readIds(element: XmlElement): Map<string, string> {
  const ids = new Map<string, string>();
  const main = text(element, 'Id');
  const mainType = attr(child(element, NS.appRec, 'TypeId'), 'V')?.trim().toUpperCase();
  if (main && mainType) ids.set(mainType, main);
  for (const additional of children(element, NS.appRec, 'AdditionalId')) {
    const id = text(additional, 'Id');
    const type = attr(child(additional, NS.appRec, 'Type'), 'V')?.trim().toUpperCase();
    if (id && type && !ids.has(type)) ids.set(type, id);
  }
  return ids;
}

/**
 * Sender / Receiver: HCP/Inst is the organisation and its first HCPerson the professional.
 * AppRec carries one name string per person, kept whole in familyName (it cannot be split
 * reliably; the platform writes "family given middle"). A lone HCProf becomes the professional
 * of an organisation with no name.
 */
function readHcp(party: XmlElement | undefined): Party | undefined {
  const hcp = child(party, NS.appRec, 'HCP');
  const inst = child(hcp, NS.appRec, 'Inst');
  const person = inst ? child(inst, NS.appRec, 'HCPerson') : child(hcp, NS.appRec, 'HCProf');
  if (!inst && !person) return undefined;
  const instIds = inst ? readIds(inst) : new Map<string, string>();
  const professional = person ? readPerson(person) : undefined;
  return compact({
    organisation: compact({ name: text(inst, 'Name') ?? '', orgNumber: instIds.get('ENH'), herId: instIds.get('HER') }),
    professional,
  });
}

function readPerson(person: XmlElement): HealthProfessional {
  const ids = readIds(person);
  return compact({ familyName: text(person, 'Name') ?? '', hprNumber: ids.get('HPR'), herId: ids.get('HER') });
}
