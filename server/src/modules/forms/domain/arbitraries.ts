import fc from 'fast-check';
import type { CellSpec, Field, FormTemplate, TableSpec } from './template.js';
import type { ApprovalValue, CellValue, FieldValue, FormValues, TableRow } from './values.js';

/**
 * fast-check arbitraries built from a template, for the property tests only: any draft-valid
 * filled form of that template (every field optional, every present value of the right type).
 */
export interface ArbitraryOptions {
  /** Texts for a field or column; the default is any Unicode text within the field's limit. */
  text?: (fieldId: string, maxLength: number) => fc.Arbitrary<string>;
  /** Fewer rows keep the runs fast; the validation of many rows is tested by example. */
  maxRows?: number;
}

const anyText = (_fieldId: string, maxLength: number) => fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 40) });

export function valuesArbitrary(template: FormTemplate, options: ArbitraryOptions = {}): fc.Arbitrary<FormValues> {
  const model: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const field of template.sections.flatMap((section) => section.fields)) model[field.id] = fieldArbitrary(field, options);
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<FormValues>;
}

function fieldArbitrary(field: Field, options: ArbitraryOptions): fc.Arbitrary<FieldValue> {
  switch (field.type) {
    case 'approval':
      return approvalArbitrary(field.role);
    case 'table':
      return tableArbitrary(field, field.id, options);
    default:
      return cellArbitrary(field, field.id, options);
  }
}

export function cellArbitrary(spec: CellSpec, id: string, { text = anyText }: ArbitraryOptions = {}): fc.Arbitrary<CellValue> {
  switch (spec.type) {
    case 'text':
      return text(id, spec.maxLength);
    case 'date':
      return fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'scale': {
      const steps = Math.round((spec.max - spec.min) / spec.step);
      return fc.integer({ min: 0, max: steps }).map((k) => spec.min + k * spec.step);
    }
    case 'choice': {
      const values = spec.options.map((option) => option.value);
      return spec.multiple ? fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length }) : fc.constantFrom(...values);
    }
  }
}

function tableArbitrary(table: TableSpec, id: string, options: ArbitraryOptions): fc.Arbitrary<TableRow[]> {
  const row: Record<string, fc.Arbitrary<CellValue>> = {};
  for (const column of table.columns) row[column.id] = cellArbitrary(column, `${id}.${column.id}`, options);
  return fc.array(fc.record(row, { requiredKeys: [] }) as fc.Arbitrary<TableRow>, { maxLength: Math.min(table.maxRows, options.maxRows ?? 4) });
}

export function approvalArbitrary(role: ApprovalValue['by']): fc.Arbitrary<ApprovalValue> {
  return fc.record({
    by: fc.constant(role),
    name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ''),
    at: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  });
}
