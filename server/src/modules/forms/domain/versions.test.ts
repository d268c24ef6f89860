import { describe, expect, it } from 'vitest';
import { newDraft } from './lifecycle.js';
import { parseValues, renderForm, serializeValues } from './render.js';
import type { FormTemplate } from './template.js';
import { FOLLOW_UP_PLAN_EXAMPLE } from './templates/examples.js';
import { FOLLOW_UP_PLAN_V1 } from './templates/follow-up-plan.js';
import { canPublish, createRegistry } from './versions.js';

/** Version 2 of the plan: renames a label, drops "adjustments tried", adds a field for the workplace contact. */
const V2: FormTemplate = {
  ...FOLLOW_UP_PLAN_V1,
  version: 2,
  sections: FOLLOW_UP_PLAN_V1.sections.map((section) =>
    section.id === 'adjustments'
      ? {
          ...section,
          fields: [
            ...section.fields.filter((field) => field.id !== 'adjustmentsTried'),
            { id: 'contactPerson', type: 'text', maxLength: 200, label: { nb: 'Kontaktperson på arbeidsplassen', en: 'Contact person at the workplace' } },
          ],
        }
      : section.id === 'about'
        ? { ...section, title: { nb: 'Om stillingen', en: 'About the position' } }
        : section,
  ),
};

describe('canPublish', () => {
  it('accepts a first version and a higher version that adds, removes and changes fields', () => {
    expect(canPublish(undefined, FOLLOW_UP_PLAN_V1)).toEqual({ ok: true });
    expect(canPublish(FOLLOW_UP_PLAN_V1, V2)).toEqual({ ok: true });
  });

  it('refuses a version number that is not higher than the latest', () => {
    expect(canPublish(V2, { ...FOLLOW_UP_PLAN_V1 })).toEqual({ ok: false, code: 'FORM_TEMPLATE_VERSION_NOT_HIGHER', version: 1, latest: 2 });
    expect(canPublish(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_V1)).toMatchObject({ code: 'FORM_TEMPLATE_VERSION_NOT_HIGHER' });
  });

  it('refuses a broken template with its problems, and a version of another template', () => {
    const broken: FormTemplate = { ...V2, sections: [] };
    expect(canPublish(FOLLOW_UP_PLAN_V1, broken)).toEqual({ ok: false, code: 'FORM_TEMPLATE_INVALID', problems: [{ code: 'FORM_TEMPLATE_EMPTY', path: 'template' }] });
    expect(canPublish(FOLLOW_UP_PLAN_V1, { ...V2, key: 'other-plan' })).toMatchObject({ code: 'FORM_TEMPLATE_KEY_MISMATCH', key: 'other-plan', expectedKey: 'follow-up-plan' });
  });
});

describe('template registry', () => {
  const registry = createRegistry([FOLLOW_UP_PLAN_V1]);

  it('finds the latest version, and any version by number', () => {
    const published = registry.publish(V2);
    if (!published.ok) throw new Error('publish failed');
    expect(published.registry.versions('follow-up-plan')).toEqual([1, 2]);
    expect(published.registry.latest('follow-up-plan')).toMatchObject({ ok: true, template: { version: 2 } });
    expect(published.registry.get('follow-up-plan', 1)).toMatchObject({ ok: true, template: { version: 1 } });
  });

  it('answers FORM_TEMPLATE_VERSION_UNKNOWN for a version that does not exist, FORM_TEMPLATE_UNKNOWN for an unknown key', () => {
    expect(registry.get('follow-up-plan', 7)).toEqual({ ok: false, code: 'FORM_TEMPLATE_VERSION_UNKNOWN', key: 'follow-up-plan', version: 7 });
    expect(registry.get('sick-note', 1)).toEqual({ ok: false, code: 'FORM_TEMPLATE_UNKNOWN', key: 'sick-note' });
    expect(registry.latest('sick-note')).toEqual({ ok: false, code: 'FORM_TEMPLATE_UNKNOWN', key: 'sick-note' });
  });

  it('leaves the registry it published from unchanged', () => {
    registry.publish(V2);
    expect(registry.versions('follow-up-plan')).toEqual([1]);
  });

  it('refuses to publish the same version twice', () => {
    expect(registry.publish(FOLLOW_UP_PLAN_V1)).toMatchObject({ ok: false, code: 'FORM_TEMPLATE_VERSION_NOT_HIGHER' });
  });

  it('freezes published versions so no one can change a version forms were made with', () => {
    const published = registry.get('follow-up-plan', 1);
    if (!published.ok) throw new Error('missing');
    expect(Object.isFrozen(published.template.sections[0]?.fields[0])).toBe(true);
  });

  it('refuses to start with two templates of the same key and version', () => {
    expect(() => createRegistry([FOLLOW_UP_PLAN_V1, { ...FOLLOW_UP_PLAN_V1 }])).toThrow(/follow-up-plan v1/);
  });

  it('renders an old filled form with its own version after a new version is published', () => {
    const draft = newDraft(FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE);
    if (!draft.ok) throw new Error('draft refused');
    const stored = { key: draft.form.templateKey, version: draft.form.templateVersion, data: serializeValues(draft.form.values) };

    const published = registry.publish(V2);
    if (!published.ok) throw new Error('publish failed');
    const own = published.registry.get(stored.key, stored.version);
    if (!own.ok) throw new Error('old version lost');
    const parsed = parseValues(own.template, stored.data);
    if (!parsed.ok) throw new Error('stored data refused');
    const document = renderForm(own.template, parsed.values, { audience: 'full', lang: 'nb' });

    expect(document.meta).toMatchObject({ templateKey: 'follow-up-plan', version: 1 });
    expect(document.sections.map((section) => section.heading)).toContain('Om arbeidsforholdet');
    const adjustments = document.sections.find((section) => section.heading === 'Tilrettelegging');
    expect(adjustments?.items.find((item) => item.fieldId === 'adjustmentsTried')).toMatchObject({ text: FOLLOW_UP_PLAN_EXAMPLE.adjustmentsTried });
    // Read with the new version instead, the old answers would not fit: that is why forms keep theirs.
    const latest = published.registry.latest('follow-up-plan');
    expect(latest.ok && parseValues(latest.template, stored.data)).toMatchObject({ ok: false, code: 'FORM_VALUES_INVALID', problems: [{ code: 'FORM_FIELD_UNKNOWN', fieldId: 'adjustmentsTried' }] });
  });
});
