import { FIELD_MAX, SUBMISSION_FIELDS, TITLE_MAX } from './fields';
import type { submitTexts } from './texts';
import type { SubmissionInput, SubmissionKind } from './types';

type Texts = (typeof submitTexts)['nb'];

export interface SubmitValues {
  kind: SubmissionKind;
  bodyId: string;
  title: string;
  fields: Record<string, string>;
  themes: string[];
}

export const emptySubmitValues = (bodyId: string): SubmitValues => ({ kind: 'deviation', bodyId, title: '', fields: {}, themes: [] });

export function fieldLabel(t: Texts, key: string): string {
  const label = (t as unknown as Record<string, unknown>)[`field_${key}`];
  return typeof label === 'string' ? label : key;
}

/** The checks the server also makes (except for personal data, which only the server decides). */
export function submitProblems(values: SubmitValues, t: Texts): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.bodyId) problems.bodyId = t.chooseBodyError;
  if (!values.title.trim()) problems.title = t.required(t.title);
  else if (values.title.length > TITLE_MAX) problems.title = t.tooLong(t.title, TITLE_MAX);
  for (const field of SUBMISSION_FIELDS[values.kind]) {
    const value = values.fields[field.key] ?? '';
    const label = fieldLabel(t, field.key);
    if (field.required && !value.trim()) problems[field.key] = t.required(label);
    else if (value.length > FIELD_MAX) problems[field.key] = t.tooLong(label, FIELD_MAX);
  }
  return problems;
}

/** Only the kind's own fields are sent, without empty ones. */
export function toSubmissionInput(values: SubmitValues): SubmissionInput {
  const fields: Record<string, string> = {};
  for (const field of SUBMISSION_FIELDS[values.kind]) {
    const value = (values.fields[field.key] ?? '').trim();
    if (value) fields[field.key] = value;
  }
  return { kind: values.kind, title: values.title.trim(), fields, themes: values.themes };
}
