import { Alert, BodyLong, BodyShort, Table, VStack } from '@navikt/ds-react';
import { useLocation } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { submitPath, useMySubmissions } from '../api';
import { SubmissionStatusTag } from '../components/StatusTags';
import { submitTexts } from '../texts';
import { useSubmissionOutcome } from '../useSubmissionOutcome';
import { useForumVocabulary } from '../vocabulary';

/** `/mine-innmeldinger`: the submitter follows their deviations and proposals to the outcome. */
export function MySubmissionsPage() {
  const t = useTexts(submitTexts);
  const v = useForumVocabulary();
  const outcomeOf = useSubmissionOutcome();
  const location = useLocation();
  const justSent = (location.state as { sent?: boolean } | null)?.sent === true;
  const mine = useMySubmissions();
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t.mineTitle}</PageHeading>
        <BodyLong>{t.mineIntro}</BodyLong>
        {justSent && (
          <Alert variant="success" role="status">
            {t.sent}
          </Alert>
        )}
        <div>
          <AppLink to={submitPath()}>{t.report}</AppLink>
        </div>
      </VStack>
      {mine.isPending && <LoadingState />}
      {mine.isError && <ApiErrorAlert error={mine.error} />}
      {mine.data && mine.data.length === 0 && <BodyShort>{t.mineEmpty}</BodyShort>}
      {mine.data && mine.data.length > 0 && (
        <Table data-testid="my-submissions">
          <caption className="aksel-sr-only">{t.mineCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colTitle}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colKind}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colSent}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colStatus}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colOutcome}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {mine.data.map((submission) => (
              <Table.Row key={submission.id}>
                <Table.HeaderCell scope="row">
                  {submission.title}
                  {submission.bodyName && <BodyShort size="small" className="forums-subtle">{submission.bodyName}</BodyShort>}
                </Table.HeaderCell>
                <Table.DataCell>{v.submissionKind(submission.kind)}</Table.DataCell>
                <Table.DataCell>{formatDate(submission.createdAt)}</Table.DataCell>
                <Table.DataCell>
                  <SubmissionStatusTag status={submission.status} />
                </Table.DataCell>
                <Table.DataCell data-testid="submission-outcome">{outcomeOf(submission)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  );
}
