import { describe, expect, it } from 'vitest';
import type { Field, FormTemplate, Section } from './template.js';
import { validateTemplate } from './validate-template.js';

const l = (text: string) => ({ nb: text, en: text });
const text = (id: string, extra: Partial<Field> = {}): Field => ({ id, type: 'text', maxLength: 100, label: l(id), ...extra }) as Field;
const yesNo = (id: string): Field => ({ id, type: 'choice', label: l(id), options: [{ value: 'yes', label: l('Ja') }, { value: 'no', label: l('Nei') }] });
const form = (sections: Section[], extra: Partial<FormTemplate> = {}): FormTemplate => ({ key: 'test-form', version: 1, title: l('Test'), sections, ...extra });
const section = (id: string, fields: Field[], extra: Partial<Section> = {}): Section => ({ id, title: l(id), fields, ...extra });
const codes = (template: FormTemplate) => validateTemplate(template).map((problem) => [problem.code, problem.path]);

describe('validateTemplate', () => {
  it('accepts a small well-formed template', () => {
    expect(validateTemplate(form([section('a', [yesNo('q'), text('why', { condition: { field: 'q', equals: 'yes' } })])]))).toEqual([]);
  });

  it('refuses a bad key, a version below 1 and an empty template', () => {
    expect(codes(form([], { key: 'Follow Up', version: 0 }))).toEqual([
      ['FORM_TEMPLATE_KEY_INVALID', 'template'],
      ['FORM_TEMPLATE_VERSION_INVALID', 'template'],
      ['FORM_TEMPLATE_EMPTY', 'template'],
    ]);
    expect(codes(form([section('a', [])]))).toEqual([['FORM_TEMPLATE_EMPTY', 'a']]);
  });

  it('refuses duplicate field ids across sections, duplicate section ids and ids that could break stored JSON', () => {
    expect(codes(form([section('a', [text('x')]), section('b', [text('x')])]))).toEqual([['FORM_TEMPLATE_ID_DUPLICATE', 'b/x']]);
    expect(codes(form([section('a', [text('x')]), section('a', [text('y')])]))).toEqual([['FORM_TEMPLATE_ID_DUPLICATE', 'a']]);
    expect(codes(form([section('a', [text('__proto__'), text('Big'), text('with-dash')])])).map(([code]) => code)).toEqual(Array(3).fill('FORM_TEMPLATE_ID_INVALID'));
  });

  it('refuses a text missing in either language', () => {
    expect(codes(form([section('a', [text('x', { label: { nb: 'Navn', en: ' ' } })])]))).toEqual([['FORM_TEMPLATE_TEXT_MISSING', 'a/x']]);
    expect(codes(form([section('a', [text('x')])], { title: { nb: '', en: 'Title' } }))).toEqual([['FORM_TEMPLATE_TEXT_MISSING', 'template']]);
  });

  it('refuses conditions on later or unknown fields, and on values the field cannot have', () => {
    expect(codes(form([section('a', [text('why', { condition: { field: 'q', equals: 'yes' } }), yesNo('q')])]))).toEqual([['FORM_TEMPLATE_CONDITION_INVALID', 'a/why']]);
    expect(codes(form([section('a', [yesNo('q'), text('why', { condition: { field: 'q', oneOf: ['yes', 'maybe'] } })])]))).toEqual([['FORM_TEMPLATE_CONDITION_INVALID', 'a/why']]);
    expect(codes(form([section('a', [text('t'), text('why', { condition: { field: 't', equals: 'x' } })])]))).toEqual([['FORM_TEMPLATE_CONDITION_INVALID', 'a/why']]);
    expect(codes(form([section('a', [text('t'), text('why', { condition: { field: 't', answered: true } })])]))).toEqual([]);
  });

  it('lets a section depend on an earlier section, not on its own fields', () => {
    expect(codes(form([section('a', [yesNo('q')]), section('b', [text('x')], { condition: { field: 'q', equals: 'no' } })]))).toEqual([]);
    expect(codes(form([section('a', [yesNo('q')], { condition: { field: 'q', equals: 'no' } })]))).toEqual([['FORM_TEMPLATE_CONDITION_INVALID', 'a']]);
  });

  it('refuses choice fields without options or with the same value twice', () => {
    const duplicate: Field = { id: 'c', type: 'choice', label: l('c'), options: [{ value: 'a', label: l('A') }, { value: 'a', label: l('B') }] };
    expect(codes(form([section('s', [duplicate, { id: 'd', type: 'choice', label: l('d'), options: [] }])])).map(([code]) => code)).toEqual(['FORM_TEMPLATE_OPTIONS_INVALID', 'FORM_TEMPLATE_OPTIONS_INVALID']);
  });

  it('refuses scales that run backwards or whose steps do not reach the end', () => {
    const scale = (min: number, max: number, step: number): Field => ({ id: 's', type: 'scale', min, max, step, label: l('s'), labels: { min: l('lav'), max: l('høy') } });
    expect(codes(form([section('a', [scale(0, 10, 1)])]))).toEqual([]);
    for (const [min, max, step] of [[10, 0, 1], [0, 10, 3], [0, 10, 0], [0, 1, 0.25 / 1e6]] as const) {
      expect(codes(form([section('a', [scale(min, max, step)])])), `${min} ${max} ${step}`).toEqual([['FORM_TEMPLATE_SCALE_INVALID', 'a/s']]);
    }
  });

  it('refuses text fields without a sensible limit', () => {
    expect(codes(form([section('a', [text('x', { maxLength: 0 } as Partial<Field>), text('y', { maxLength: 1e9 } as Partial<Field>)])])).map(([code]) => code)).toEqual(['FORM_TEMPLATE_TEXT_LIMIT_INVALID', 'FORM_TEMPLATE_TEXT_LIMIT_INVALID']);
  });

  it('refuses tables without columns, with duplicate or nested columns, or with impossible row limits', () => {
    const table = (columns: unknown[], rows: { minRows?: number; maxRows: number } = { maxRows: 5 }) => ({ id: 't', type: 'table', label: l('t'), columns, ...rows }) as Field;
    const cell = (id: string) => ({ id, type: 'text', maxLength: 10, label: l(id) });
    expect(codes(form([section('a', [table([cell('x'), cell('y')])])]))).toEqual([]);
    expect(codes(form([section('a', [table([])])]))).toEqual([['FORM_TEMPLATE_TABLE_INVALID', 'a/t']]);
    expect(codes(form([section('a', [table([cell('x'), cell('x')])])]))).toEqual([['FORM_TEMPLATE_ID_DUPLICATE', 'a/t/x']]);
    expect(codes(form([section('a', [table([{ id: 'inner', type: 'table', label: l('i'), columns: [], maxRows: 1 }])])]))).toEqual([['FORM_TEMPLATE_TABLE_INVALID', 'a/t/inner']]);
    expect(codes(form([section('a', [table([cell('x')], { minRows: 3, maxRows: 2 })])]))).toEqual([['FORM_TEMPLATE_TABLE_INVALID', 'a/t']]);
  });

  it('refuses an approval by an unknown role', () => {
    expect(codes(form([section('a', [{ id: 'ok', type: 'approval', role: 'boss' as never, label: l('ok') }])]))).toEqual([['FORM_TEMPLATE_APPROVAL_INVALID', 'a/ok']]);
  });

  it('refuses a field both medical and opted in for the employer', () => {
    const template = form([section('a', [text('x', { visibility: { medical: true, employerVisible: true } })])]);
    expect(codes(template)).toEqual([['FORM_TEMPLATE_VISIBILITY_CONFLICT', 'a/x']]);
  });

  it('refuses an employer-visible field that appears on an answer the employer cannot see', () => {
    const template = form(
      [section('health', [yesNo('pain')], { visibility: { medical: true } }), section('work', [text('lifting', { condition: { field: 'pain', equals: 'yes' } })])],
      { visibility: { employerVisible: true } },
    );
    expect(codes(template)).toEqual([['FORM_TEMPLATE_VISIBILITY_CONFLICT', 'work/lifting']]);
  });
});
