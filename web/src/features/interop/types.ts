/**
 * Shapes of the national message exchange as the web sees it (server/src/modules/interop/routes.ts
 * and the `national` field of server/src/modules/dialogue/thread-view.ts). Unknown values of the
 * string unions are shown as sent.
 */

/**
 * Outbound (NAV → GP): ordered → sent → ok | rejected, or failed when the document could not be
 * produced or addressed. Inbound (GP → NAV): stored, or rejected by our own receipt.
 */
export const NATIONAL_STATUSES = ['ordered', 'sent', 'ok', 'rejected', 'failed', 'stored'] as const;
export type NationalStatusValue = (typeof NATIONAL_STATUSES)[number];
export type NationalDirection = 'in' | 'out';

/** An 8221 error: `E21` "Mottaker finnes ikke", with the receiver's (or our) reason. */
export interface NationalError {
  code: string;
  text: string;
  details?: string;
}

/** How one dialogue message travelled as a national document (null when it did not). */
export interface NationalState {
  direction: NationalDirection;
  status: NationalStatusValue | string;
  errors: NationalError[];
  sentAt: string | null;
  acknowledgedAt: string | null;
}

/** POST /api/interop/text-check: what a GP's record system (Latin-1) will show of a text. */
export interface TextCheck {
  ok: boolean;
  transliterated: string;
  replaced: { index: number; char: string; replacement: string }[];
  unsupported: { index: number; char: string; codePoint: string }[];
  /** The server's sentence naming the unsupported characters, in the user's language; null when ok. */
  message: string | null;
}

/** GET /api/admin/interop/messages: the filters the log is read with. */
export interface InteropLogFilter {
  direction?: NationalDirection;
  status?: NationalStatusValue;
  limit: number;
  offset: number;
}

/** One row of the interop log: status and reasons, never the content. */
export interface InteropLogItem {
  id: string;
  direction: NationalDirection;
  msgId: string | null;
  type: string | null;
  code: { system: number; value: number | null } | null;
  status: NationalStatusValue | string;
  transport: 'http' | 'folder' | 'cli' | string | null;
  envelope: 'bare' | 'fellesformat' | string | null;
  sizeBytes: number | null;
  errors: NationalError[];
  /** How many deviations from the schemas the document had. */
  schemaWarnings: number;
  conversationId: string | null;
  /** The GP office on the other side, when known. */
  counterpart: string | null;
  createdAt: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
}

export interface InteropLogPage {
  total: number;
  items: InteropLogItem[];
}

/** GET /api/admin/interop/messages/:id: one document as it travelled (the read is audited). */
export interface InteropMessageDetail {
  id: string;
  direction: NationalDirection;
  msgId: string | null;
  type: string | null;
  status: NationalStatusValue | string;
  errors: NationalError[];
  schemaWarnings: string[];
  conversationId: string | null;
  /** The MsgHead document, decoded as it declares itself. */
  document: string | null;
  /** The AppRec: ours for an inbound message, the receiver's for an outbound one. */
  apprec: string | null;
  createdAt: string;
}
