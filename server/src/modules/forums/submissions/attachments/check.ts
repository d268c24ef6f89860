import { createHash } from 'node:crypto';
import type { Config } from '../../../../platform/config.js';
import { AppError } from '../../../../platform/errors.js';
import { cleanFilename } from '../../../dialogue/commands/attachments.js';
import { detectPersonalData } from '../../domain/identifier-detector.js';
import { contentTypeOf, nameForType, servedMediaType } from './file-types.js';
import { PdfUnreadable } from './pdf-text.js';
import { textOf, type TextCheck } from './text-of.js';
import { ZipUnreadable } from './zip-entries.js';

/**
 * Checks files a submitter attaches before anything is stored (issue 9): how many, how large
 * each and all together (the configured limits), the type by content and a name that does not
 * disguise it, and no personal identifier in the name or in the text that can be read. Cheap
 * checks run for every file before any file is opened. The first problem refuses the whole
 * request with its code and the file's index; the refusal never echoes a name or text that
 * matched the identifier check.
 */
export interface AttachmentUpload {
  filename: string;
  contentBase64: string;
}

export type AttachmentLimits = Config['forums'];

export interface PreparedAttachment {
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  textCheck: TextCheck;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The decoded size of a base64 text, without decoding it; null when it is not base64. */
function decodedSize(base64: string): number | null {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return null;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** Window size for the identifier check: its patterns recurse per digit group, and a file's text can be megabytes. */
const WINDOW = 128 * 1024;
/** Windows overlap by more than any finding spans (an identity number with separators, a name near a date). */
const OVERLAP = 1024;

/** The identifier check over a long text, window by window; each window starts after whitespace so no number is cut. */
export function personalDataIn(text: string): ReturnType<typeof detectPersonalData> {
  let start = 0;
  for (;;) {
    const kind = detectPersonalData(text.slice(start, start + WINDOW));
    if (kind || start + WINDOW >= text.length) return kind;
    const next = text.slice(start + WINDOW - OVERLAP, start + WINDOW).search(/\s/);
    start += WINDOW - OVERLAP + (next < 0 ? OVERLAP : next + 1);
  }
}

/** A file name's words as the identifier check reads text ("Kari_Nordmann_01.02.1980.pdf"). */
const nameAsText = (filename: string) => filename.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/[_]+/g, ' ');

/** The cheap checks, for every file before any is opened: count, names, sizes, total. */
export function checkSizes(uploads: readonly AttachmentUpload[], limits: AttachmentLimits, already: StoredSoFar): void {
  if (already.count + uploads.length > limits.attachmentsMaxCount) throw new AppError('FORUM_ATTACHMENT_LIMIT_REACHED', { max: limits.attachmentsMaxCount });
  let total = already.bytes;
  uploads.forEach((upload, index) => {
    const filename = cleanFilename(upload.filename);
    const kind = detectPersonalData(nameAsText(filename));
    if (kind) throw new AppError('FORUM_ATTACHMENT_PERSONAL_DATA', { index, part: 'filename', kind });
    const size = decodedSize(upload.contentBase64);
    if (!size) throw new AppError('FORUM_ATTACHMENT_EMPTY', { index, filename });
    if (size > limits.attachmentMaxBytes) throw new AppError('FORUM_ATTACHMENT_TOO_LARGE', { index, filename, maxBytes: limits.attachmentMaxBytes });
    total += size;
    if (total > limits.attachmentsMaxTotalBytes) throw new AppError('FORUM_ATTACHMENTS_TOTAL_TOO_LARGE', { index, filename, maxTotalBytes: limits.attachmentsMaxTotalBytes });
  });
}

async function prepareOne(upload: AttachmentUpload, index: number): Promise<PreparedAttachment> {
  const filename = cleanFilename(upload.filename);
  const content = Buffer.from(upload.contentBase64, 'base64');
  const type = await contentTypeOf(content);
  if (!type.allowed) throw new AppError('FORUM_ATTACHMENT_TYPE_FORBIDDEN', { index, filename, detected: type.detected });
  const storedName = nameForType(filename, type.allowed);
  if (!storedName) throw new AppError('FORUM_ATTACHMENT_TYPE_MISMATCH', { index, filename, detected: type.allowed.mime, extensions: type.allowed.extensions });
  let read: Awaited<ReturnType<typeof textOf>>;
  try {
    read = await textOf(type.allowed, content);
  } catch (error) {
    if (error instanceof ZipUnreadable || error instanceof PdfUnreadable) throw new AppError('FORUM_ATTACHMENT_UNREADABLE', { index, filename });
    throw error;
  }
  const kind = read.text ? personalDataIn(read.text) : null;
  if (kind) throw new AppError('FORUM_ATTACHMENT_PERSONAL_DATA', { index, part: 'text', kind });
  return {
    filename: storedName,
    mediaType: servedMediaType(type.allowed, type.charset),
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    textCheck: read.check,
  };
}

export interface StoredSoFar {
  count: number;
  bytes: number;
}

/** Every file checked and ready to store, or the first refusal. `already`: what the case carries before these. */
export async function prepareAttachments(uploads: readonly AttachmentUpload[], limits: AttachmentLimits, already: StoredSoFar = { count: 0, bytes: 0 }): Promise<PreparedAttachment[]> {
  if (uploads.length === 0) return [];
  checkSizes(uploads, limits, already);
  const prepared: PreparedAttachment[] = [];
  // One at a time: each may hold a decoded file of up to the configured size in memory.
  for (const [index, upload] of uploads.entries()) prepared.push(await prepareOne(upload, index));
  return prepared;
}
