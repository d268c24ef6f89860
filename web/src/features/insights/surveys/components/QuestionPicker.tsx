import { Checkbox, CheckboxGroup, Fieldset, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { baselineText, shortLabel, TOPICS } from '../format';
import { surveyTexts } from '../texts';
import type { BankQuestion, QuestionBank } from '../types';

/** The report's questions by topic, each with the report's figure beside it (per audience, or pooled for the measures). */
export function QuestionPicker({ bank, chosen, onChange }: { bank: QuestionBank; chosen: string[]; onChange: (keys: string[]) => void }) {
  const t = useTexts(surveyTexts);
  const lang = useLang();
  const hint = (q: BankQuestion) =>
    q.baselines.gps?.group === 'gps_and_nav_advisers'
      ? t.baselineHintPooled(baselineText(q.baselines.gps, lang, t.approx))
      : t.baselineHint(baselineText(q.baselines.gps, lang, t.approx), baselineText(q.baselines.nav_advisers, lang, t.approx));
  return (
    <Fieldset legend={t.questionsLegend} description={t.questionsDescription}>
      <VStack gap="space-16">
        {TOPICS.map((topic) => (
          <CheckboxGroup key={topic} legend={t[`topic_${topic}`]} value={chosen} onChange={(value: string[]) => onChange(value)} size="small">
            {bank.questions
              .filter((q) => q.topic === topic)
              .map((q) => (
                <Checkbox key={q.key} value={q.key} description={hint(q)}>
                  {shortLabel(q, lang)}
                </Checkbox>
              ))}
          </CheckboxGroup>
        ))}
      </VStack>
    </Fieldset>
  );
}
