import { ApiError, isApiError } from '../../api/errors';
import { errorsFromApi, type FieldSpec } from '../directory-admin/serverErrors';
import type { FieldErrors } from '../directory-admin/validation';

/** Forum codes that always concern one field of a form (server/src/modules/forums/domain/errors.ts). */
const FIELD_OF_FORUM_CODE: Record<string, string> = {
  FORUM_REASON_MISSING: 'reason',
  FORUM_FORWARD_DUE_PAST: 'dueOn',
  FORUM_MERGE_INVALID: 'intoId',
  FORUM_CHANGE_NOTE_MISSING: 'changeNote',
  FORUM_TERM_INVALID: 'termEnd',
  FORUM_MEETING_TIME_PAST: 'startsAt',
  FORUM_SLUG_TAKEN: 'slug',
  FORUM_COMPOSITION_INVALID: 'compositionRules',
  FORUM_HOURS_INVALID: 'hours',
  FORUM_TEMPLATE_INVALID: 'template',
  FORUM_SOURCE_URL_INVALID: 'sourceUrl',
};

/**
 * Splits a forum refusal into field messages and what is left for an alert. A personal-data
 * refusal (`FORUM_PERSONAL_DATA`) names its field in `details.field` — `title`, or a key of the
 * submission's `fields` (`fields.whatHappened` or just `whatHappened`) — and the server's message
 * explains what to change without echoing the number.
 */
export function forumErrorsFromApi(error: unknown, specs: Record<string, FieldSpec>, invalidValue: (label: string) => string): { fields: FieldErrors; general: unknown } {
  if (!isApiError(error)) return { fields: {}, general: error };
  const details = typeof error.details === 'object' && error.details !== null && !Array.isArray(error.details) ? (error.details as { field?: unknown }) : {};
  const detailField = typeof details.field === 'string' ? details.field.replace(/^(body\.)?(fields\.)?/, '') : undefined;
  const named = FIELD_OF_FORUM_CODE[error.code] ?? detailField;
  if (named && Object.hasOwn(specs, named)) return { fields: { [named]: error.message }, general: null };
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    // The schema names a submission's text as `body.fields.whatHappened`; the form as `whatHappened`.
    const renamed = error.details.map((detail: unknown) =>
      typeof detail === 'object' && detail !== null ? { ...detail, field: String((detail as { field?: unknown }).field ?? '').replace(/^body\.fields\./, 'body.') } : detail,
    );
    return errorsFromApi(new ApiError(error.status, { code: error.code, message: error.message, details: renamed }), specs, invalidValue);
  }
  return errorsFromApi(error, specs, invalidValue);
}
