import { TextField, Textarea, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateInput } from '../../directory-admin/components/DateInput';
import { formTexts } from '../texts-forms';

export interface CommonValues {
  title: string;
  description: string;
  location: string;
  capacity: string;
  deadline: string;
  municipalities: string;
}

export type CommonProblems = Partial<Record<keyof CommonValues, string>>;

export const emptyCommon = (capacity: string): CommonValues => ({ title: '', description: '', location: '', capacity, deadline: '', municipalities: '' });

/** The fields every arena has: title, description, place, places, deadline and area. */
export function CommonFields({ values, problems, onChange }: { values: CommonValues; problems: CommonProblems; onChange: (next: Partial<CommonValues>) => void }) {
  const t = useTexts(formTexts);
  return (
    <VStack gap="space-16">
      <TextField label={t.title} value={values.title} onChange={(e) => onChange({ title: e.target.value })} maxLength={200} error={problems.title} aria-required />
      <Textarea label={t.description} value={values.description} onChange={(e) => onChange({ description: e.target.value })} maxLength={10_000} minRows={3} />
      <TextField label={t.location} value={values.location} onChange={(e) => onChange({ location: e.target.value })} maxLength={300} />
      <TextField label={t.municipalities} description={t.municipalitiesHelp} value={values.municipalities} onChange={(e) => onChange({ municipalities: e.target.value })} error={problems.municipalities} aria-required />
      <TextField label={t.capacity} htmlSize={6} inputMode="numeric" value={values.capacity} onChange={(e) => onChange({ capacity: e.target.value.replace(/\D/g, '') })} error={problems.capacity} />
      <DateInput id="arena-deadline" label={t.deadline} initialValue={values.deadline} onChange={(value) => onChange({ deadline: value })} error={problems.deadline} />
    </VStack>
  );
}

const MUNICIPALITY = /^\d{4}$/;

/** Checks the common fields; returns the problems (empty when fine) and the parsed parts. */
export function checkCommon(values: CommonValues, t: { required: string; invalidMunicipalities: string; invalidNumber: string }) {
  const municipalityNumbers = values.municipalities.split(/[\s,;]+/).filter(Boolean);
  const problems: CommonProblems = {};
  if (!values.title.trim()) problems.title = t.required;
  if (municipalityNumbers.length === 0 || municipalityNumbers.some((m) => !MUNICIPALITY.test(m))) problems.municipalities = t.invalidMunicipalities;
  if (values.capacity && !(Number(values.capacity) >= 1)) problems.capacity = t.invalidNumber;
  if (values.deadline === 'invalid') problems.deadline = t.invalidNumber;
  return {
    problems,
    common: {
      title: values.title.trim(),
      description: values.description.trim() || undefined,
      location: values.location.trim() || undefined,
      capacity: values.capacity ? Number(values.capacity) : null,
      // The deadline is the end of the chosen day in Norway.
      signupDeadline: /^\d{4}-\d{2}-\d{2}$/.test(values.deadline) ? new Date(`${values.deadline}T23:59:00+01:00`).toISOString() : null,
      municipalityNumbers,
    },
  };
}
