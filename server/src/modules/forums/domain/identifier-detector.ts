import { checkIdentityNumber } from '../../../platform/identifiers.js';

/**
 * Finds text that could identify a patient in a collaboration deviation or a change proposal
 * (issue 9: submissions must never carry patient data). Pure; the match itself is never returned,
 * only its kind, so the refusal cannot echo the number back into logs or responses.
 *
 * Decisions:
 * - An 11-digit number is an identity number only when it passes the control digits (a valid
 *   fødselsnummer, D-number or synthetic test number). A number that merely looks like one is
 *   not an identity number and is allowed: refusing it would refuse harmless references.
 * - Digits may be written with single spaces, dots or dashes between groups ("010190 12345",
 *   "010190-12345", "01.01.90 123 45"). An account number's 4-2-5 grouping ("1234.56.78903") and
 *   anything after a "+" (a phone number with country code) are not identity numbers.
 * - A person's name next to a full date ("Kari Nordmann, f. 01.02.1980"), or a birth-date marker
 *   ("født", "f.", "DOB") with a date and a capitalised name nearby, is refused. Institutions
 *   ("Ahus", "Oslo universitetssykehus") do not count as names next to a date, but they do count
 *   near an explicit birth date: a birth date with a place is enough to point at a person.
 */
export type PersonalDataKind = 'identity_number' | 'name_and_date';

export interface PersonalDataFinding {
  field: string;
  kind: PersonalDataKind;
}

const DIGIT_GROUPS = /(\+?)(\d+(?:[ .-]\d+)*)/g;

/** Does some run of consecutive digit groups in the text form a valid identity number? */
export function containsIdentityNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_GROUPS)) {
    const start = match.index ?? 0;
    if (match[1] === '+') continue;
    if (start > 0 && /[\p{L}\d]/u.test(text[start - 1]!)) continue;
    const groups = match[2]!.split(/[ .-]/);
    if (groupsHoldIdentityNumber(groups)) return true;
  }
  return false;
}

function groupsHoldIdentityNumber(groups: readonly string[]): boolean {
  for (let first = 0; first < groups.length; first++) {
    let digits = '';
    const sizes: number[] = [];
    for (let last = first; last < groups.length && digits.length < 11; last++) {
      digits += groups[last];
      sizes.push(groups[last]!.length);
    }
    if (digits.length !== 11) continue;
    if (sizes.join('-') === '4-2-5') continue; // a bank account number
    if (checkIdentityNumber(digits, { allowSynthetic: true }).ok) return true;
  }
  return false;
}

const MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des|january|february|march|may|june|july|october|december|oct|dec';
/** A date with a year: 01.02.1980, 1.2.80, 01/02/1980, 1980-02-01, 3. mai 1975. */
const DATE = `(?:\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s(?:${MONTHS})\\.?\\s\\d{4})`;
const BIRTH_MARKER = '(?:født|fødd|f\\.d\\.|f\\.|fødselsdato|fdato|born|dob|d\\.o\\.b\\.)';
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const FULL_NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){1,2}`;

const BIRTH_DATE = new RegExp(`(?<![\\p{L}])${BIRTH_MARKER}:?\\s*${DATE}`, 'giu');
const NAME_THEN_DATE = new RegExp(`(${FULL_NAME})\\s*[,(]?\\s*(?:${BIRTH_MARKER}\\s*)?:?\\s*${DATE}`, 'gu');
const DATE_THEN_NAME = new RegExp(`${DATE}\\s*[,:-]?\\s*(${FULL_NAME})`, 'gu');
const CAPITALISED = new RegExp(NAME_WORD, 'gu');

/** Capitalised words that start sentences or name places and services, not people. */
const NOT_NAMES = new Set(
  (
    'i på til fra den det de en et ei vi jeg han hun hen du dere etter før ved med om når da som og men for av dato møte mottatt sendt ' +
    'innlagt utskrevet epikrise henvisning pasient pasienten pasienter fastlege fastlegen legen lege sykehus sykehuset kommune kommunen ' +
    'legevakt legevakten avdeling avdelingen klinikk klinikken the on at in from to dear mr mrs ms dr'
  ).split(' '),
);
const INSTITUTION = /(sykehus|sykehuset|universitetssykehus|kommune|legevakt|legekontor|senter|senteret|klinikk|avdeling|forum|utvalg|helse|hf|ahus|suff|nav|oslo|akershus)$/iu;

function looksLikePersonName(candidate: string): boolean {
  const words = candidate.split(/\s+/);
  if (words.some((w) => INSTITUTION.test(w))) return false;
  return !NOT_NAMES.has(words[0]!.toLowerCase());
}

function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:\n]$/.test(before);
}

/** A capitalised word near the birth date that is not just the start of a sentence. */
function nameNear(text: string, from: number, to: number): boolean {
  const windowStart = Math.max(0, from - 80);
  const window = text.slice(windowStart, Math.min(text.length, to + 80));
  for (const match of window.matchAll(CAPITALISED)) {
    const at = windowStart + (match.index ?? 0);
    if (at >= from && at < to) continue;
    if (NOT_NAMES.has(match[0].toLowerCase())) continue;
    if (!sentenceStart(text, at)) return true;
  }
  return false;
}

export function containsNameAndDate(text: string): boolean {
  for (const match of text.matchAll(NAME_THEN_DATE)) if (looksLikePersonName(match[1]!)) return true;
  for (const match of text.matchAll(DATE_THEN_NAME)) if (looksLikePersonName(match[1]!)) return true;
  for (const match of text.matchAll(BIRTH_DATE)) {
    const at = match.index ?? 0;
    if (nameNear(text, at, at + match[0].length)) return true;
  }
  return false;
}

/** The kind of personal data a text holds, if any: an identity number is the stronger finding. */
export function detectPersonalData(text: string): PersonalDataKind | null {
  if (containsIdentityNumber(text)) return 'identity_number';
  if (containsNameAndDate(text)) return 'name_and_date';
  return null;
}

/** Every field that holds personal data, in the order given. */
export function findPersonalData(fields: Readonly<Record<string, string>>): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const [field, text] of Object.entries(fields)) {
    const kind = detectPersonalData(text);
    if (kind) findings.push({ field, kind });
  }
  return findings;
}
