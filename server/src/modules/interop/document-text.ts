/**
 * A stored or received document as text, decoded as its XML declaration says (Latin-1 documents
 * from GP systems stay readable). PGlite returns bytea as a Uint8Array, pg as a Buffer: both work.
 */
export function documentText(raw: Uint8Array): string {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const head = bytes.subarray(0, 200).toString('latin1');
  return /encoding=["']ISO-8859-1["']/i.test(head) ? bytes.toString('latin1') : bytes.toString('utf8');
}
