import { ApiError, isApiError } from '../../api/errors';
import { errorsFromApi, type FieldSpec } from '../directory-admin/serverErrors';
import type { FieldErrors } from '../directory-admin/validation';

/**
 * Team error codes that always concern one field of a form (server/src/modules/teams/domain/
 * errors.ts). The server's message is in the user's language and is shown at that field.
 */
const FIELD_OF_TEAM_CODE: Record<string, string> = {
  // Referral and consent
  TEAM_CONSENT_MISSING: 'consentScope',
  TEAM_CONSENT_THERAPIST_REQUIRED: 'consentScope',
  TEAM_CONSENT_DATE_INVALID: 'consentGivenOn',
  TEAM_CONSENT_DATE_REQUIRED: 'consentGivenOn',
  TEAM_OUTSIDE_CRITERIA_REASON_MISSING: 'outsideCriteriaReason',
  TEAM_NOT_SERVING: 'teamId',
  TEAM_INACTIVE: 'teamId',
  TEAM_REASON_MISSING: 'reason',
  // Intake
  TEAM_DECISION_REASON_MISSING: 'reason',
  TEAM_FIRST_SESSION_IN_PAST: 'date',
  TEAM_THERAPIST_INVALID: 'therapistMemberId',
  // Team admin
  TEAM_CRITERIA_INVALID: 'criteria',
  TEAM_AGE_RANGE_INVALID: 'ageMax',
  TEAM_MEMBER_USER_INVALID: 'members',
  TEAM_PRESENCE_INVALID: 'members',
  // Sessions
  TEAM_SESSION_IN_PAST_REASON_MISSING: 'pastReason',
  TEAM_SESSION_GP_ONLY_START_END: 'gpLastMinutes',
  TEAM_SESSION_GP_MINUTES_TOO_LONG: 'gpLastMinutes',
  TEAM_SESSION_KIND_TAKEN: 'kind',
  TEAM_SESSION_BUDGET_EXCEEDED: 'kind',
  TEAM_REFRESHER_NOT_YET: 'kind',
  TEAM_REFRESHER_LIMIT_REACHED: 'kind',
  TEAM_SESSION_NOT_YET_HELD: 'status',
  TEAM_BUDGET_BELOW_USED: 'sessionBudget',
  // The job specialist joins
  TEAM_CONSENT_SCOPE_MISSING: 'jobSpecialistMemberId',
  TEAM_MEMBER_NOT_JOB_SPECIALIST: 'jobSpecialistMemberId',
  TEAM_JOB_SPECIALIST_CASELOAD_FULL: 'jobSpecialistMemberId',
  // Closing
  TEAM_WORK_STATUS_END_MISSING: 'workStatusEnd',
  TEAM_CLOSE_REASON_MISSING: 'reason',
  TEAM_FINAL_REPORT_MISSING: 'outcome',
};

/** Request-body fields the team forms show under another name. */
const FORM_FIELD: Record<string, string> = {
  'consent.scope': 'consentScope',
  'consent.givenOn': 'consentGivenOn',
  consent: 'consentScope',
  'firstSession.startsAt': 'date',
  startsAt: 'date',
};

/**
 * Splits an API refusal into messages for a form's fields (`specs`) and what is left for an alert:
 * a team code that names a field, a `details.field`, or the schema's refusals (VALIDATION_FAILED).
 */
export function teamErrorsFromApi(error: unknown, specs: Record<string, FieldSpec>, invalidValue: (label: string) => string): { fields: FieldErrors; general: unknown } {
  if (!isApiError(error)) return { fields: {}, general: error };
  const byCode = FIELD_OF_TEAM_CODE[error.code];
  const details = typeof error.details === 'object' && error.details !== null && !Array.isArray(error.details) ? (error.details as { field?: unknown; section?: unknown }) : {};
  // A final report's section that is too long names itself as `section`.
  const detailField = details.field ?? details.section;
  const named = byCode ?? (typeof detailField === 'string' ? (FORM_FIELD[detailField] ?? detailField) : undefined);
  if (named && Object.hasOwn(specs, named)) return { fields: { [named]: error.message }, general: null };
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const renamed = error.details.map((detail: unknown) => {
      if (typeof detail !== 'object' || detail === null) return detail;
      const field = String((detail as { field?: unknown }).field ?? '').replace(/^body\.?/, '');
      const name = FORM_FIELD[field] ?? FORM_FIELD[field.split('.').slice(0, 2).join('.')];
      return name ? { ...detail, field: `body.${name}` } : detail;
    });
    return errorsFromApi(new ApiError(error.status, { code: error.code, message: error.message, details: renamed }), specs, invalidValue);
  }
  return errorsFromApi(error, specs, invalidValue);
}
