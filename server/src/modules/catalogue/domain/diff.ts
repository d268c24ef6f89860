import { isDeepStrictEqual } from 'node:util';

/** One field that differs between two versions: its path, the value before and the value after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields that differ between two contents, for an edit conflict ("what the other editor
 * changed") and the version history. Nested records (the coordination strategy, the GP's role)
 * are compared field by field, lists as wholes; key order does not matter (jsonb reorders keys).
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key): FieldChange[] => {
    const a = before[key];
    const b = after[key];
    if (isDeepStrictEqual(a, b)) return [];
    if (!prefix && isRecord(a) && isRecord(b)) return changedFields(a, b, `${key}.`);
    return [{ field: `${prefix}${key}`, before: a ?? null, after: b ?? null }];
  });
}
