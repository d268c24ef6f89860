import { inflateRawSync } from 'node:zlib';

/**
 * Reads named entries of a ZIP file (DOCX and ODT are ZIP files) from its central directory, so
 * their text can be checked for personal identifiers. Only what those formats use: stored and
 * deflated entries, no ZIP64, no encryption. Inflated sizes are capped (a "zip bomb" stops at the
 * cap and the file is refused as unreadable). Throws `ZipUnreadable` for anything else.
 */
export class ZipUnreadable extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export interface ZipEntry {
  name: string;
  read(): Buffer;
}

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipUnreadable('no end of central directory');
}

function entryReader(zip: Buffer, method: number, flags: number, compressedSize: number, localOffset: number, maxBytes: number): () => Buffer {
  return () => {
    if (flags & 0x1) throw new ZipUnreadable('encrypted entry');
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new ZipUnreadable('bad local header');
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) throw new ZipUnreadable('truncated entry');
    if (method === 0) return data.length > maxBytes ? data.subarray(0, maxBytes) : data;
    if (method !== 8) throw new ZipUnreadable(`compression method ${method}`);
    try {
      return inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      throw new ZipUnreadable(`inflate: ${(error as Error).message}`);
    }
  };
}

/** The entries whose names pass `wanted`, in directory order; each read (and inflated) on demand, at most `maxBytes`. */
export function zipEntries(zip: Buffer, wanted: (name: string) => boolean, maxBytes: number): ZipEntry[] {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipUnreadable('ZIP64');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipUnreadable('bad directory entry');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (wanted(name)) entries.push({ name, read: entryReader(zip, method, flags, compressedSize, localOffset, maxBytes) });
    at += 46 + skip;
  }
  return entries;
}
