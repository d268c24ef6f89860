import type { NationalState } from '../interop/types';

/**
 * Shapes of the dialogue API between NAV and GPs (server/src/modules/dialogue: routes.ts,
 * thread-view.ts, inbox.ts, commands/). Keys are the server's; unknown values of the string unions
 * are shown as sent.
 */

export type RequestKind = 'L8' | 'L40';
export const REQUEST_KINDS: readonly RequestKind[] = ['L8', 'L40'];

export type DialogueSide = 'gp' | 'nav' | 'system';
export type MessageKind = 'request' | 'answer' | 'note' | 'reminder' | string;
export type WholeRecordKind = 'journal' | 'discharge_summary';

export const ATTACHMENT_CATEGORIES = ['document', 'discharge_summary', 'journal'] as const;
export type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number];

/** GET /api/dialogue/reference */
export interface DialogueReference {
  requestKinds: {
    kind: RequestKind;
    label: string;
    tariff: { code: string; text: string; amountNok: number | null };
    /** Days the GP has to answer, by default. */
    days: number;
    /** The latest deadline NAV may set (it may only shorten it). */
    defaultDueOn: string;
  }[];
  legalBasis: string;
  navNoteCodes: NoteCode[];
  gpNoteCodes: NoteCode[];
  limits: DialogueLimits;
}

export interface NoteCode {
  code: number;
  label: string;
}

export interface DialogueLimits {
  questions: { maxSharpQuestions: number; maxQuestionLength: number; maxOpenQuestionLength: number };
  maxAnswerLength: number;
  maxMessageLength: number;
  attachments: { maxBytes: number; maxCount: number };
}

/** Where a question asks for a whole journal or discharge summaries. */
export interface WholeRecordWarning {
  /** 1-based sharp question number; 0 for the open question. */
  position: number;
  kind: WholeRecordKind | string;
  term: string;
}

export interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  category: AttachmentCategory | string;
}

export interface Receipts {
  deliveredAt: string | null;
  readAt: string | null;
  readBy: string | null;
  answeredAt: string | null;
}

export interface RequestQuestion {
  position: number;
  text: string;
  isOpen: boolean;
}

export interface RequestDetails {
  kind: RequestKind;
  kindLabel: string;
  tariffCode: string | null;
  legalBasis: string;
  dueOn: string | null;
  overdue: boolean;
  remindedAt: string | null;
  withdrawnAt: string | null;
  questions: RequestQuestion[];
  warnings: WholeRecordWarning[];
}

export interface AnswerItem {
  position: number;
  text: string;
}

export interface ThreadMessage {
  id: string;
  parentId: string | null;
  kind: MessageKind;
  code: { system: number; value: number; label: string | null };
  senderSide: DialogueSide | string;
  senderName: string | null;
  senderOrganisation: string | null;
  body: string | null;
  sentAt: string;
  receipts: Receipts;
  status: string;
  request?: RequestDetails;
  answers?: AnswerItem[];
  /** A message that waits for an answer from the other side (a GP's message to NAV). */
  replyDueOn?: string | null;
  overdue?: boolean;
  attachments: Attachment[];
  /** How it travelled as a national document (Dialogmelding); null when it did not. */
  national: NationalState | null;
}

export interface AnswerDraft {
  requestId: string;
  answers: AnswerItem[];
  updatedAt: string | null;
}

/** GET /api/conversations/:id: the thread as one side sees it (opening it is the read receipt). */
export interface Conversation {
  id: string;
  subject: string;
  caseId: string | null;
  /** The dialogue meeting whose GP thread this is: its replies and minutes live on the meeting page. */
  meetingId: string | null;
  side: 'gp' | 'nav';
  citizen: { id: string; name: string; birthDate: string | null };
  gp: { personId: string; name: string };
  navOffice: { id: string; name: string; phone: string | null };
  assignedTo: { userId: string; name: string; phone: string | null; email: string | null } | null;
  /** Which side owes the thread an answer now. */
  awaiting: 'gp' | 'nav' | null;
  nextDueAt: string | null;
  messages: ThreadMessage[];
  /** Attachments this user uploaded that are not sent yet. */
  draftAttachments: Attachment[];
  drafts: AnswerDraft[];
  /** The date in Norway on the server. */
  today: string;
}

/** One row of GET /api/inbox/gp and /api/inbox/nav. */
export interface InboxItem {
  id: string;
  subject: string;
  caseId: string | null;
  requestKind: RequestKind | null;
  awaiting: 'gp' | 'nav' | null;
  dueOn: string | null;
  overdue: boolean;
  lastMessageAt: string;
  unread: { gp: boolean; nav: boolean };
  citizen: { id: string; name: string };
  gp: { personId: string; name: string };
  navOffice: string;
  assignedTo: { userId: string; name: string } | null;
}

interface InboxPageBase {
  items: InboxItem[];
  total: number;
  overdue: number;
  limit: number;
  offset: number;
}

export interface GpInboxPage extends InboxPageBase {
  awaitingMe: number;
  unread: number;
}

export interface NavInboxPage extends InboxPageBase {
  unassigned: number;
}

export type GpShow = 'awaiting_me' | 'unread' | 'all';
export type NavShow = 'open' | 'unread' | 'all';
export type NavScope = 'office' | 'mine' | 'unassigned';

export interface InboxFilter {
  q?: string;
  citizenId?: string;
  gpPersonId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface GpInboxFilter extends InboxFilter {
  show: GpShow;
}

export interface NavInboxFilter extends InboxFilter {
  show: NavShow;
  scope: NavScope;
}

/** What every send answers; `replayed` when the same form had already arrived under its key. */
export interface Sent {
  conversationId: string;
  messageId: string;
  replayed: boolean;
}

export interface RequestInput {
  kind: RequestKind;
  questions: string[];
  openQuestion?: string;
  dueOn?: string;
  gpPersonId?: string;
}

export interface RequestSent extends Sent {
  dueOn: string;
  tariffCode: string;
  gp: { personId: string; name: string; officeName: string | null };
  warnings: WholeRecordWarning[];
}

export interface GpMessageInput {
  code: 1 | 2;
  text: string;
  subject?: string;
  caseId?: string;
  citizenId?: string;
}

export interface GpMessageSent extends Sent {
  dueOn: string;
  /** Who got it: the case's adviser, or the office's inbox when nobody has the case. */
  recipient: { officeId: string; officeName: string | null; adviser: { userId: string; name: string } | null };
}

/** GET /api/nav/office/advisers: whom a manager can assign a thread to (NAV roles at the office). */
export interface OfficeAdviser {
  userId: string;
  role: 'nav_adviser' | 'nav_manager' | string;
  name: string;
}

/** POST /api/cases/:id/notes: NAV informs the case's GP (8127). */
export interface NavNoteInput {
  code: number;
  text: string;
}

export interface AnswerInput {
  answers: AnswerItem[];
  attachmentIds?: string[];
  confirmWholeRecord?: boolean;
}

export interface ReplyInput {
  text: string;
  code?: number;
  attachmentIds?: string[];
}

export interface UploadInput {
  filename: string;
  category: AttachmentCategory;
  contentBase64: string;
}
