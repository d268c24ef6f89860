import { checkHerId, checkHprNumber, checkOrgNumber } from '../../../platform/identifiers.js';
import type { ErrorCode } from '../../../platform/errors.js';

/**
 * Field checks shared by the API and the CSV import, so an entry is accepted on the same terms
 * whichever way it comes in.
 */
export interface FieldProblem {
  field: string;
  code: ErrorCode;
  reason: string;
}

export function normaliseOrgNumber(value: string | null | undefined, problems: FieldProblem[]): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const check = checkOrgNumber(value);
  if (check.ok) return check.value;
  problems.push({ field: 'orgNumber', code: 'ORG_NUMBER_INVALID', reason: check.reason });
  return null;
}

export function normaliseHerIds(values: ReadonlyArray<string | number> | undefined, problems: FieldProblem[]): number[] {
  const ids: number[] = [];
  for (const value of values ?? []) {
    const check = checkHerId(value);
    if (check.ok) {
      if (!ids.includes(check.value)) ids.push(check.value);
    } else problems.push({ field: 'herIds', code: 'HER_ID_INVALID', reason: `${String(value)}: ${check.reason}` });
  }
  return ids;
}

export function normaliseHprNumber(value: string | number | null | undefined, problems: FieldProblem[]): number | null {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  const check = checkHprNumber(value);
  if (check.ok) return check.value;
  problems.push({ field: 'hprNumber', code: 'HPR_NUMBER_INVALID', reason: check.reason });
  return null;
}

export function checkPeriod(validFrom: string, validTo: string | null | undefined, problems: FieldProblem[]) {
  if (validTo && validTo < validFrom) problems.push({ field: 'validTo', code: 'PERIOD_INVALID', reason: 'before validFrom' });
}
