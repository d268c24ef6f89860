import { describe, expect, it } from 'vitest';
import { SAMPLE, SAMPLE_COMPLETE } from './test-template.js';
import { isIsoDate, isIsoInstant, submitValues, validateValues } from './values.js';

const draft = (values: Record<string, unknown>) => validateValues(SAMPLE, values, { mode: 'draft' });
const submit = (values: Record<string, unknown>) => validateValues(SAMPLE, values, { mode: 'submit' });

describe('validateValues', () => {
  it('accepts an empty draft and a complete submission', () => {
    expect(draft({})).toEqual([]);
    expect(submit(SAMPLE_COMPLETE)).toEqual([]);
  });

  it('refuses a field the template does not have (FORM_FIELD_UNKNOWN), also in a table row', () => {
    expect(draft({ nickname: 'K' })).toEqual([{ code: 'FORM_FIELD_UNKNOWN', fieldId: 'nickname' }]);
    expect(draft({ tasks: [{ task: 'Kasse', colour: 'red' }] })).toEqual([{ code: 'FORM_FIELD_UNKNOWN', fieldId: 'tasks', row: 0, column: 'colour' }]);
  });

  it('refuses a value of the wrong type even in a draft (FORM_VALUE_WRONG_TYPE)', () => {
    const wrong = { name: 42, working: ['no'], share: '50', from: '02.03.2026', aids: 'chair', tasks: { task: 'x' }, employeeOk: 'yes' };
    expect(draft(wrong).map((problem) => [problem.code, problem.fieldId])).toEqual(Object.keys(wrong).map((id) => ['FORM_VALUE_WRONG_TYPE', id]));
  });

  it('refuses the same option twice in a multiple choice, and impossible dates', () => {
    expect(draft({ aids: ['chair', 'chair'] })).toMatchObject([{ code: 'FORM_VALUE_WRONG_TYPE', fieldId: 'aids' }]);
    expect(draft({ from: '2026-02-30' })).toMatchObject([{ code: 'FORM_VALUE_WRONG_TYPE', fieldId: 'from' }]);
    expect(draft({ from: '2028-02-29' })).toEqual([]);
  });

  it('refuses an answer that is not one of the options (FORM_VALUE_NOT_AN_OPTION)', () => {
    expect(draft({ working: 'sometimes' })).toEqual([{ code: 'FORM_VALUE_NOT_AN_OPTION', fieldId: 'working', value: 'sometimes', options: ['yes', 'partly', 'no'] }]);
    expect(draft({ aids: ['chair', 'desk'] })).toMatchObject([{ code: 'FORM_VALUE_NOT_AN_OPTION', fieldId: 'aids', value: 'desk' }]);
  });

  it('refuses numbers outside the scale or between its steps (FORM_VALUE_OUT_OF_RANGE)', () => {
    for (const share of [-10, 110, 55]) expect(draft({ share }), String(share)).toEqual([{ code: 'FORM_VALUE_OUT_OF_RANGE', fieldId: 'share', min: 0, max: 100, step: 10 }]);
    expect(draft({ share: Number.NaN })).toMatchObject([{ code: 'FORM_VALUE_WRONG_TYPE' }]);
    expect(draft({ tasks: [{ task: 'x', load: 4.5 }] })).toEqual([]);
    expect(draft({ tasks: [{ task: 'x', load: 4.25 }] })).toMatchObject([{ code: 'FORM_VALUE_OUT_OF_RANGE', row: 0, column: 'load' }]);
  });

  it('refuses text longer than the field allows, counting characters not UTF-16 units (FORM_VALUE_TOO_LONG)', () => {
    expect(draft({ name: 'Kristoffers' })).toEqual([{ code: 'FORM_VALUE_TOO_LONG', fieldId: 'name', maxLength: 10 }]);
    expect(draft({ name: '😀'.repeat(10) })).toEqual([]);
  });

  it('refuses more rows than the table allows at once, and too few only on submit (FORM_TABLE_ROWS)', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ task: `T${i}` }));
    expect(draft({ tasks: rows(4) })).toEqual([{ code: 'FORM_TABLE_ROWS', fieldId: 'tasks', min: 2, max: 3, rows: 4 }]);
    expect(draft({ tasks: rows(1) })).toEqual([]);
    expect(submit({ ...SAMPLE_COMPLETE, tasks: rows(1) })).toEqual([{ code: 'FORM_TABLE_ROWS', fieldId: 'tasks', min: 2, max: 3, rows: 1 }]);
  });

  it('refuses an approval given by another role than the field asks for', () => {
    const approval = { by: 'employer', name: 'Per Leder', at: '2026-03-02T09:00:00Z' };
    expect(draft({ employeeOk: approval })).toEqual([{ code: 'FORM_APPROVAL_ROLE_MISMATCH', fieldId: 'employeeOk', expected: 'employee' }]);
    expect(draft({ employerOk: approval })).toEqual([]);
    expect(draft({ employerOk: { ...approval, at: 'yesterday' } })).toMatchObject([{ code: 'FORM_VALUE_WRONG_TYPE' }]);
    expect(draft({ employerOk: { ...approval, extra: 1 } })).toMatchObject([{ code: 'FORM_VALUE_WRONG_TYPE' }]);
  });

  it('asks for required fields only on submit (FORM_REQUIRED_MISSING), in table rows too', () => {
    expect(draft({ name: '' })).toEqual([]);
    expect(submit({})).toEqual([
      { code: 'FORM_REQUIRED_MISSING', fieldId: 'name' },
      { code: 'FORM_REQUIRED_MISSING', fieldId: 'working' },
      { code: 'FORM_REQUIRED_MISSING', fieldId: 'tasks' },
    ]);
    expect(submit({ ...SAMPLE_COMPLETE, name: '   ' })).toEqual([{ code: 'FORM_REQUIRED_MISSING', fieldId: 'name' }]);
    expect(submit({ ...SAMPLE_COMPLETE, tasks: [{ task: 'A' }, { ok: 'yes' }] })).toEqual([{ code: 'FORM_REQUIRED_MISSING', fieldId: 'tasks', row: 1, column: 'task' }]);
  });

  it('never requires a field hidden by its condition', () => {
    expect(submit({ ...SAMPLE_COMPLETE, working: 'yes', why: undefined, whyMore: undefined })).toEqual([]);
    expect(submit({ ...SAMPLE_COMPLETE, working: 'partly' })).toEqual([
      { code: 'FORM_REQUIRED_MISSING', fieldId: 'share' },
      { code: 'FORM_REQUIRED_MISSING', fieldId: 'partNote' },
    ]);
  });

  it('does not ask for approvals on submit: they are stamped by the lifecycle', () => {
    expect(submit(SAMPLE_COMPLETE).some((problem) => problem.fieldId === 'employeeOk')).toBe(false);
  });
});

describe('submitValues', () => {
  it('drops the answers of fields hidden by condition', () => {
    const result = submitValues(SAMPLE, { ...SAMPLE_COMPLETE, working: 'yes', share: 40, partNote: 'Tidligere svar' });
    expect(result).toEqual({ ok: true, values: { name: 'Kari', working: 'yes', tasks: SAMPLE_COMPLETE.tasks } });
  });

  it('returns the problems instead when the form is incomplete', () => {
    expect(submitValues(SAMPLE, { name: 'Kari' })).toMatchObject({ ok: false, problems: [{ code: 'FORM_REQUIRED_MISSING', fieldId: 'working' }, { code: 'FORM_REQUIRED_MISSING', fieldId: 'tasks' }] });
  });
});

describe('date checks', () => {
  it('knows calendar days and instants', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(isIsoInstant('2026-03-02T09:15:00.000Z')).toBe(true);
    expect(isIsoInstant('2026-03-02T09:15+01:00')).toBe(true);
    expect(isIsoInstant('2026-03-02')).toBe(false);
  });
});
