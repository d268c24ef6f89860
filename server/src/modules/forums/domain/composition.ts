import { addDays, addYears, format, parseISO } from 'date-fns';
import type { CompositionRule, ForumMemberRole } from '../../../platform/db/schema-forums.js';

/**
 * Whether a body's composition rules are met (issue 9: "the platform shows vacancies and terms
 * about to end, and whether the composition rules are met"). Pure: members and today's date in,
 * the check out. Deputies stand in for members and fill no seat; only members with a current
 * term fill one. With `perRegion`, each region fills at most one seat (SUFF: one GP per region).
 */
export const TERMS_ENDING_WITHIN_DAYS = 90;

export interface CompositionMember {
  id: string;
  name: string;
  represents: string;
  region: string | null;
  role: ForumMemberRole;
  termStart: string;
  termEnd: string | null;
}

export interface RuleCheck {
  key: string;
  nb: string;
  en: string;
  represents: string;
  wanted: number;
  filled: number;
  vacancies: number;
  /** Current members beyond the seats (or a second member from the same region). */
  excess: number;
  /** Members whose term is longer than the rule allows (or open-ended where it has a length). */
  termTooLong: string[];
  ok: boolean;
}

export interface CompositionCheck {
  rules: RuleCheck[];
  termsEnding: Array<{ memberId: string; name: string; termEnd: string }>;
  /** Current members whose `represents` matches no rule: shown, not counted against the rules. */
  unmatched: string[];
  ok: boolean;
}

export const isCurrent = (m: Pick<CompositionMember, 'termStart' | 'termEnd'>, today: string) => m.termStart <= today && (m.termEnd === null || m.termEnd >= today);

function termTooLong(member: CompositionMember, termYears: number | undefined): boolean {
  if (!termYears) return false;
  if (member.termEnd === null) return true;
  // A term of two years runs from a date to the day before its anniversary; allow the anniversary itself.
  return member.termEnd > format(addYears(parseISO(member.termStart), termYears), 'yyyy-MM-dd');
}

function checkRule(rule: CompositionRule, seated: readonly CompositionMember[]): RuleCheck {
  const holders = seated.filter((m) => m.represents === rule.represents);
  let filled = holders.length;
  if (rule.perRegion) filled = new Set(holders.map((m) => m.region ?? `no-region:${m.id}`)).size;
  const seatsFilled = Math.min(filled, rule.count);
  const excess = holders.length - seatsFilled;
  const longTerms = holders.filter((m) => termTooLong(m, rule.termYears)).map((m) => m.id);
  return {
    key: rule.key,
    nb: rule.nb,
    en: rule.en,
    represents: rule.represents,
    wanted: rule.count,
    filled: seatsFilled,
    vacancies: rule.count - seatsFilled,
    excess,
    termTooLong: longTerms,
    ok: seatsFilled === rule.count && excess === 0 && longTerms.length === 0,
  };
}

export function checkComposition(rules: readonly CompositionRule[], members: readonly CompositionMember[], today: string): CompositionCheck {
  const seated = members.filter((m) => m.role !== 'deputy' && isCurrent(m, today));
  const checks = rules.map((rule) => checkRule(rule, seated));
  const horizon = format(addDays(parseISO(today), TERMS_ENDING_WITHIN_DAYS), 'yyyy-MM-dd');
  const termsEnding = members
    .filter((m) => isCurrent(m, today) && m.termEnd !== null && m.termEnd <= horizon)
    .map((m) => ({ memberId: m.id, name: m.name, termEnd: m.termEnd! }))
    .sort((a, b) => a.termEnd.localeCompare(b.termEnd));
  const represented = new Set(rules.map((r) => r.represents));
  const unmatched = seated.filter((m) => !represented.has(m.represents)).map((m) => m.id);
  return { rules: checks, termsEnding, unmatched, ok: checks.every((c) => c.ok) };
}

/** Why a set of rules cannot be stored, or null: unique keys, a seat count, whom the seats are for. */
export function compositionProblem(rules: readonly CompositionRule[]): string | null {
  const keys = new Set<string>();
  for (const rule of rules) {
    if (!/^[a-z0-9_-]{1,60}$/.test(rule.key)) return `rule key "${rule.key}" must be 1–60 of a–z, 0–9, _ and -`;
    if (keys.has(rule.key)) return `rule key "${rule.key}" is used twice`;
    keys.add(rule.key);
    if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > 200) return `rule "${rule.key}" needs a seat count of 1–200`;
    if (!rule.represents.trim()) return `rule "${rule.key}" must say whom the seats represent`;
    if (!rule.nb.trim() || !rule.en.trim()) return `rule "${rule.key}" needs a name in bokmål and English`;
    if (rule.termYears !== undefined && (!Number.isInteger(rule.termYears) || rule.termYears < 1 || rule.termYears > 10)) return `rule "${rule.key}" needs a term of 1–10 years`;
  }
  return null;
}

/** SUFF Østfold's working committee (report 004): the model the demo and the tests use. */
export const SUFF_RULES: CompositionRule[] = [
  { key: 'gp', nb: 'Fastleger, én per region, valgt annethvert år', en: 'GPs, one per region, elected every second year', represents: 'gp', count: 5, perRegion: true, termYears: 2, appointedBy: 'Allmennlegeforeningen' },
  { key: 'hospital', nb: 'Sykehusrepresentanter', en: 'Hospital representatives', represents: 'hospital', count: 2 },
  { key: 'municipal', nb: 'Kommuneoverleger', en: 'Municipal physicians', represents: 'municipal_physician', count: 2 },
];

/**
 * A member's honorarium for meeting hours: the body's percentage (e.g. the practice-consultant
 * rate, 89 %) of a base rate per hour (practice compensation), in whole kroner. Null when the
 * body has no base rate set: the platform does not guess one.
 */
export function honorariumNok(hours: number, percent: number, baseNokPerHour: number | null): number | null {
  if (baseNokPerHour === null) return null;
  return Math.round((hours * baseNokPerHour * percent) / 100);
}
