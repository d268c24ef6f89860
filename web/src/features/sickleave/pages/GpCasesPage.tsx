import { BodyLong, BodyShort, Table, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { useGpCases } from '../api';
import { AdviserContact } from '../components/AdviserContact';
import { NewSickNoteLink } from '../components/NewSickNoteLink';
import { NextDue } from '../components/NextDue';
import { CaseStatusTag } from '../components/StatusTags';
import { sickLeaveTexts } from '../texts';

/** `/sykmeldte` for a GP: their sick-listed patients, next deadline, maksdato and NAV adviser. */
export function GpCasesPage() {
  const t = useTexts(sickLeaveTexts);
  const cases = useGpCases();
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.sickListedTitle}</PageHeading>
        <BodyLong>{t.gpCasesIntro}</BodyLong>
      </VStack>
      {cases.isPending && <LoadingState />}
      {cases.isError && <ApiErrorAlert error={cases.error} />}
      {cases.data && (
        <VStack gap="space-12">
          <BodyShort id="gp-case-count" role="status">
            {cases.data.length === 0 ? t.noCases : t.casesCount(cases.data.length)}
          </BodyShort>
          {cases.data.length > 0 && (
            <div className="table-scroll">
              <Table size="small" aria-labelledby="gp-case-count" data-testid="gp-case-table">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.week}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.nextDue}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.maksdato}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.adviser}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.patientsAction}</Table.HeaderCell>
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
                      <Table.DataCell>
                        <NextDue due={item.nextDue} owner={item.nextDue?.owner} />
                      </Table.DataCell>
                      <Table.DataCell>{formatDate(item.maksdato)}</Table.DataCell>
                      <Table.DataCell>
                        <AdviserContact adviser={item.adviser} />
                      </Table.DataCell>
                      <Table.DataCell>
                        <NewSickNoteLink citizenId={item.citizen.id} name={item.citizen.name} />
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
