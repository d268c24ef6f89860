import { idnr } from '@navikt/fnrvalidator';

/**
 * Validation of the identifiers that enter the platform. Pure; no registry look-ups (those
 * belong to production adapters for the HPR and address registers).
 */
export type IdentityNumberType = 'fnr' | 'dnr' | 'synthetic';

export type IdentifierCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

const ELEVEN_DIGITS = /^\d{11}$/;

/**
 * Fødselsnummer / D-number, checked by NAV's maintained validator (two mod-11 control digits and
 * a real date). Synthetic test numbers (month + 40 or + 80) are accepted only when allowed.
 */
export function checkIdentityNumber(
  raw: string,
  options: { allowSynthetic: boolean },
): IdentifierCheck<{ fnr: string; type: IdentityNumberType; birthDate: string }> {
  const value = raw.replace(/\s/g, '');
  if (!ELEVEN_DIGITS.test(value)) return { ok: false, reason: 'must be 11 digits' };
  const result = idnr(value);
  if (result.status === 'invalid') return { ok: false, reason: result.reasons.join('; ') };
  const type: IdentityNumberType = result.type === 'fnr' ? 'fnr' : result.type === 'dnr' ? 'dnr' : 'synthetic';
  if (type === 'synthetic' && !options.allowSynthetic) return { ok: false, reason: 'synthetic test numbers are not accepted' };
  return { ok: true, value: { fnr: value, type, birthDate: birthDateOf(value) } };
}

/** The birth date encoded in a valid fødselsnummer, D-number or synthetic number (YYYY-MM-DD). */
export function birthDateOf(fnr: string): string {
  let day = Number(fnr.slice(0, 2));
  let month = Number(fnr.slice(2, 4));
  const yy = Number(fnr.slice(4, 6));
  const individual = Number(fnr.slice(6, 9));
  if (day > 40) day -= 40; // D-number
  if (month > 80) month -= 80; // synthetic (Tenor)
  else if (month > 40) month -= 40; // synthetic (Helsenorge)
  const century =
    individual <= 499 ? 1900 : individual >= 900 && yy >= 40 ? 1900 : individual <= 749 && yy >= 54 ? 1800 : 2000;
  const year = century + yy;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ORG_NUMBER_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** Organisasjonsnummer: 9 digits, the last a mod-11 control digit with weights 3 2 7 6 5 4 3 2. */
export function checkOrgNumber(raw: string): IdentifierCheck<string> {
  const value = raw.replace(/\s/g, '');
  if (!/^\d{9}$/.test(value)) return { ok: false, reason: 'must be 9 digits' };
  const control = orgNumberControlDigit(value.slice(0, 8));
  if (control === undefined || control !== Number(value[8])) return { ok: false, reason: 'control digit does not match' };
  return { ok: true, value };
}

/** The mod-11 control digit for the first 8 digits, or undefined where no valid one exists. */
export function orgNumberControlDigit(first8: string): number | undefined {
  const sum = ORG_NUMBER_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first8[i]), 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  if (control === 10) return undefined;
  return control;
}

function checkPositiveInteger(raw: string | number, maxDigits: number): IdentifierCheck<number> {
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return { ok: false, reason: 'must be a positive whole number' };
  if (text.length > maxDigits) return { ok: false, reason: `must have at most ${maxDigits} digits` };
  const value = Number(text);
  if (value <= 0) return { ok: false, reason: 'must be greater than zero' };
  return { ok: true, value };
}

/** HER-id (the address register's id for an office or a person in a role): 1–9 digits, > 0. */
export const checkHerId = (raw: string | number) => checkPositiveInteger(raw, 9);

/** HPR number (the health personnel register): 1–9 digits, > 0. */
export const checkHprNumber = (raw: string | number) => checkPositiveInteger(raw, 9);
