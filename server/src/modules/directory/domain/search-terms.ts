/**
 * Turns what a user typed into a PostgreSQL prefix query for the 'simple' text-search
 * configuration: every word must match the start of a word in the entry. Returns null when
 * nothing searchable remains.
 */
export function toPrefixTsQuery(input: string): string | null {
  const words = input
    .toLowerCase()
    .normalize('NFC')
    .split(/[\s,;]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}@._-]/gu, '').replace(/^[._@-]+|[._@-]+$/g, ''))
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((word) => `'${word.replace(/'/g, "''")}':*`).join(' & ');
}
