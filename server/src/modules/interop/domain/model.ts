/**
 * The national dialogue message (MsgHead 1.2 envelope + Dialogmelding 1.0 body) as the platform
 * sees it: one shape for what it builds and what it parses, so a round trip can be compared
 * field by field. XML names are kept in comments where they differ from these names.
 */

export type MessageType = 'DIALOG_NOTAT' | 'DIALOG_FORESPORSEL' | 'DIALOG_SVAR';

/** A coded value from a national code list: OID 2.16.578.1.12.4.1.1.<list> (e.g. 8129 code 1). */
export interface CodedValue {
  list: number;
  code: number;
  /** The code's display name (DN); optional on the wire. */
  text?: string;
}

export interface Organisation {
  name: string;
  /** Organisasjonsnummer (ENH), nine digits. */
  orgNumber?: string;
  /** HER-id (address register). */
  herId?: string;
}

export interface HealthProfessional {
  familyName: string;
  givenName?: string;
  middleName?: string;
  hprNumber?: string;
  herId?: string;
  /** The professional's own fødselsnummer, as some EPJs send it. */
  fnr?: string;
  phone?: string;
  /** TypeHealthcareProfessional/@V (code list 9060): LE lege, KI kiropraktor, FT fysioterapeut, … */
  professionType?: string;
}

export interface Party {
  organisation: Organisation;
  /** The named person at the organisation (the GP, or the NAV adviser). */
  professional?: HealthProfessional;
}

export interface Patient {
  idType: 'FNR' | 'DNR';
  id: string;
  familyName?: string;
  givenName?: string;
  middleName?: string;
}

/** A document carried beside the body (MsgHead Document/RefDoc with MsgType A, base64). */
export interface Attachment {
  description: string;
  mediaType: string;
  content: Uint8Array;
}

/**
 * The body: one Notat (notes, answers, meeting replies) or one Foresporsel (requests, reminders,
 * meeting invitations). `theme` is TemaKodet (Notat) or TypeForesp (Foresporsel).
 */
export interface Body {
  element: 'Notat' | 'Foresporsel';
  theme: CodedValue;
  /** Tema (Notat) — a short subject line. */
  subject?: string;
  /** TekstNotatInnhold (Notat) or Sporsmal (Foresporsel). */
  text: string;
  /** Begrunnelse (Foresporsel): why NAV asks, e.g. the legal basis. */
  reason?: string;
  /** DokIdNotat / DokIdForesp: the sender's id of this document; answers quote the request's. */
  documentId?: string;
  /** DatoNotat (Notat). */
  date?: string;
  /** The request a Notat answers, quoted as EPJs do (Notat/Foresporsel): type and document id. */
  answersRequest?: { theme: CodedValue; documentId?: string; text?: string };
  /** The person at the sender's side the note names (RollerRelatertNotat/Person or HealthcareProfessional). */
  contactPerson?: { givenName?: string; familyName?: string };
}

export interface Dialogmelding {
  msgId: string;
  type: MessageType;
  /** GenDate, ISO 8601 with offset. */
  generatedAt: string;
  /** RefToConversation / RefToParent: the first message's MsgId and the message answered. */
  conversation?: { conversationId: string; parentId: string };
  /** Ack J/N: whether the sender wants an AppRec (always J from the platform). */
  wantsReceipt: boolean;
  sender: Party;
  receiver: Party;
  patient: Patient;
  body: Body;
  attachments: Attachment[];
}

/** Receipt for one message (AppRec 1.0). Status 1 = OK, 2 = rejected (errors from list 8221). */
export interface AppRec {
  id: string;
  generatedAt: string;
  status: 'ok' | 'rejected';
  errors: Array<{ code: string; text: string; details?: string }>;
  sender: Party;
  receiver: Party;
  original: { type: MessageType | string; issuedAt: string; msgId: string };
}
