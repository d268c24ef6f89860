import type { XmlDocument, XmlElement } from 'libxml2-wasm';
import { findEnvelope, type Envelope } from './envelope.js';
import type { Dialogmelding, MessageType, Party } from '../model.js';
import { appRecError, type AppRecErrorItem } from './apprec-errors.js';
import { DATE_TIME_PATTERN, MSG_ID_PATTERN, checkPatient, checkTheme } from './checks.js';
import { NS, isMessageType } from './codes.js';
import { attr, child, trimmedText } from './dom.js';
import { readAttachments, readBody, splitDocuments } from './read-body.js';
import { compact, hasOrganisationName, readParty } from './read-parties.js';
import { safeParseXml } from './safe-parse.js';
import { validateMsgHead } from './schema.js';

export { APPREC_ERROR_OID, APPREC_ERROR_TEXTS, appRecError, type AppRecErrorCode, type AppRecErrorItem } from './apprec-errors.js';
export { parseAppRec, type ParseAppRecResult } from './parse-apprec.js';
export type { Envelope } from './envelope.js';

export interface ParseOptions {
  /** Accept synthetic test identity numbers (Tenor/Helsenorge) for the patient: test and demo only. */
  allowSynthetic: boolean;
  /** Largest accepted document in bytes; larger ones are refused before parsing (T99). */
  maxBytes: number;
}

export type ParseDialogmeldingResult =
  /** schemaWarnings: libxml2's XSD messages ("line N: …") and notes on what was read leniently (English, for logs and support). */
  | { ok: true; message: Dialogmelding; envelope: Envelope; schemaWarnings: string[] }
  | {
      ok: false;
      errors: AppRecErrorItem[];
      /** MsgId when it could be read, so a receipt can name the message it refuses. */
      msgId?: string;
      /** What could be read of the header, to address the receipt. */
      partial?: { sender?: Party; receiver?: Party; type?: string; generatedAt?: string };
      schemaWarnings?: string[];
    };

/**
 * Reads a GP's dialogue message (MsgHead 1.2 + Dialogmelding 1.0), bare or inside NAV's
 * EI_fellesformat. Never throws for bad input. XSD deviations are kept as `schemaWarnings`
 * (real GP systems have always sent a few, and NAV accepts them); acceptance is decided by the
 * semantic checks, each refusal carrying its 8221 code.
 */
export function parseDialogmelding(bytes: Uint8Array | string, options: ParseOptions): ParseDialogmeldingResult {
  const parsed = safeParseXml(bytes, { maxBytes: options.maxBytes });
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  try {
    return readMessage(parsed.doc, options);
  } catch (error) {
    // A reader bug must not take the receiver down; the message is refused and the cause kept.
    return { ok: false, errors: [appRecError('X99', `Meldingen kunne ikke leses: ${error instanceof Error ? error.message : String(error)}`)] };
  } finally {
    parsed.doc.dispose();
  }
}

function readMessage(doc: XmlDocument, options: ParseOptions): ParseDialogmeldingResult {
  const found = findEnvelope(doc, NS.msgHead, 'MsgHead');
  if (!found) {
    const isAppRec = findEnvelope(doc, NS.appRec, 'AppRec') !== undefined;
    return {
      ok: false,
      errors: [isAppRec ? appRecError('T10', 'Dokumentet er en applikasjonskvittering (AppRec), ikke en dialogmelding.') : appRecError('T02', 'Fant ikke MsgHead (hodemelding).')],
    };
  }
  const schemaWarnings = validateMsgHead(found.element);
  const { msgHead, warnings } = unwrapNestedMsgHead(found.element);
  schemaWarnings.push(...warnings);

  const msgInfo = child(msgHead, NS.msgHead, 'MsgInfo');
  if (!msgInfo) return { ok: false, errors: [appRecError('T02', 'MsgHead mangler MsgInfo.')], schemaWarnings };

  const msgId = trimmedText(child(msgInfo, NS.msgHead, 'MsgId'));
  const typeRaw = attr(child(msgInfo, NS.msgHead, 'Type'), 'V')?.trim();
  const generatedAt = trimmedText(child(msgInfo, NS.msgHead, 'GenDate'));
  const senderElement = child(msgInfo, NS.msgHead, 'Sender');
  const receiverElement = child(msgInfo, NS.msgHead, 'Receiver');
  const sender = readParty(senderElement);
  const receiver = readParty(receiverElement);
  const validGenDate = generatedAt !== undefined && DATE_TIME_PATTERN.test(generatedAt);

  const errors: AppRecErrorItem[] = [];
  if (!msgId || !MSG_ID_PATTERN.test(msgId)) errors.push(appRecError('E10', msgId ? 'MsgId har ugyldig form (høyst 100 tegn, uten mellomrom).' : 'MsgId mangler.'));
  const type: MessageType | undefined = typeRaw && isMessageType(typeRaw) ? typeRaw : undefined;
  if (!type) errors.push(appRecError('T10', `Meldingstypen «${(typeRaw ?? '').slice(0, 40)}» støttes ikke; bare DIALOG_NOTAT, DIALOG_FORESPORSEL og DIALOG_SVAR tas imot.`));
  if (!validGenDate) errors.push(appRecError('T02', 'GenDate mangler eller er ikke et gyldig tidspunkt.'));
  if (!sender || !hasOrganisationName(senderElement)) errors.push(appRecError('T02', 'Avsenderens organisasjon (Sender/Organisation med OrganisationName) mangler.'));
  if (!receiver || !hasOrganisationName(receiverElement)) errors.push(appRecError('T02', 'Mottakerens organisasjon (Receiver/Organisation med OrganisationName) mangler.'));

  const patient = checkPatient(child(msgInfo, NS.msgHead, 'Patient'), options.allowSynthetic);
  if (!patient.ok) errors.push(patient.error);

  const documents = splitDocuments(msgHead);
  schemaWarnings.push(...documents.warnings);
  const body = readBody(documents.bodyContent);
  if (!body.ok) errors.push(body.error);
  else {
    schemaWarnings.push(...body.value.warnings);
    if (type) errors.push(...checkTheme(type, body.value.body.element, body.value.theme, body.value.quoted?.theme));
  }
  const attachments = readAttachments(documents.attachments);
  errors.push(...attachments.errors);

  if (errors.length > 0 || !type || !msgId || !generatedAt || !sender || !receiver || !patient.ok || !body.ok) {
    return compact({
      ok: false as const,
      errors,
      msgId,
      partial: compact({ sender, receiver, type: typeRaw, generatedAt: validGenDate ? generatedAt : undefined }),
      schemaWarnings,
    });
  }

  const { quoted, namedProfessional } = body.value;
  // Notes from GPs may quote a request (EPJs were allowed to); only answers carry one that means something.
  if (quoted && type !== 'DIALOG_SVAR') schemaWarnings.push(`Foresporsel quoted inside Notat ignored for ${type}`);
  const answersRequest = type === 'DIALOG_SVAR' && quoted?.theme ? compact({ theme: quoted.theme, documentId: quoted.documentId, text: quoted.text }) : undefined;
  if (type === 'DIALOG_SVAR' && quoted && !quoted.theme) schemaWarnings.push('Quoted Foresporsel without a readable TypeForesp ignored');
  const conversation = readConversation(child(msgInfo, NS.msgHead, 'ConversationRef'), schemaWarnings);

  const message: Dialogmelding = compact({
    msgId,
    type,
    generatedAt,
    conversation,
    wantsReceipt: attr(child(msgInfo, NS.msgHead, 'Ack'), 'V')?.trim() === 'J',
    // Chiropractors' systems name the practitioner only in the body (RollerRelatertNotat).
    sender: sender.professional || !namedProfessional ? sender : { ...sender, professional: namedProfessional },
    receiver,
    patient: patient.value,
    body: compact({ ...body.value.body, answersRequest }),
    attachments: attachments.attachments,
  });
  return { ok: true, message, envelope: found.envelope, schemaWarnings };
}

/**
 * One EPJ (the "pridok bug") sends its whole MsgHead again inside the first document's Content,
 * with the patient and attachments only there. The inner message is the real one; the outer
 * documents (a HelseID token labelled application/jwt) are not part of it.
 */
function unwrapNestedMsgHead(outer: XmlElement): { msgHead: XmlElement; warnings: string[] } {
  let msgHead = outer;
  const warnings: string[] = [];
  for (let depth = 0; depth < 2; depth++) {
    const content = splitDocuments(msgHead).bodyContent;
    const inner = child(content, NS.msgHead, 'MsgHead');
    if (!inner) break;
    const ignored = splitDocuments(msgHead).attachments.length;
    warnings.push(`MsgHead nested inside Document/RefDoc/Content read as the message${ignored ? `; ${ignored} outer attachment(s) ignored` : ''}`);
    msgHead = inner;
  }
  return { msgHead, warnings };
}

/** RefToConversation / RefToParent in either order (GP systems swap them). */
function readConversation(element: XmlElement | undefined, warnings: string[]): Dialogmelding['conversation'] {
  if (!element) return undefined;
  const conversationId = trimmedText(child(element, NS.msgHead, 'RefToConversation'));
  const parentId = trimmedText(child(element, NS.msgHead, 'RefToParent'));
  if (conversationId && parentId) return { conversationId, parentId };
  warnings.push('ConversationRef without both RefToConversation and RefToParent ignored');
  return undefined;
}
