import type { ConsentRecipient } from '../../../platform/db/schema-teams.js';
import { daysBetween, isIsoDate, type IsoDate } from '../../sickleave/domain/dates.js';

/**
 * The patient's consent to a referral (issue 8, ADR 0004): what is shared with whom, from when.
 * Pure rules for giving it, changing it and withdrawing it.
 *
 * - The treating side (`therapist`) is the referral itself: without it the team cannot treat, so
 *   a consent must name it, and a change that drops it is a withdrawal.
 * - `givenOn` is the day the person consented (often on paper at the GP's): never in the future,
 *   and at referral at most `CONSENT_MAX_AGE_DAYS` old, so an old signature is not reused for a
 *   new referral. Consent never opens older records; the date says from when sharing may start.
 * - Narrowing takes effect at once and needs no new date (sharing less needs no new signature).
 *   Widening is a new consent: it needs the day it was given, on or after the one it replaces.
 * - A withdrawn consent is final for that referral: sharing again takes a new referral.
 */
export const CONSENT_RECIPIENTS: readonly ConsentRecipient[] = ['therapist', 'job_specialist', 'nav', 'employer'];
export const CONSENT_MAX_AGE_DAYS = 30;

export type ConsentProblem =
  | 'TEAM_CONSENT_MISSING'
  | 'TEAM_CONSENT_THERAPIST_REQUIRED'
  | 'TEAM_CONSENT_DATE_INVALID'
  | 'TEAM_CONSENT_DATE_REQUIRED'
  | 'TEAM_CONSENT_WITHDRAWN';

export interface ConsentInput {
  scope: readonly ConsentRecipient[];
  givenOn?: IsoDate | undefined;
}

/** Recipients once each, in the canonical order (so equal scopes compare equal). */
export function normaliseScope(scope: readonly ConsentRecipient[]): ConsentRecipient[] {
  return CONSENT_RECIPIENTS.filter((r) => scope.includes(r));
}

/** A consent given with a referral. */
export function checkNewConsent(consent: ConsentInput | null | undefined, today: IsoDate): ConsentProblem | null {
  if (!consent || consent.scope.length === 0) return 'TEAM_CONSENT_MISSING';
  if (!consent.scope.includes('therapist')) return 'TEAM_CONSENT_THERAPIST_REQUIRED';
  if (!consent.givenOn) return 'TEAM_CONSENT_DATE_REQUIRED';
  if (!isIsoDate(consent.givenOn)) return 'TEAM_CONSENT_DATE_INVALID';
  const age = daysBetween(consent.givenOn, today);
  return age < 0 || age > CONSENT_MAX_AGE_DAYS ? 'TEAM_CONSENT_DATE_INVALID' : null;
}

export interface CurrentConsent {
  scope: readonly ConsentRecipient[];
  givenOn: IsoDate;
  withdrawn: boolean;
}

export type ConsentChange =
  | { kind: 'same' }
  | { kind: 'narrow'; scope: ConsentRecipient[]; givenOn: IsoDate; removed: ConsentRecipient[] }
  | { kind: 'widen'; scope: ConsentRecipient[]; givenOn: IsoDate; added: ConsentRecipient[]; removed: ConsentRecipient[] }
  | { kind: 'withdraw'; removed: ConsentRecipient[] };

/** What a requested scope means against the current consent, or why it is refused. */
export function planConsentChange(current: CurrentConsent | null, next: ConsentInput, today: IsoDate): ConsentChange | { problem: ConsentProblem } {
  if (!current) return { problem: 'TEAM_CONSENT_MISSING' };
  if (current.withdrawn) return { problem: 'TEAM_CONSENT_WITHDRAWN' };
  const scope = normaliseScope(next.scope);
  const removed = current.scope.filter((r) => !scope.includes(r));
  if (!scope.includes('therapist')) return { kind: 'withdraw', removed: normaliseScope(current.scope) };
  const added = scope.filter((r) => !current.scope.includes(r));
  if (added.length === 0 && removed.length === 0) return { kind: 'same' };
  if (added.length === 0) return { kind: 'narrow', scope, givenOn: current.givenOn, removed };
  if (!next.givenOn) return { problem: 'TEAM_CONSENT_DATE_REQUIRED' };
  if (!isIsoDate(next.givenOn) || daysBetween(current.givenOn, next.givenOn) < 0 || daysBetween(next.givenOn, today) < 0) return { problem: 'TEAM_CONSENT_DATE_INVALID' };
  return { kind: 'widen', scope, givenOn: next.givenOn, added, removed };
}
