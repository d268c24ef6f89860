import type { InclusionCriterion } from '../../../platform/db/schema.js';
import type { ConsentRow, ReferralRow } from '../access.js';
import type { CoursePart } from '../domain/visibility.js';

/**
 * A referral as it leaves the server, cut to what the viewer may see (`visibleParts`): the person
 * only with `identity`, the clinical content (criteria answers, reason, sick-leave facts) only with
 * `referral`. The TypeBox response schema is the last filter; this is the first.
 */
export interface ReferralViewExtras {
  team: { id: string; name: string; kind: string; criteria: InclusionCriterion[] };
  person: { citizenId: string; name: string; birthDate: string } | null;
  consent: ConsentRow | null;
  course: { id: string; status: string } | null;
  waitingPosition: number | null;
  parts: ReadonlySet<CoursePart>;
}

export function consentView(consent: ConsentRow | null) {
  if (!consent) return null;
  return {
    id: consent.id,
    scope: consent.scope,
    givenOn: consent.given_on,
    recordedByName: consent.recorded_by_name,
    withdrawnAt: consent.withdrawn_at ? consent.withdrawn_at.toISOString() : null,
    withdrawnByName: consent.withdrawn_by_name,
  };
}

export function referralView(row: ReferralRow, extras: ReferralViewExtras) {
  const { parts } = extras;
  const clinical = parts.has('referral');
  return {
    id: row.id,
    team: { id: extras.team.id, name: extras.team.name, kind: extras.team.kind },
    person: parts.has('identity') && extras.person ? { citizenId: extras.person.citizenId, name: extras.person.name, age: row.age_at_referral } : null,
    status: row.status,
    referredByName: row.referred_by_name,
    createdAt: row.created_at.toISOString(),
    criteria: clinical ? extras.team.criteria : [],
    criteriaAnswers: clinical ? row.criteria_answers : {},
    outsideCriteriaReason: clinical ? row.outside_criteria_reason : null,
    reason: clinical ? row.reason : null,
    sickLeave: clinical ? { status: row.sick_leave_status, grade: row.sick_leave_grade, weeks: row.sick_leave_weeks } : null,
    ageAtReferral: clinical ? row.age_at_referral : null,
    waitingPosition: extras.waitingPosition,
    expectedStart: row.expected_start,
    gpApprovedAt: row.gp_approved_at ? row.gp_approved_at.toISOString() : null,
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    decidedByName: row.decided_by_name,
    declineReason: row.decline_reason,
    recommendation: row.recommendation,
    consent: consentView(extras.consent),
    courseId: extras.course?.id ?? null,
    course: extras.course,
  };
}

export type ReferralView = ReturnType<typeof referralView>;
