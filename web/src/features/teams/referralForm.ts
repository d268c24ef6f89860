/**
 * The referral form: its values, the checks that mirror the server's (a team, a short reason,
 * consent with a scope and a date, a reason the team sees when the person is outside the
 * criteria), and the request body.
 */
import { INVALID_DATE } from '../dialogue/components/DateField';
import type { FieldErrors } from '../directory-admin/validation';
import type { referralTexts } from './texts';
import type { ConsentRecipient, DraftTeam, ReferralDraft, ReferralInput } from './types';

type T = (typeof referralTexts)['nb'];

export const REASON_MAX = 1000;
export const OUTSIDE_REASON_MAX = 1000;
/** A reason of some substance, not a tick (the server's OUTSIDE_REASON_MIN_LENGTH). */
export const OUTSIDE_REASON_MIN = 10;

export interface ReferralValues {
  teamId: string;
  /** The keys of the criteria ticked. */
  criteria: string[];
  outsideCriteriaReason: string;
  reason: string;
  consentScope: ConsentRecipient[];
  /** `YYYY-MM-DD`, `''` or `'invalid'`. */
  consentGivenOn: string;
  consentConfirmed: boolean;
}

/** The form's fields in screen order, for the error summary. */
export const REFERRAL_FIELDS = ['teamId', 'criteria', 'outsideCriteriaReason', 'reason', 'consentScope', 'consentGivenOn', 'consentConfirmed'] as const;

export function initialReferralValues(draft: ReferralDraft, today: string): ReferralValues {
  const open = draft.teams.filter((team) => !team.alreadyReferred);
  return {
    teamId: open.length === 1 ? open[0]!.id : '',
    criteria: [],
    outsideCriteriaReason: '',
    reason: '',
    // The treating side is what a referral is for; the rest is the patient's active choice.
    consentScope: ['therapist'],
    consentGivenOn: today,
    consentConfirmed: false,
  };
}

/** Facts the platform knows that fall outside the team's age range or sick-leave weeks. */
export function factsOutside(team: DraftTeam, draft: ReferralDraft, t: T): string[] {
  const problems: string[] = [];
  const age = draft.person.age;
  const { ageMin, ageMax, maxSickLeaveWeeks } = team;
  if (age !== null && ((ageMin != null && age < ageMin) || (ageMax != null && age > ageMax))) {
    problems.push(t.ageOutside(age, `${ageMin ?? 0}–${ageMax ?? 120}`));
  }
  const weeks = draft.sickLeave.weeks;
  // "At risk" is always allowed (report 003): weeks count only for those on sick leave.
  if (draft.sickLeave.status !== 'at_risk' && weeks !== null && maxSickLeaveWeeks != null && weeks > maxSickLeaveWeeks) {
    problems.push(t.weeksOutside(weeks, maxSickLeaveWeeks));
  }
  return problems;
}

/** Outside the criteria: a required criterion not ticked, or a known fact outside the team's limits. */
export function isOutside(team: DraftTeam | undefined, draft: ReferralDraft, values: ReferralValues, t: T): boolean {
  if (!team) return false;
  const unticked = team.criteria.some((c) => c.required && !values.criteria.includes(c.key));
  return unticked || factsOutside(team, draft, t).length > 0;
}

export function checkReferral(values: ReferralValues, draft: ReferralDraft, t: T): { errors: FieldErrors; body: ReferralInput | null } {
  const errors: FieldErrors = {};
  const team = draft.teams.find((candidate) => candidate.id === values.teamId);
  if (!team) errors.teamId = t.teamRequired;
  const outside = isOutside(team, draft, values, t);
  const outsideReason = values.outsideCriteriaReason.trim();
  if (outside && outsideReason.length < OUTSIDE_REASON_MIN) errors.outsideCriteriaReason = t.outsideReasonRequired;
  else if (outside && outsideReason.length > OUTSIDE_REASON_MAX) errors.outsideCriteriaReason = t.tooLong(OUTSIDE_REASON_MAX);
  const reason = values.reason.trim();
  if (reason === '') errors.reason = t.reasonRequired;
  else if (reason.length > REASON_MAX) errors.reason = t.tooLong(REASON_MAX);
  if (values.consentScope.length === 0) errors.consentScope = t.consentScopeRequired;
  else if (!values.consentScope.includes('therapist')) errors.consentScope = t.consentTherapistNeeded;
  if (values.consentGivenOn === '' || values.consentGivenOn === INVALID_DATE) errors.consentGivenOn = t.consentGivenOnRequired;
  if (!values.consentConfirmed) errors.consentConfirmed = t.consentConfirmRequired;
  if (!team || Object.keys(errors).length > 0) return { errors, body: null };
  return {
    errors,
    body: {
      teamId: team.id,
      citizenId: draft.person.citizenId,
      ...(draft.caseId ? { caseId: draft.caseId } : {}),
      criteria: Object.fromEntries(team.criteria.map((c) => [c.key, values.criteria.includes(c.key)])),
      ...(outside ? { outsideCriteriaReason: outsideReason } : {}),
      reason,
      consent: { scope: values.consentScope, givenOn: values.consentGivenOn },
    },
  };
}
