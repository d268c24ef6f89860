/**
 * Norwegian phone numbers: eight digits, the first 2–9 (numbers starting with 0 or 1 are service
 * and short numbers, which nobody can be called back on), optionally after +47 or 0047, with
 * spaces, dots or hyphens between groups as people write them.
 */
const SEPARATORS = /[\s.\-()]/g;
const NATIONAL = /^[2-9]\d{7}$/;

/** The eight digits, or null when the input is not a Norwegian phone number. */
export function normaliseNorwegianPhone(input: string): string | null {
  let digits = input.replace(SEPARATORS, '');
  if (digits.startsWith('+47')) digits = digits.slice(3);
  else if (digits.startsWith('0047')) digits = digits.slice(4);
  return NATIONAL.test(digits) ? digits : null;
}
