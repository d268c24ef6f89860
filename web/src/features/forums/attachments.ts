import { isApiError } from '../../api/errors';
import { fileToBase64 } from '../dialogue/format';
import type { AttachmentLimits, AttachmentUpload } from './types';

/**
 * Files chosen for a submission, checked in the browser for a quick answer (size, count, total
 * and the extension); the server checks the content again and has the last word. A refusal
 * from the server names the file by its index, so its message is shown by that file.
 */
export interface PickedFile {
  key: string;
  file: File;
  /** Why the file cannot be sent: found here, or the server's refusal. */
  error?: string;
}

let counter = 0;
export const pickedKey = () => `forum-file-${(counter += 1)}`;

export const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? null;

/** For the file input's `accept`: every allowed extension and type. */
export const acceptOf = (limits: AttachmentLimits) => [...limits.types.flatMap((t) => t.extensions.map((e) => `.${e}`)), ...limits.types.map((t) => t.mime)].join(',');

/** A file with an extension none of the allowed types has (a file without one is left to the server). */
export function hasForbiddenExtension(name: string, limits: AttachmentLimits): boolean {
  const extension = extensionOf(name);
  if (extension === null || /^\d+$/.test(extension)) return false;
  return !limits.types.some((t) => t.extensions.includes(extension));
}

/** The problem with the set of files as a whole (count, total), if any. */
export function setProblem(files: readonly PickedFile[], limits: AttachmentLimits, already = { count: 0, bytes: 0 }): 'count' | 'total' | null {
  if (already.count + files.length > limits.maxCount) return 'count';
  if (already.bytes + files.reduce((sum, f) => sum + f.file.size, 0) > limits.maxTotalBytes) return 'total';
  return null;
}

export async function toUploads(files: readonly PickedFile[]): Promise<AttachmentUpload[]> {
  return Promise.all(files.map(async (f) => ({ filename: f.file.name, contentBase64: await fileToBase64(f.file) })));
}

/** A server refusal that concerns one of the files: its index and the message to show by it. */
export function fileRefusal(error: unknown): { index: number; message: string } | null {
  if (!isApiError(error) || !error.code.startsWith('FORUM_ATTACHMENT')) return null;
  const details = error.details as { index?: unknown } | null | undefined;
  return typeof details?.index === 'number' ? { index: details.index, message: error.message } : null;
}

/** Puts a server refusal on the file it names; false when it names none. */
export function markRefusal(files: readonly PickedFile[], error: unknown): { files: PickedFile[]; marked: boolean } {
  const refusal = fileRefusal(error);
  if (!refusal || !files[refusal.index]) return { files: [...files], marked: false };
  return { files: files.map((f, i) => (i === refusal.index ? { ...f, error: refusal.message } : f)), marked: true };
}
