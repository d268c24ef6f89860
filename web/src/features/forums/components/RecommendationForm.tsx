import { Button, Checkbox, CheckboxGroup, HStack, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { THEMES } from '../fields';
import { forumErrorsFromApi } from '../serverErrors';
import { recommendationTexts } from '../texts';
import { useForumVocabulary } from '../vocabulary';

export interface RecommendationValues {
  title: string;
  summary: string;
  text: string;
  themes: string[];
  owner: string;
  administrator: string;
  changeNote: string;
}

interface Props {
  initial: RecommendationValues;
  /** A revision asks what changed; a new draft asks for owner and administrator. */
  revision: boolean;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: RecommendationValues) => Promise<unknown>;
  onCancel?: () => void;
}

const ORDER = ['title', 'summary', 'text', 'owner', 'administrator', 'themes', 'changeNote'];

/** A recommendation's texts: a new draft from cases, or a new version of an existing one. */
export function RecommendationForm({ initial, revision, submitLabel, pending, onSubmit, onCancel }: Props) {
  const t = useTexts(recommendationTexts);
  const v = useForumVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState(initial);
  const set = (patch: Partial<RecommendationValues>, field: string) => {
    setValues((old) => ({ ...old, ...patch }));
    feedback.clear(field);
  };
  const specs = Object.fromEntries(ORDER.map((key) => [key, { label: (t as unknown as Record<string, string>)[key] ?? key }]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!values.title.trim()) problems.title = t.required(t.title);
    if (!values.text.trim()) problems.text = t.required(t.text);
    // A new version says what changed: the change history is part of the record.
    if (revision && !values.changeNote.trim()) problems.changeNote = t.required(t.changeNote);
    if (Object.keys(problems).length > 0) return feedback.fail(problems);
    try {
      await onSubmit(values);
      feedback.reset();
    } catch (error) {
      const { fields, general } = forumErrorsFromApi(error, specs, t.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="forums-form" data-testid="recommendation-form">
      <VStack gap="space-16">
        <TextField id={fieldId('title')} label={t.title} value={values.title} onChange={(e) => set({ title: e.target.value }, 'title')} error={errors.title} maxLength={600} aria-required />
        <Textarea id={fieldId('summary')} label={t.summary} value={values.summary} onChange={(e) => set({ summary: e.target.value }, 'summary')} error={errors.summary} maxLength={4000} minRows={2} />
        <Textarea id={fieldId('text')} label={t.text} value={values.text} onChange={(e) => set({ text: e.target.value }, 'text')} error={errors.text} maxLength={100_000} minRows={8} aria-required />
        {!revision && (
          <>
            <TextField id={fieldId('owner')} label={t.owner} value={values.owner} onChange={(e) => set({ owner: e.target.value }, 'owner')} error={errors.owner} maxLength={600} />
            <TextField id={fieldId('administrator')} label={t.administrator} value={values.administrator} onChange={(e) => set({ administrator: e.target.value }, 'administrator')} error={errors.administrator} maxLength={600} />
          </>
        )}
        <CheckboxGroup id={fieldId('themes')} legend={t.themes} value={values.themes} onChange={(themes: string[]) => set({ themes }, 'themes')} error={errors.themes} size="small">
          {THEMES.map((theme) => (
            <Checkbox key={theme} value={theme}>
              {v.theme(theme)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {revision && (
          <Textarea id={fieldId('changeNote')} label={t.changeNote} value={values.changeNote} onChange={(e) => set({ changeNote: e.target.value }, 'changeNote')} error={errors.changeNote} maxLength={4000} minRows={2} aria-required />
        )}
        <FormFeedback feedback={feedback} order={ORDER} heading={t.fixErrors} />
        <HStack gap="space-12">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="tertiary" onClick={onCancel}>
              {t.cancel}
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
