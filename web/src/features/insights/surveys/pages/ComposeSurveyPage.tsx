import { BodyShort, Button, Checkbox, CheckboxGroup, Fieldset, HStack, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { SURVEYS_PATH, surveyPath, useComposeSurvey, useSurveyBank } from '../api';
import { QuestionPicker } from '../components/QuestionPicker';
import { QuestionPreview } from '../components/QuestionPreview';
import { surveyTexts } from '../texts';
import type { Audience, QuestionBank } from '../types';

const splitNumbers = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

/** `/innsikt/sporreundersokelser/ny`: compose a round from the report's question bank, with a preview per audience. */
export function ComposeSurveyPage() {
  const t = useTexts(surveyTexts);
  const bank = useSurveyBank();
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <AppLink to={SURVEYS_PATH}>{t.back}</AppLink>
        <PageHeading>{t.composeTitle}</PageHeading>
      </VStack>
      {bank.isPending && <LoadingState />}
      {bank.isError && <ApiErrorAlert error={bank.error} />}
      {bank.data && <ComposeForm bank={bank.data} />}
    </VStack>
  );
}

function ComposeForm({ bank }: { bank: QuestionBank }) {
  const t = useTexts(surveyTexts);
  const navigate = useNavigate();
  const compose = useComposeSurvey();
  const [title, setTitle] = useState('');
  const [municipalities, setMunicipalities] = useState('');
  const [county, setCounty] = useState('');
  const [audiences, setAudiences] = useState<Audience[]>(['gps', 'nav_advisers']);
  const [chosen, setChosen] = useState<string[]>([]);
  // Kept in the bank's order whatever order they were ticked in.
  const questionKeys = bank.questions.map((q) => q.key).filter((key) => chosen.includes(key));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    compose.mutate(
      { title, questionKeys, audiences, municipalityNumbers: splitNumbers(municipalities), countyNumber: county.trim() || null },
      { onSuccess: (survey) => navigate(surveyPath(survey.id)) },
    );
  };

  return (
    <form onSubmit={submit}>
      <VStack gap="space-24">
        <TextField label={t.titleLabel} description={t.titleDescription} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        <Fieldset legend={t.areaLegend}>
          <HStack gap="space-16" wrap>
            <TextField label={t.municipalitiesLabel} description={t.municipalitiesDescription} value={municipalities} onChange={(e) => setMunicipalities(e.target.value)} />
            <TextField label={t.countyLabel} description={t.countyDescription} value={county} onChange={(e) => setCounty(e.target.value)} htmlSize={6} />
          </HStack>
        </Fieldset>
        <CheckboxGroup legend={t.audienceLegend} description={t.audienceDescription} value={audiences} onChange={(value: Audience[]) => setAudiences(value)}>
          <Checkbox value="gps">{t.audience_gps}</Checkbox>
          <Checkbox value="nav_advisers">{t.audience_nav_advisers}</Checkbox>
        </CheckboxGroup>
        <QuestionPicker bank={bank} chosen={chosen} onChange={setChosen} />
        <Section title={t.preview}>
          {questionKeys.length === 0 ? <BodyShort>{t.noQuestionsYet}</BodyShort> : <QuestionPreview bank={bank} questionKeys={questionKeys} audiences={audiences} />}
        </Section>
        {compose.isError && <ApiErrorAlert error={compose.error} />}
        <div>
          <Button type="submit" loading={compose.isPending}>
            {compose.isPending ? t.creating : t.create}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
