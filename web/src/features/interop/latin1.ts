import type { TextCheck } from './types';

/**
 * TAB, LF, CR, printable ASCII and the printable upper half of ISO-8859-1: what a GP's record
 * system shows as it is. The same rule as the server's `isLatin1` (interop/domain/latin1.ts), so
 * ordinary Norwegian text is not sent for a check on every pause in the typing.
 */
const LATIN1_TEXT = /^[\t\n\r\x20-\x7e\xa0-\xff]*$/;

export function isLatin1(text: string): boolean {
  return LATIN1_TEXT.test(text);
}

/** `U+200B`, or space separated code points for a cluster. */
export function codePoints(char: string): string {
  return Array.from(char, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** A character the writer cannot see (spaces, zero-width and bidi marks) is named by its code point. */
function visible(char: string): string {
  return /^[\p{C}\p{Z}]+$/u.test(char) ? codePoints(char) : char;
}

export interface ReplacementPair {
  /** The distinct characters written, as the writer can see them, in the order they first occur. */
  from: string[];
  /** What they become: '' when removed, ' ' for an ordinary space. */
  to: string;
}

/** The distinct replacements of a check, grouped by what they become: `“ ”` → `"`. */
export function replacementPairs(replaced: TextCheck['replaced']): ReplacementPair[] {
  const byTarget = new Map<string, Set<string>>();
  for (const r of replaced) {
    const set = byTarget.get(r.replacement) ?? new Set<string>();
    set.add(visible(r.char));
    byTarget.set(r.replacement, set);
  }
  return [...byTarget].map(([to, from]) => ({ from: [...from], to }));
}

/** `– → -, “ ” → "` with the language's words for a removed character and a space. */
export function formatReplacementPairs(pairs: ReplacementPair[], words: { arrow: string; removed: string; space: string }): string {
  return pairs
    .map(({ from, to }) => `${from.join(' ')} ${words.arrow} ${to === '' ? words.removed : to === ' ' ? words.space : to}`)
    .join(', ');
}
