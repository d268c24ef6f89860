import { Alert, Fieldset, Textarea, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import type { FieldErrors } from '../../directory-admin/validation';
import { answerField, EXTENDED_QUESTIONS } from '../noteForm';
import { noteFormTexts } from '../texts';
import type { ExtendedWeek } from '../types';

interface Props {
  week: ExtendedWeek;
  /** Why the section is shown: the form's own estimate, or the server's demand. */
  hint: string;
  answers: Record<string, string>;
  onChange: (question: string, answer: string) => void;
  errors: FieldErrors;
  fieldId: (field: string) => string;
}

/** The extended questions (utdypende opplysninger) for week 7, 17 or 39. */
export function ExtendedQuestions({ week, hint, answers, onChange, errors, fieldId }: Props) {
  const t = useTexts(noteFormTexts);
  return (
    <Fieldset
      legend={t.extendedLegend(week)}
      id={fieldId('extendedQuestions')}
      error={errors.extendedQuestions}
      className="note-section"
      errorPropagation={false}
    >
      <VStack gap="space-16">
        <Alert variant="info" size="small" data-testid="extended-questions-hint">
          {hint}
        </Alert>
        {EXTENDED_QUESTIONS[week].map((q) => {
          const label = t[`q_${q.key}`];
          return (
            <Textarea
              key={q.key}
              id={fieldId(answerField(q.key))}
              label={q.optional ? t.optional(label) : label}
              value={answers[q.key] ?? ''}
              onChange={(event) => onChange(q.key, event.target.value)}
              error={errors[answerField(q.key)]}
              minRows={2}
              aria-required={!q.optional || undefined}
            />
          );
        })}
      </VStack>
    </Fieldset>
  );
}
