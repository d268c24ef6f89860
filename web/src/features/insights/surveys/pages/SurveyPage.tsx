import { BodyLong, BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { InfoList } from '../../../../shared/components/InfoList';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatDate } from '../../../../shared/format';
import { DateInput } from '../../../directory-admin/components/DateInput';
import { SURVEYS_PATH, useSurvey, useSurveyAction, useSurveyBank, useSurveyResults } from '../api';
import { QuestionPreview } from '../components/QuestionPreview';
import { StatusTag } from '../components/StatusTag';
import { SurveyResultsView } from '../components/SurveyResultsView';
import { surveyTexts } from '../texts';
import type { Survey } from '../types';
import { areaLabel } from './SurveysPage';

/** `/innsikt/sporreundersokelser/:id`: a round's facts, invitation counts, open/close, preview, and results beside the report. */
export function SurveyPage() {
  const t = useTexts(surveyTexts);
  const { id = '' } = useParams();
  const survey = useSurvey(id);
  const bank = useSurveyBank();
  const results = useSurveyResults(id, survey.data !== undefined && survey.data.status !== 'draft');
  if (survey.isPending || bank.isPending) return <LoadingState />;
  if (survey.isError) return <ApiErrorAlert error={survey.error} />;
  if (bank.isError) return <ApiErrorAlert error={bank.error} />;
  const s = survey.data;
  const audienceName = (a: string) => (a === 'gps' ? t.audience_gps : t.audience_nav_advisers);
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={SURVEYS_PATH}>{t.back}</AppLink>
        <PageHeading>{s.title}</PageHeading>
        <div>
          <StatusTag status={s.status} />
        </div>
        <InfoList
          items={[
            { label: t.area, value: areaLabel(s, t) },
            { label: t.audiences, value: s.audiences.map(audienceName).join(', ') },
            { label: t.questionCount, value: String(s.questionKeys.length) },
            { label: t.period, value: s.opensOn ? `${formatDate(s.opensOn)}–${formatDate(s.closesOn)}` : '' },
            { label: t.madeBy, value: s.createdBy },
          ]}
        />
      </VStack>
      {s.status === 'draft' && <BodyShort>{t.draftNote}</BodyShort>}
      {s.canManage && s.status === 'draft' && <OpenForm survey={s} />}
      {s.status !== 'draft' && <InvitationTable survey={s} />}
      {s.canManage && s.status === 'open' && <CloseButton survey={s} />}
      {s.status !== 'draft' && (
        <Section title={t.results}>
          {results.isPending && <LoadingState />}
          {results.isError && <ApiErrorAlert error={results.error} />}
          {results.data && <SurveyResultsView results={results.data} bank={bank.data} />}
        </Section>
      )}
      <Section title={t.preview}>
        <QuestionPreview bank={bank.data} questionKeys={s.questionKeys} audiences={s.audiences} />
      </Section>
    </VStack>
  );
}

function InvitationTable({ survey }: { survey: Survey }) {
  const t = useTexts(surveyTexts);
  const shown = (n: number | null) => (n === null ? t.underFive : String(n));
  return (
    <Section title={t.invitations}>
      <Table size="small" data-testid="survey-invitations">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t.audiences}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">{t.invited}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">{t.answered}</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {survey.invitations.byAudience.map((row) => (
            <Table.Row key={row.audience}>
              <Table.HeaderCell scope="row">{row.audience === 'gps' ? t.audience_gps : t.audience_nav_advisers}</Table.HeaderCell>
              <Table.DataCell align="right">{row.invited}</Table.DataCell>
              <Table.DataCell align="right">{shown(row.answered)}</Table.DataCell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t.total}</Table.HeaderCell>
            <Table.DataCell align="right">{survey.invitations.invited}</Table.DataCell>
            <Table.DataCell align="right">{survey.invitations.answered === null ? t.hiddenTotal : survey.invitations.answered}</Table.DataCell>
          </Table.Row>
        </Table.Body>
      </Table>
      <BodyShort size="small">{t.countsNote}</BodyShort>
    </Section>
  );
}

function OpenForm({ survey }: { survey: Survey }) {
  const t = useTexts(surveyTexts);
  const action = useSurveyAction(survey.id);
  const [closesOn, setClosesOn] = useState('');
  return (
    <Section title={t.openTitle}>
      <BodyLong>{t.openIntro}</BodyLong>
      <HStack gap="space-16" align="end">
        <DateInput id="survey-closes-on" label={t.closesOn} description={t.closesOnDescription} initialValue="" onChange={setClosesOn} required />
        <Button onClick={() => action.mutate({ kind: 'open', closesOn })} loading={action.isPending}>
          {t.open}
        </Button>
      </HStack>
      {action.isError && <ApiErrorAlert error={action.error} />}
    </Section>
  );
}

function CloseButton({ survey }: { survey: Survey }) {
  const t = useTexts(surveyTexts);
  const action = useSurveyAction(survey.id);
  return (
    <VStack gap="space-8">
      <BodyShort>{t.closeNote}</BodyShort>
      <div>
        <Button variant="secondary" onClick={() => action.mutate({ kind: 'close' })} loading={action.isPending}>
          {t.close}
        </Button>
      </div>
      {action.isError && <ApiErrorAlert error={action.error} />}
    </VStack>
  );
}
