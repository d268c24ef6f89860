import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { LEGAL_BASIS, REQUEST_KINDS, type RequestKind } from '../../dialogue/domain/codes.js';
import { transliterateLatin1 } from './latin1.js';
import type { Attachment, Dialogmelding, MessageType } from './model.js';
import { appRecError, type AppRecErrorItem } from './xml/apprec-errors.js';
import { THEME_TEXTS } from './xml/codes.js';

/** The theme of a team's update to the GP (issue 8): list 7322 "Tema for helsefaglig dialog", code 6. */
export const TEAM_NOTE_THEME = { list: 7322, code: 6 } as const;

/** What the platform knows about one message to a GP, enough to write it as a national document. */
export interface OutboundFacts {
  messageId: string;
  /** The thread's first message: RefToConversation for every message in it. */
  conversationStartId: string;
  parentMessageId: string | null;
  kind: 'request' | 'reminder' | 'note';
  codeSystem: number;
  code: number;
  createdAt: Date;
  subject: string;
  body: string;
  request?: { kind: RequestKind; tariffCode: string | null; dueOn: string | null; questions: Array<{ text: string; isOpen: boolean }> };
  /** The sending organisation: the NAV office of a dialogue message, or a team's host organisation (issue 8). */
  sender: { name: string; orgNumber: string | null; herId: string | null };
  /** The person who wrote it (an adviser, a team member); a reminder is from the office. */
  author: { name: string } | null;
  gpOffice: { name: string; orgNumber: string | null; herId: string | null } | null;
  gp: { givenName: string; familyName: string; hprNumber: string | null; herId: string | null };
  patient: { fnr: string; givenName: string; familyName: string };
  /** Documents sent with the message (a shared follow-up plan's PDF), after the letter. */
  attachments?: Attachment[];
}

const osloDay = (instant: Date) => format(new TZDate(instant, 'Europe/Oslo'), 'dd.MM.yyyy');
const norwegianDate = (isoDate: string) => `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;

/**
 * What must be known before a document can be addressed: the GP office's HER-id and the GP's
 * HPR number (the receiving system files the message by them). Missing ones fail the document
 * with reasons the office can act on, instead of sending something the receiver must refuse.
 */
export function missingAddress(facts: OutboundFacts): AppRecErrorItem[] {
  const missing: AppRecErrorItem[] = [];
  if (!facts.gpOffice) missing.push(appRecError('E21', 'Legen har ikke noe legekontor i katalogen.'));
  else if (!facts.gpOffice.herId) missing.push(appRecError('E21', `${facts.gpOffice.name} mangler HER-id i katalogen.`));
  if (!facts.gp.hprNumber) missing.push(appRecError('E20', `${facts.gp.givenName} ${facts.gp.familyName} mangler HPR-nummer i katalogen.`));
  if (!facts.sender.herId && !facts.sender.orgNumber) missing.push(appRecError('X99', `${facts.sender.name} mangler organisasjonsnummer og HER-id.`));
  return missing;
}

function messageType(facts: OutboundFacts): MessageType {
  return facts.codeSystem === 8127 || facts.codeSystem === TEAM_NOTE_THEME.list ? 'DIALOG_NOTAT' : 'DIALOG_FORESPORSEL';
}

/** The questions as the GP's system shows them: numbered, the open one last. */
function questionText(facts: OutboundFacts): string {
  const questions = facts.request?.questions ?? [];
  if (questions.length === 0) return facts.body;
  const lines = questions.map((q, i) => `${i + 1}. ${q.text}`);
  return [facts.body.trim(), lines.join('\n')].filter(Boolean).join('\n\n');
}

/** Text for systems that show only Latin-1: typographic characters made plain, nothing dropped. */
const plain = (text: string) => transliterateLatin1(text);

/** The letter the document carries as its PDF attachment, in bokmål. */
export function outboundLetter(facts: OutboundFacts) {
  const sections: Array<{ heading?: string; text: string }> = [];
  if (facts.kind === 'request' && facts.request) {
    const kind = REQUEST_KINDS[facts.request.kind];
    sections.push({ heading: 'Forespørsel', text: `${kind.label.nb}. Takst: ${facts.request.tariffCode ?? kind.tariff}.` });
    if (facts.body.trim()) sections.push({ text: facts.body.trim() });
    sections.push({ heading: 'Spørsmål', text: facts.request.questions.map((q, i) => `${i + 1}. ${q.text}`).join('\n') });
    if (facts.request.dueOn) sections.push({ heading: 'Svarfrist', text: norwegianDate(facts.request.dueOn) });
    sections.push({ heading: 'Hjemmel', text: LEGAL_BASIS.nb });
  } else {
    sections.push({ text: facts.body.trim() || (THEME_TEXTS[facts.codeSystem]?.[facts.code] ?? '') });
  }
  if (facts.author) sections.push({ text: `Med hilsen\n${facts.author.name}\n${facts.sender.name}` });
  return {
    title: facts.subject,
    heading: {
      sender: facts.sender.name,
      recipient: `${facts.gp.givenName} ${facts.gp.familyName}${facts.gpOffice ? `, ${facts.gpOffice.name}` : ''}`,
      patient: `${facts.patient.givenName} ${facts.patient.familyName} (${facts.patient.fnr})`,
      date: osloDay(facts.createdAt),
    },
    sections,
    footer: 'Sendt fra Samhandling',
    createdAt: facts.createdAt,
  };
}

/**
 * The platform's message as MsgHead + Dialogmelding: requests and reminders as Foresporsel
 * (8129), notes as Notat (8127, or 7322 for a team's update); our message id is the MsgId and the document id, so the GP
 * system's answer quotes it back and finds its thread.
 */
export function outboundMessage(facts: OutboundFacts, letterPdf: Uint8Array): Dialogmelding {
  const theme = { list: facts.codeSystem, code: facts.code, text: THEME_TEXTS[facts.codeSystem]?.[facts.code] ?? facts.subject };
  const isRequest = facts.codeSystem === 8129 || facts.codeSystem === 8125;
  const letter: Attachment = { description: plain(facts.subject), mediaType: 'application/pdf', content: letterPdf };
  const idType = Number(facts.patient.fnr[0]) >= 4 ? 'DNR' : 'FNR';
  const authorParts = facts.author?.name.trim().split(/\s+/) ?? [];
  return {
    msgId: facts.messageId,
    type: messageType(facts),
    generatedAt: facts.createdAt.toISOString(),
    conversation: { conversationId: facts.conversationStartId, parentId: facts.parentMessageId ?? facts.messageId },
    wantsReceipt: true,
    sender: {
      organisation: { name: plain(facts.sender.name), ...(facts.sender.orgNumber ? { orgNumber: facts.sender.orgNumber } : {}), ...(facts.sender.herId ? { herId: facts.sender.herId } : {}) },
    },
    receiver: {
      organisation: { name: plain(facts.gpOffice?.name ?? ''), ...(facts.gpOffice?.orgNumber ? { orgNumber: facts.gpOffice.orgNumber } : {}), ...(facts.gpOffice?.herId ? { herId: facts.gpOffice.herId } : {}) },
      professional: {
        familyName: plain(facts.gp.familyName),
        givenName: plain(facts.gp.givenName),
        ...(facts.gp.hprNumber ? { hprNumber: facts.gp.hprNumber } : {}),
        ...(facts.gp.herId ? { herId: facts.gp.herId } : {}),
      },
    },
    patient: { idType, id: facts.patient.fnr, familyName: plain(facts.patient.familyName), givenName: plain(facts.patient.givenName) },
    body: isRequest
      ? {
          element: 'Foresporsel',
          theme,
          text: plain(questionText(facts)),
          ...(facts.kind === 'request' ? { reason: plain(LEGAL_BASIS.nb) } : {}),
          // A reminder quotes the request it reminds of, so the answer lands on that request.
          documentId: facts.kind === 'reminder' && facts.parentMessageId ? facts.parentMessageId : facts.messageId,
          ...(authorParts.length > 0 ? { contactPerson: contactOf(authorParts) } : {}),
        }
      : {
          element: 'Notat',
          theme,
          subject: plain(facts.subject),
          text: plain(facts.body),
          documentId: facts.messageId,
          date: format(new TZDate(facts.createdAt, 'Europe/Oslo'), 'yyyy-MM-dd'),
          ...(authorParts.length > 0 ? { contactPerson: contactOf(authorParts) } : {}),
        },
    attachments: [letter, ...(facts.attachments ?? [])],
  };
}

function contactOf(parts: string[]) {
  return parts.length === 1 ? { familyName: parts[0]! } : { givenName: parts.slice(0, -1).join(' '), familyName: parts[parts.length - 1]! };
}
