import { describe, expect, it } from 'vitest';
import { type FormTemplate, fieldsInOrder, findField, isEmployerVisible, isMedical } from './template.js';

const l = { nb: 'x', en: 'x' };
const template = (visibility?: FormTemplate['visibility']): FormTemplate => ({
  key: 'visibility',
  version: 1,
  title: l,
  visibility,
  sections: [
    { id: 'a', title: l, fields: [{ id: 'plain', type: 'date', label: l }, { id: 'optedOut', type: 'date', label: l, visibility: { employerVisible: false } }] },
    { id: 'b', title: l, visibility: { medical: true }, fields: [{ id: 'inMedical', type: 'date', label: l, visibility: { employerVisible: true } }] },
    { id: 'c', title: l, visibility: { employerVisible: true }, fields: [{ id: 'optedIn', type: 'date', label: l }] },
  ],
});
const visible = (t: FormTemplate) => fieldsInOrder(t).filter((placed) => isEmployerVisible(t, placed)).map(({ field }) => field.id);

describe('visibility', () => {
  it('shows the employer nothing unless the template, a section or a field opts in', () => {
    expect(visible(template())).toEqual(['optedIn']);
  });

  it('inherits the employer opt-in from the template, and lets a field opt out', () => {
    expect(visible(template({ employerVisible: true }))).toEqual(['plain', 'optedIn']);
  });

  it('never shows a medical field to the employer, even one opted in', () => {
    const t = template({ employerVisible: true });
    expect(isMedical(t, findField(t, 'inMedical')!)).toBe(true);
    expect(visible(t)).not.toContain('inMedical');
    expect(visible(template({ medical: true, employerVisible: true }))).toEqual([]);
  });

  it('lists fields in document order and finds them by id', () => {
    expect(fieldsInOrder(template()).map(({ field }) => field.id)).toEqual(['plain', 'optedOut', 'inMedical', 'optedIn']);
    expect(findField(template(), 'optedIn')?.section.id).toBe('c');
    expect(findField(template(), 'nope')).toBeUndefined();
  });
});
