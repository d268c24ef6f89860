import { BodyShort, ExpansionCard, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { surveyTexts } from '../texts';
import type { Audience, QuestionBank } from '../types';

/** The questions as each audience will see them, with the answer options of each question's scale. */
export function QuestionPreview({ bank, questionKeys, audiences }: { bank: QuestionBank; questionKeys: readonly string[]; audiences: readonly Audience[] }) {
  const t = useTexts(surveyTexts);
  const lang = useLang();
  const scales = new Map(bank.scales.map((s) => [s.key, s]));
  return (
    <VStack gap="space-12">
      {audiences.map((audience) => {
        const audienceName = t[`inSentence_${audience}`];
        return (
          <ExpansionCard key={audience} aria-label={t.previewFor(audienceName)} size="small">
            <ExpansionCard.Header>
              <ExpansionCard.Title as="h3" size="small">
                {t.previewFor(audienceName)}
              </ExpansionCard.Title>
            </ExpansionCard.Header>
            <ExpansionCard.Content>
              <ol className="survey-preview">
                {questionKeys.map((key) => {
                  const question = bank.questions.find((q) => q.key === key);
                  const text = question?.wording[audience];
                  if (!question || !text) return null;
                  return (
                    <li key={key}>
                      <BodyShort weight="semibold">{text[lang]}</BodyShort>
                      <BodyShort size="small">{scales.get(question.scale)?.options.map((o) => o.text[lang]).join(' · ')}</BodyShort>
                    </li>
                  );
                })}
              </ol>
            </ExpansionCard.Content>
          </ExpansionCard>
        );
      })}
    </VStack>
  );
}
