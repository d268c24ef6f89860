import { isApiError } from '../../api/errors';
import type { FieldErrors } from './validation';

/** Codes that always concern one field, whatever the details say. */
const FIELD_OF_CODE: Record<string, string> = {
  ORG_NUMBER_INVALID: 'orgNumber',
  ORG_NUMBER_TAKEN: 'orgNumber',
  HER_ID_INVALID: 'herIds',
  HPR_NUMBER_INVALID: 'hprNumber',
  HPR_NUMBER_TAKEN: 'hprNumber',
  PERIOD_INVALID: 'validTo',
  CONTACT_ROLE_EXISTS: 'purpose',
};

/** Request-body fields that the form shows under another name. */
const FORM_FIELD: Record<string, string> = {
  organisationId: 'organisation',
  personId: 'person',
};

export interface FieldSpec {
  label: string;
  /** Shown when the server says the field is missing or empty. */
  required?: string;
  /** Shown when the server says the value is too long. */
  tooLong?: string;
  /** Shown for any other refusal of the field; defaults to "<label> har en ugyldig verdi." */
  invalid?: string;
}

interface ValidationDetail {
  field: string;
  rule: string;
}

function validationDetails(details: unknown): ValidationDetail[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (item): item is ValidationDetail =>
      typeof item === 'object' && item !== null && typeof (item as ValidationDetail).field === 'string',
  );
}

function detailField(details: unknown): string | undefined {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return undefined;
  const field = (details as { field?: unknown }).field;
  return typeof field === 'string' ? field : undefined;
}

/**
 * Splits an API refusal into messages for the form's fields and whatever is left for a general
 * alert. The server's `message` is already in the user's language and is used as is; a schema
 * refusal (`VALIDATION_FAILED`) names fields in `details` with English texts from the validator, so
 * those get the form's own message for the field instead.
 */
export function errorsFromApi(
  error: unknown,
  specs: Record<string, FieldSpec>,
  invalidValue: (label: string) => string,
): { fields: FieldErrors; general: unknown } {
  if (!isApiError(error)) return { fields: {}, general: error };
  const known = (field: string | undefined): string | undefined => {
    if (!field) return undefined;
    const name = FORM_FIELD[field] ?? field;
    return Object.hasOwn(specs, name) ? name : undefined;
  };

  if (error.code === 'VALIDATION_FAILED') {
    const fields: FieldErrors = {};
    for (const detail of validationDetails(error.details)) {
      // `body.postalCode`, `body.openingHours.0.opens`; a missing property is reported on `body`.
      const path = detail.field.replace(/^body\.?/, '').split('.');
      const name = known(path[0]);
      if (!name || fields[name]) continue;
      const spec = specs[name]!;
      fields[name] =
        (detail.rule === 'minLength' || detail.rule === 'required' ? spec.required : undefined) ??
        (detail.rule === 'maxLength' || detail.rule === 'maxItems' ? spec.tooLong : undefined) ??
        spec.invalid ??
        invalidValue(spec.label);
    }
    return Object.keys(fields).length > 0 ? { fields, general: null } : { fields, general: error };
  }

  const name = known(FIELD_OF_CODE[error.code]) ?? known(detailField(error.details));
  if (name) return { fields: { [name]: error.message }, general: null };
  return { fields: {}, general: error };
}
