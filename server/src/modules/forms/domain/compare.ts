import type { FormTemplate, LocalText, ScaleSpec } from './template.js';

/**
 * The change between two rounds of a mapping form ("Funksjon i arbeid"), per scale field, for the
 * patient to see what has moved. Direction is plain arithmetic; whether that is better or worse
 * is said only where the template tells which end of the scale is the good one.
 */
export type Direction = 'up' | 'down' | 'unchanged';
export type Meaning = 'better' | 'worse' | 'unchanged';

export type ScaleChange = {
  fieldId: string;
  label: LocalText;
  earlier: number | null;
  later: number | null;
} & ({ comparable: true; change: number; direction: Direction; meaning?: Meaning } | { comparable: false });

/** Both rounds are read with the same template; rounds of different versions compare by field id. */
export function compareRounds(template: FormTemplate, earlier: Readonly<Record<string, unknown>>, later: Readonly<Record<string, unknown>>): ScaleChange[] {
  const changes: ScaleChange[] = [];
  for (const field of template.sections.flatMap((section) => section.fields)) {
    if (field.type !== 'scale') continue;
    const before = scaleValue(earlier, field.id);
    const after = scaleValue(later, field.id);
    const base = { fieldId: field.id, label: field.label, earlier: before, later: after };
    if (before === null || after === null) {
      changes.push({ ...base, comparable: false });
      continue;
    }
    // Rounded to the scale's step so 0.1 + 0.2 never shows as 0.30000000000000004.
    const change = roundTo(after - before, field);
    const direction: Direction = change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged';
    const meaning = meaningOf(direction, field);
    changes.push(meaning ? { ...base, comparable: true, change, direction, meaning } : { ...base, comparable: true, change, direction });
  }
  return changes;
}

function scaleValue(values: Readonly<Record<string, unknown>>, id: string): number | null {
  const value = Object.hasOwn(values, id) ? values[id] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function meaningOf(direction: Direction, scale: ScaleSpec): Meaning | undefined {
  if (!scale.better) return undefined;
  if (direction === 'unchanged') return 'unchanged';
  return (direction === 'up') === (scale.better === 'higher') ? 'better' : 'worse';
}

function roundTo(value: number, scale: ScaleSpec): number {
  const decimals = Math.min(10, (String(scale.step).split('.')[1] ?? '').length);
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}
