import { fileTypeFromBuffer } from 'file-type';

/**
 * Which files a forum submission may carry, decided by their CONTENT (issue 9: forbidden types are
 * refused, a renamed file does not get through). Chosen for what clinicians send a forum: a
 * screenshot of a routine (PNG, JPEG), the agreement or routine itself (PDF, Word, OpenDocument
 * text) and plain text. Not allowed: anything that runs or renders in a browser (HTML, SVG, scripts,
 * executables), macro-enabled Office files, archives, spreadsheets and other Office formats.
 */
export type TextReading = 'plain' | 'pdf' | 'docx' | 'odt' | 'none';

export interface AllowedType {
  mime: string;
  /** Extensions a file of this type may have; the first is given to a file without one. */
  extensions: readonly string[];
  /** How its text is read for the personal-identifier check (`text-of.ts`). */
  reading: TextReading;
}

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { mime: 'application/pdf', extensions: ['pdf'], reading: 'pdf' },
  { mime: 'image/png', extensions: ['png'], reading: 'none' },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], reading: 'none' },
  { mime: 'text/plain', extensions: ['txt', 'text'], reading: 'plain' },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], reading: 'docx' },
  { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], reading: 'odt' },
];

export type ContentType = { allowed: AllowedType; charset?: 'utf-8' | 'windows-1252' } | { allowed: null; detected: string };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;
/** Markup a browser would render or run, at the start or anywhere a script or frame begins. */
const MARKUP_START = /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|!--|meta|style|object|embed|a\s|div|p>|form)/i;
const MARKUP_ANYWHERE = /<(?:script|iframe|object|embed|html|body|svg)[\s>/]/i;

/** Decodes text as UTF-8 (with or without BOM), or as Windows-1252 when it is not UTF-8. */
export function decodeText(content: Uint8Array): { text: string; charset: 'utf-8' | 'windows-1252' } {
  const hasBom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
  const bytes = hasBom ? content.subarray(3) : content;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252' };
  }
}

/**
 * Plain text has no signature: it is text when it has no NUL byte and no control characters
 * (other than tab, line feed, form feed, carriage return), and is not markup.
 */
function classifyText(content: Uint8Array): ContentType {
  if (content.includes(0)) return { allowed: null, detected: 'application/octet-stream' };
  const { text, charset } = decodeText(content);
  if (CONTROL.test(text)) return { allowed: null, detected: 'application/octet-stream' };
  if (MARKUP_START.test(text) || MARKUP_ANYWHERE.test(text)) return { allowed: null, detected: 'text/html' };
  return { allowed: ALLOWED_TYPES.find((t) => t.mime === 'text/plain')!, charset };
}

/** The file's type as its content shows it: one of the allowed types, or what it was found to be. */
export async function contentTypeOf(content: Uint8Array): Promise<ContentType> {
  const found = await fileTypeFromBuffer(content);
  if (!found) return classifyText(content);
  const allowed = ALLOWED_TYPES.find((t) => t.mime === found.mime);
  return allowed ? { allowed } : { allowed: null, detected: found.mime };
}

/** The file name's extension, when it has one that looks like an extension (not "referat 12.03.2024"). */
export function extensionOf(filename: string): string | null {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(filename);
  if (!match || /^\d+$/.test(match[1]!)) return null;
  return match[1]!.toLowerCase();
}

/**
 * The name the file is stored under: its own when its extension fits the content, with the
 * type's extension added when it has none; null when the name claims another type (a disguise).
 */
export function nameForType(filename: string, type: AllowedType): string | null {
  const extension = extensionOf(filename);
  if (extension === null) return `${filename}.${type.extensions[0]}`;
  return type.extensions.includes(extension) ? filename : null;
}

/** The Content-Type a stored attachment is served with. */
export function servedMediaType(type: AllowedType, charset?: string): string {
  return type.reading === 'plain' ? `text/plain; charset=${charset ?? 'utf-8'}` : type.mime;
}
