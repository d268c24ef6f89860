import { Alert, BodyLong, BodyShort, Table, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { useEmployerCases } from '../api';
import { NextDue } from '../components/NextDue';
import { CaseStatusTag } from '../components/StatusTags';
import { sickLeaveTexts } from '../texts';

/** `/sykmeldte` for an employer: sick-listed employees with the employer's own next deadline. */
export function EmployerCasesPage() {
  const t = useTexts(sickLeaveTexts);
  const cases = useEmployerCases();
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.sickListedTitle}</PageHeading>
        <BodyLong>{t.employerCasesIntro}</BodyLong>
      </VStack>
      {cases.isPending && <LoadingState />}
      {cases.isError && <ApiErrorAlert error={cases.error} />}
      {cases.data === null && <Alert variant="info">{t.listNotAvailable}</Alert>}
      {cases.data && (
        <VStack gap="space-12">
          <BodyShort id="employer-case-count" role="status">
            {cases.data.length === 0 ? t.noCases : t.casesCount(cases.data.length)}
          </BodyShort>
          {cases.data.length > 0 && (
            <div className="table-scroll">
              <Table size="small" aria-labelledby="employer-case-count" data-testid="employer-case-table">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.week}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.firstDay}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.nextDue}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {cases.data.map((item) => (
                    <Table.Row key={item.caseId}>
                      <Table.HeaderCell scope="row">
                        <AppLink to={`/saker/${encodeURIComponent(item.caseId)}`}>{item.citizen.name}</AppLink>
                      </Table.HeaderCell>
                      <Table.DataCell>{item.week}</Table.DataCell>
                      <Table.DataCell>
                        <CaseStatusTag status={item.status} />
                      </Table.DataCell>
                      <Table.DataCell>{formatDate(item.firstDay)}</Table.DataCell>
                      <Table.DataCell>
                        <NextDue due={item.nextDue} />
                      </Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </VStack>
      )}
    </VStack>
  );
}
