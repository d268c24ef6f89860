import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valuesArbitrary } from './arbitraries.js';
import { parseValues, renderForm, serializeValues } from './render.js';
import { fieldsInOrder, isEmployerVisible, isMedical } from './template.js';
import { SAMPLE, SAMPLE_COMPLETE } from './test-template.js';
import { FOLLOW_UP_PLAN_EXAMPLE, FUNCTION_IN_WORK_START } from './templates/examples.js';
import { FOLLOW_UP_PLAN_V1 } from './templates/follow-up-plan.js';
import { FUNCTION_IN_WORK_V1 } from './templates/function-in-work.js';
import { SHIPPED_TEMPLATES } from './templates/registry.js';
import { validateValues } from './values.js';

describe('renderForm', () => {
  it('shows title, version and sections in the chosen language, with answers as people read them', () => {
    const values = { ...SAMPLE_COMPLETE, from: '2026-03-02', aids: ['lift', 'chair'] };
    const nb = renderForm(SAMPLE, values, { audience: 'full', lang: 'nb' });
    expect(nb.title).toBe('Prøveskjema');
    expect(nb.meta).toEqual({ templateKey: 'sample', version: 1, audience: 'full', lang: 'nb' });
    const items = nb.sections[0]!.items;
    expect(items.find((item) => item.fieldId === 'working')).toMatchObject({ label: 'Jobber du nå?', text: 'Nei' });
    expect(items.find((item) => item.fieldId === 'from')).toMatchObject({ text: '2. mars 2026' });
    expect(items.find((item) => item.fieldId === 'aids')).toMatchObject({ text: 'Heis, Stol' });
    expect(items.find((item) => item.fieldId === 'tasks')).toEqual({
      fieldId: 'tasks',
      label: 'Oppgaver',
      answered: true,
      table: { headers: ['Oppgave', 'Går det?', 'Belastning', 'Frist'], rows: [['Kasse', 'Nei', '4,5 (1 = lav, 5 = høy)', ''], ['Lager', '', '', '']] },
    });
    const en = renderForm(SAMPLE, values, { audience: 'full', lang: 'en' });
    expect(en.sections[0]!.items.find((item) => item.fieldId === 'from')).toMatchObject({ label: 'From', text: '2 March 2026' });
  });

  it('marks unanswered fields and missing approvals so a draft preview shows what is left', () => {
    const document = renderForm(SAMPLE, {}, { audience: 'full', lang: 'nb' });
    expect(document.sections[0]!.items.find((item) => item.fieldId === 'name')).toEqual({ fieldId: 'name', label: 'Navn', answered: false, text: 'Ikke besvart' });
    expect(document.sections.at(-1)!.items[0]).toMatchObject({ answered: false, text: 'Ikke godkjent ennå' });
  });

  it('shows approvals with name, role and Oslo time', () => {
    const values = { ...SAMPLE_COMPLETE, employeeOk: { by: 'employee', name: 'Kari Nordmann', at: '2026-03-02T09:15:00.000Z' } };
    const approval = renderForm(SAMPLE, values, { audience: 'full', lang: 'nb' }).sections.at(-1)!.items[0];
    expect(approval).toMatchObject({ text: 'Godkjent av Kari Nordmann (arbeidstakeren) 2. mars 2026 kl. 10.15' });
  });

  it('leaves out fields and sections hidden by condition', () => {
    const document = renderForm(SAMPLE, { ...SAMPLE_COMPLETE, working: 'yes', why: 'gammelt svar' }, { audience: 'full', lang: 'nb' });
    const ids = document.sections.flatMap((section) => section.items.map((item) => item.fieldId));
    expect(ids).not.toContain('why');
    expect(ids).not.toContain('partNote');
    expect(JSON.stringify(document)).not.toContain('gammelt svar');
  });

  it('gives the employer the employer-visible parts and leaves out the medical section', () => {
    const values = { ...SAMPLE_COMPLETE, symptoms: 'Migrene' };
    const full = renderForm(SAMPLE, values, { audience: 'full', lang: 'nb' });
    const employer = renderForm(SAMPLE, values, { audience: 'employer', lang: 'nb' });
    expect(full.sections.map((section) => section.heading)).toContain('Helse');
    expect(employer.sections.map((section) => section.heading)).toEqual(['Hoveddel', 'Godkjenning']);
    expect(JSON.stringify(employer)).not.toContain('Migrene');
  });

  it('shows the employer all of the follow-up plan and nothing of "Funksjon i arbeid"', () => {
    const plan = renderForm(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE, { audience: 'employer', lang: 'nb' });
    expect(plan.sections.map((section) => section.heading)).toEqual(FOLLOW_UP_PLAN_V1.sections.map((section) => section.title.nb));
    expect(renderForm(FUNCTION_IN_WORK_V1, FUNCTION_IN_WORK_START, { audience: 'employer', lang: 'nb' }).sections).toEqual([]);
  });

  it('never gives the employer a medical field, whatever is written in it (property)', () => {
    const marker = 'MEDISINSK';
    for (const template of [SAMPLE, ...SHIPPED_TEMPLATES]) {
      const hidden = new Set(fieldsInOrder(template).filter((placed) => !isEmployerVisible(template, placed)).map(({ field }) => field.id));
      const medical = new Set(fieldsInOrder(template).filter((placed) => isMedical(template, placed)).map(({ field }) => field.id));
      // Texts in fields the employer may not see carry a marker; texts elsewhere never do.
      const text = (id: string, max: number) =>
        hidden.has(id.split('.')[0]!) ? fc.string({ unit: 'binary', maxLength: Math.max(0, Math.min(max, 30) - marker.length) }).map((s) => marker + s) : fc.string({ maxLength: Math.min(max, 30) }).filter((s) => !s.includes(marker));
      fc.assert(
        fc.property(valuesArbitrary(template, { text }), fc.constantFrom('nb' as const, 'en' as const), (values, lang) => {
          const document = renderForm(template, values, { audience: 'employer', lang });
          const ids = document.sections.flatMap((section) => section.items.map((item) => item.fieldId));
          expect(ids.filter((id) => medical.has(id) || hidden.has(id))).toEqual([]);
          expect(JSON.stringify(document)).not.toContain(marker);
        }),
        { numRuns: 60 },
      );
    }
  });
});

describe('serializeValues / parseValues', () => {
  it('refuses stored text that is not a JSON object (FORM_VALUES_MALFORMED), and data that does not fit the version', () => {
    for (const stored of ['', '{', '[]', 'null', '"text"']) expect(parseValues(SAMPLE, stored), stored).toEqual({ ok: false, code: 'FORM_VALUES_MALFORMED' });
    expect(parseValues(SAMPLE, '{"name": 7}')).toMatchObject({ ok: false, code: 'FORM_VALUES_INVALID', problems: [{ code: 'FORM_VALUE_WRONG_TYPE', fieldId: 'name' }] });
  });

  it('treats a stored "__proto__" key as an unknown field, not as an object prototype', () => {
    expect(parseValues(SAMPLE, '{"__proto__": {"name": "x"}}')).toEqual({ ok: false, code: 'FORM_VALUES_INVALID', problems: [{ code: 'FORM_FIELD_UNKNOWN', fieldId: '__proto__' }] });
  });

  it('stores equal answers as equal text, whatever order the keys came in', () => {
    expect(serializeValues({ b: 1, a: [{ y: '1', x: '2' }] })).toBe(serializeValues({ a: [{ x: '2', y: '1' }], b: 1 }));
  });

  it('reads back any valid filled form exactly as it was, and renders it the same (property)', () => {
    for (const template of [SAMPLE, ...SHIPPED_TEMPLATES]) {
      fc.assert(
        fc.property(valuesArbitrary(template), (values) => {
          expect(validateValues(template, values, { mode: 'draft' })).toEqual([]);
          const parsed = parseValues(template, serializeValues(values));
          expect(parsed).toEqual({ ok: true, values });
          if (!parsed.ok) return;
          for (const audience of ['full', 'employer'] as const) {
            expect(renderForm(template, parsed.values, { audience, lang: 'nb' })).toEqual(renderForm(template, values, { audience, lang: 'nb' }));
          }
        }),
        { numRuns: 80 },
      );
    }
  });
});
