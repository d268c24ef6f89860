import { Alert, BodyLong, BodyShort, Button, Heading, Label, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { useSaveAnswers } from '../api';
import { caseTexts } from '../texts';
import type { Assessment } from '../types';

const ANSWER_MAX = 4000;

/**
 * The template's items, section by section: the reader's own answer (when assigned) and every
 * other member's answer under it, so the assessors see each other's reasoning.
 */
export function AnswersForm({ assessment, myMemberId }: { assessment: Assessment; myMemberId: string | null }) {
  const t = useTexts(caseTexts);
  const lang = useLang();
  const save = useSaveAnswers();
  const mine = (key: string) => assessment.answers.find((a) => a.memberId === myMemberId && a.itemKey === key)?.answer ?? '';
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(assessment.template.definition.sections.flatMap((s) => s.items.map((item) => [item.key, mine(item.key)]))),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Only answered items are sent; an emptied one is sent empty so it is cleared.
    const items = Object.fromEntries(Object.entries(values).filter(([key, value]) => value.trim() !== '' || mine(key) !== ''));
    save.mutate({ id: assessment.id, items });
  };
  const content = (
    <VStack gap="space-24">
      {assessment.template.definition.sections.map((section) => (
        <VStack gap="space-16" key={section.key} as="fieldset" className="forums-fieldset">
          <Heading level="3" size="small" as="legend">
            {section[lang]}
          </Heading>
          {section.items.map((item) => {
            const others = assessment.answers.filter((a) => a.itemKey === item.key && a.memberId !== myMemberId);
            return (
              <VStack gap="space-8" key={item.key}>
                {assessment.canAnswer ? (
                  <Textarea
                    label={item[lang]}
                    description={item.help?.[lang]}
                    value={values[item.key] ?? ''}
                    onChange={(e) => { setValues((old) => ({ ...old, [item.key]: e.target.value })); save.reset(); }}
                    maxLength={ANSWER_MAX}
                    minRows={2}
                    data-testid={`answer-${item.key}`}
                  />
                ) : (
                  <Label as="p">{item[lang]}</Label>
                )}
                <VStack gap="space-4" className="forums-answers">
                  {assessment.canAnswer && <BodyShort size="small" weight="semibold">{t.othersAnswers}</BodyShort>}
                  {others.length === 0 && <BodyShort size="small" className="forums-subtle">{t.noOthers}</BodyShort>}
                  {others.map((answer) => (
                    <BodyLong size="small" key={answer.memberId} className="forums-text">
                      <strong>{answer.memberName}:</strong> {answer.answer}
                    </BodyLong>
                  ))}
                </VStack>
              </VStack>
            );
          })}
        </VStack>
      ))}
    </VStack>
  );
  if (!assessment.canAnswer) return content;
  return (
    <form onSubmit={onSubmit} noValidate className="forums-form" data-testid="answers-form">
      <VStack gap="space-16">
        {content}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t.saveAnswers}
          </Button>
        </div>
        {save.isSuccess && <Alert variant="success" size="small" inline role="status">{t.answersSaved}</Alert>}
        {save.isError && <ApiErrorAlert error={save.error} />}
      </VStack>
    </form>
  );
}
