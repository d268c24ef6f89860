import { describe, expect, it } from 'vitest';
import { fieldsInOrder, findField, isEmployerVisible, isMedical } from '../template.js';
import { validateTemplate } from '../validate-template.js';
import { submitValues } from '../values.js';
import {
  FOLLOW_UP_PLAN_EXAMPLE,
  FUNCTION_IN_WORK_LATER,
  FUNCTION_IN_WORK_START,
  ICIT_JOB_LIST_EXAMPLE,
  ICIT_OPTIONS_LIST_EXAMPLE,
  ICIT_PROBLEM_LIST_EXAMPLE,
  JOB_SUPPORT_PLAN_EXAMPLE,
  PROS_AND_CONS_EXAMPLE,
  RETURN_TO_WORK_PLAN_EXAMPLE,
} from './examples.js';
import {
  FOLLOW_UP_PLAN_V1,
  FUNCTION_IN_WORK_V1,
  ICIT_JOB_LIST_V1,
  ICIT_OPTIONS_LIST_V1,
  ICIT_PROBLEM_LIST_V1,
  JOB_SUPPORT_PLAN_V1,
  PROS_AND_CONS_V1,
  RETURN_TO_WORK_PLAN_V1,
  SHIPPED_TEMPLATES,
  shippedRegistry,
} from './registry.js';

const examples = [
  [FOLLOW_UP_PLAN_V1, FOLLOW_UP_PLAN_EXAMPLE],
  [FUNCTION_IN_WORK_V1, FUNCTION_IN_WORK_START],
  [FUNCTION_IN_WORK_V1, FUNCTION_IN_WORK_LATER],
  [ICIT_PROBLEM_LIST_V1, ICIT_PROBLEM_LIST_EXAMPLE],
  [ICIT_JOB_LIST_V1, ICIT_JOB_LIST_EXAMPLE],
  [ICIT_OPTIONS_LIST_V1, ICIT_OPTIONS_LIST_EXAMPLE],
  [RETURN_TO_WORK_PLAN_V1, RETURN_TO_WORK_PLAN_EXAMPLE],
  [PROS_AND_CONS_V1, PROS_AND_CONS_EXAMPLE],
  [JOB_SUPPORT_PLAN_V1, JOB_SUPPORT_PLAN_EXAMPLE],
] as const;

describe('shipped templates', () => {
  it('ships the seven forms of issue 7 and the job-support plan of issue 8, each as version 1 under its own key', () => {
    expect(SHIPPED_TEMPLATES.map((template) => [template.key, template.version])).toEqual([
      ['follow-up-plan', 1],
      ['function-in-work', 1],
      ['icit-problem-list', 1],
      ['icit-job-list', 1],
      ['icit-options-list', 1],
      ['return-to-work-plan', 1],
      ['pros-and-cons', 1],
      ['job-support-plan', 1],
    ]);
  });

  it('are all publishable: no template problems, every text in bokmål and English', () => {
    for (const template of SHIPPED_TEMPLATES) expect(validateTemplate(template), template.key).toEqual([]);
  });

  it('register without error, with the latest version found by key', () => {
    const registry = shippedRegistry();
    expect(registry.keys()).toHaveLength(8);
    expect(registry.latest('icit-job-list')).toMatchObject({ ok: true, template: { key: 'icit-job-list', version: 1 } });
  });

  it('accept a complete, realistic example of each form on submit', () => {
    for (const [template, values] of examples) expect(submitValues(template, values), template.key).toMatchObject({ ok: true });
  });

  it('show the employer the follow-up plan and the job list, and nothing of the other forms', () => {
    const employerFields = (template: (typeof SHIPPED_TEMPLATES)[number]) => fieldsInOrder(template).filter((placed) => isEmployerVisible(template, placed));
    expect(employerFields(FOLLOW_UP_PLAN_V1)).toHaveLength(fieldsInOrder(FOLLOW_UP_PLAN_V1).length);
    expect(employerFields(ICIT_JOB_LIST_V1)).toHaveLength(fieldsInOrder(ICIT_JOB_LIST_V1).length);
    for (const template of [FUNCTION_IN_WORK_V1, ICIT_PROBLEM_LIST_V1, ICIT_OPTIONS_LIST_V1, RETURN_TO_WORK_PLAN_V1, PROS_AND_CONS_V1, JOB_SUPPORT_PLAN_V1]) {
      expect(employerFields(template), template.key).toEqual([]);
    }
  });

  it('mark the problem list and the symptoms in "Funksjon i arbeid" as medical', () => {
    for (const placed of fieldsInOrder(ICIT_PROBLEM_LIST_V1)) expect(isMedical(ICIT_PROBLEM_LIST_V1, placed)).toBe(true);
    expect(isMedical(FUNCTION_IN_WORK_V1, findField(FUNCTION_IN_WORK_V1, 'symptoms')!)).toBe(true);
    expect(fieldsInOrder(FOLLOW_UP_PLAN_V1).some((placed) => isMedical(FOLLOW_UP_PLAN_V1, placed))).toBe(false);
  });

  it('give the follow-up plan concrete work tasks that can be done as before, with adjustments or not now', () => {
    const field = findField(FOLLOW_UP_PLAN_V1, 'workTasks')?.field;
    expect(field).toMatchObject({ type: 'table', required: true, minRows: 1 });
    const status = field?.type === 'table' ? field.columns.find((column) => column.id === 'status') : undefined;
    expect(status?.type === 'choice' && status.options.map((option) => option.label.nb)).toEqual(['Kan gjøres som før', 'Kan gjøres med tilrettelegging', 'Kan ikke gjøres nå']);
    expect(fieldsInOrder(FOLLOW_UP_PLAN_V1).flatMap(({ field: one }) => (one.type === 'approval' ? [one.role] : []))).toEqual(['employee', 'employer']);
    expect(findField(FOLLOW_UP_PLAN_V1, 'evaluationDate')?.field).toMatchObject({ type: 'date', required: true });
  });

  it('give "Funksjon i arbeid" scales where a higher number means better function, so rounds can be compared', () => {
    const scales = fieldsInOrder(FUNCTION_IN_WORK_V1).flatMap(({ field }) => (field.type === 'scale' ? [field] : []));
    expect(scales.length).toBeGreaterThanOrEqual(10);
    for (const scale of scales) expect(scale.better, scale.id).toBe('higher');
  });

  it('give the job-support plan what the person likes, challenges, possibilities, openness (a choice and a text), adjustments and next steps', () => {
    const ids = fieldsInOrder(JOB_SUPPORT_PLAN_V1).map(({ field }) => field.id);
    expect(ids).toEqual(['likes', 'challenges', 'possibilities', 'openness', 'opennessText', 'adjustments', 'nextSteps']);
    const openness = findField(JOB_SUPPORT_PLAN_V1, 'openness')?.field;
    expect(openness?.type === 'choice' && openness.options.map((option) => option.value)).toEqual(['open', 'partly', 'not_open', 'undecided']);
    expect(findField(JOB_SUPPORT_PLAN_V1, 'nextSteps')?.field).toMatchObject({ type: 'table', required: true, minRows: 1 });
    expect(submitValues(JOB_SUPPORT_PLAN_V1, { likes: 'Kundene' })).toMatchObject({ ok: false });
  });
});
