import { Type } from '@sinclair/typebox';
import { Uuid } from '../../body-schemas.js';

/**
 * Request and response schemas of submission attachments (ADR 0005, "Attachments"). Files travel
 * as base64 in JSON, as in the dialogue module: one format for the API and the UI. The schema only
 * bounds the shape; the configured sizes are checked in `check.ts`, so a large file gets its own
 * code (FORUM_ATTACHMENT_TOO_LARGE) instead of a generic validation error.
 */
export const AttachmentUploadSchema = Type.Object(
  {
    filename: Type.String({ minLength: 1, maxLength: 255 }),
    contentBase64: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

/** At most this many in one request, whatever is configured (the configured count is checked in code). */
export const AttachmentUploads = Type.Array(AttachmentUploadSchema, { maxItems: 100 });

export const AttachmentsBody = Type.Object({ attachments: AttachmentUploads }, { additionalProperties: false });

export const AttachmentSchema = Type.Object({
  id: Uuid,
  filename: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  textCheck: Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('none')]),
  createdAt: Type.String(),
});

export const AttachmentLimitsSchema = Type.Object({
  maxBytes: Type.Integer(),
  maxTotalBytes: Type.Integer(),
  maxCount: Type.Integer(),
  types: Type.Array(Type.Object({ mime: Type.String(), extensions: Type.Array(Type.String()) })),
});
