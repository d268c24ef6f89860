import type { BodyKind, CompositionRule } from './types';

/**
 * The API's shapes for attachments on submissions, setting up a body and registering an
 * external recommendation (server: submissions/attachments/schemas.ts, body-schemas.ts,
 * recommendations/schemas.ts).
 */
/** A file as the API takes it: base64 in JSON (server: submissions/attachments/schemas.ts). */
export interface AttachmentUpload {
  filename: string;
  contentBase64: string;
}

/** A stored attachment as members and the submitter see it (never its content). */
export interface Attachment {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  /** How much of the text the server's identifier check could read: all, part (PDF), none (pictures). */
  textCheck: 'full' | 'partial' | 'none';
  createdAt: string;
}

/** `GET /api/forum-attachment-limits`: what the server accepts, for checks before sending. */
export interface AttachmentLimits {
  maxBytes: number;
  maxTotalBytes: number;
  maxCount: number;
  types: Array<{ mime: string; extensions: string[] }>;
}

/** `POST /api/forums` and `PUT /api/forums/:id` (server: body-schemas.ts `BodyBody`). */
export interface BodyInput {
  kind: BodyKind;
  name: string;
  slug: string;
  mandate?: string;
  owner?: string;
  compositionRules?: CompositionRule[];
  quorum?: number | null;
  honorariumPercent?: number;
  honorariumBaseNokPerHour?: number | null;
  openMeetingsPerYear?: number;
  active?: boolean;
}

/** `POST /api/forum-recommendations/external` (server: recommendations/schemas.ts `ExternalBody`). */
export interface ExternalInput {
  sourceName: string;
  sourceUrl: string;
  title: string;
  summary: string;
  themes?: string[];
  /** The day the source issued it (yyyy-mm-dd). */
  issuedOn?: string;
}
