import { BodyLong, BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { formatDate } from '../../../../shared/format';
import { NEW_SURVEY_PATH, surveyPath, useSurveys } from '../api';
import { StatusTag } from '../components/StatusTag';
import { surveyTexts, type SurveyTexts } from '../texts';
import type { Survey } from '../types';

export const areaLabel = (survey: Survey, t: SurveyTexts) =>
  survey.area.names.length > 0 ? survey.area.names.join(', ') : t.county(survey.area.countyNumber);

export const answeredLabel = (survey: Survey, t: SurveyTexts) => `${survey.invitations.answered ?? t.underFive} / ${survey.invitations.invited}`;

/** `/innsikt/sporreundersokelser`: every round, newest first, with status and how many answered. */
export function SurveysPage() {
  const t = useTexts(surveyTexts);
  const surveys = useSurveys();
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <HStack>
          <Button as={RouterLink} to={NEW_SURVEY_PATH}>
            {t.newSurvey}
          </Button>
        </HStack>
      </VStack>
      {surveys.isPending && <LoadingState />}
      {surveys.isError && <ApiErrorAlert error={surveys.error} />}
      {surveys.data && surveys.data.length === 0 && <BodyShort>{t.none}</BodyShort>}
      {surveys.data && surveys.data.length > 0 && (
        <Table size="small" data-testid="survey-list">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colTitle}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colArea}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colStatus}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colPeriod}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colAnswered}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {surveys.data.map((survey) => (
              <Table.Row key={survey.id}>
                <Table.HeaderCell scope="row">
                  <AppLink to={surveyPath(survey.id)}>{survey.title}</AppLink>
                </Table.HeaderCell>
                <Table.DataCell>{areaLabel(survey, t)}</Table.DataCell>
                <Table.DataCell>
                  <StatusTag status={survey.status} />
                </Table.DataCell>
                <Table.DataCell>{survey.opensOn ? `${formatDate(survey.opensOn)}–${formatDate(survey.closesOn)}` : ''}</Table.DataCell>
                <Table.DataCell align="right">{answeredLabel(survey, t)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  );
}
