import { BodyLong, Button, Table, Tag, VStack } from '@navikt/ds-react';
import { ChevronDownIcon, ChevronRightIcon } from '@navikt/aksel-icons';
import { useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { InfoList } from '../../../../shared/components/InfoList';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatDateTime } from '../../../../shared/format';
import { useSetRoundStatus, useVisitRound, visitRoundsPath } from '../api';
import { CoverageTable } from '../components/CoverageTable';
import { OfficePanel } from '../components/OfficePanel';
import { officeTexts, stageLabel, visitTexts } from '../texts';
import type { Round, VisitOffice, VisitStage } from '../types';

const STAGE_COLOUR: Record<VisitStage, 'neutral' | 'info' | 'warning' | 'success' | 'danger'> = {
  not_contacted: 'neutral',
  letter_sent: 'info',
  called: 'info',
  booked: 'warning',
  done: 'success',
  declined: 'danger',
};

/** `/moteplasser/besoksrunder/:id`: coverage per municipality, and every office with its pipeline stage and visit. */
export function VisitRoundPage() {
  const t = useTexts(visitTexts);
  const { id = '' } = useParams();
  const round = useVisitRound(id);
  const setStatus = useSetRoundStatus();
  if (round.isPending) return <LoadingState />;
  if (round.isError) return <ApiErrorAlert error={round.error} />;
  const r = round.data;
  const active = r.status === 'active';
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={visitRoundsPath}>{t.back}</AppLink>
        <PageHeading>{r.title}</PageHeading>
        {r.description && <BodyLong>{r.description}</BodyLong>}
        <InfoList
          items={[
            { label: t.status, value: active ? t.statusActive : t.statusClosed },
            { label: t.host, value: r.hostOrganisation?.name },
            { label: t.organiser, value: r.organiser?.name },
            { label: t.colArea, value: r.municipalityNumbers.join(', ') },
            { label: t.lengthBounds, value: t.minutesRange(r.minMinutes, r.maxMinutes) },
          ]}
        />
        <div>
          <Button variant="secondary" size="small" loading={setStatus.isPending} onClick={() => setStatus.mutate({ id: r.id, status: active ? 'closed' : 'active' })}>
            {active ? t.closeRound : t.reopenRound}
          </Button>
        </div>
        {setStatus.isError && <ApiErrorAlert error={setStatus.error} />}
      </VStack>
      <Section title={t.coverageTitle}>
        <CoverageTable coverage={r.coverage} />
      </Section>
      <Section title={t.officesTitle}>
        <Table data-testid="visit-offices">
          <caption className="aksel-sr-only">{t.officesCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colOffice}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colMunicipality}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colStage}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colVisit}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {r.offices.map((office) => (
              <OfficeRows key={office.id} office={office} round={r} />
            ))}
          </Table.Body>
        </Table>
      </Section>
    </VStack>
  );
}

/** An office's row, whose name opens (a disclosure button) a row below with everything to do about the office. */
function OfficeRows({ office, round }: { office: VisitOffice; round: Round }) {
  const o = useTexts(officeTexts);
  const lang = useLang();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Table.Row data-testid={`visit-office-${office.organisation.name}`}>
        <Table.HeaderCell scope="row">
          <Button
            variant="tertiary"
            size="small"
            aria-expanded={open}
            aria-controls={panelId}
            icon={open ? <ChevronDownIcon aria-hidden /> : <ChevronRightIcon aria-hidden />}
            onClick={() => setOpen((v) => !v)}
          >
            {office.organisation.name}
          </Button>
        </Table.HeaderCell>
        <Table.DataCell>{office.organisation.municipalityName ?? office.organisation.municipalityNumber}</Table.DataCell>
        <Table.DataCell>
          <Tag size="small" variant="moderate" data-color={STAGE_COLOUR[office.stage]} data-testid="visit-stage">
            {stageLabel(o, office.stage)}
          </Tag>
        </Table.DataCell>
        <Table.DataCell>{office.visitAt ? formatDateTime(office.visitAt, lang) : ''}</Table.DataCell>
      </Table.Row>
      <Table.Row id={panelId} hidden={!open}>
        <Table.DataCell colSpan={4}>{open && <OfficePanel office={office} round={round} />}</Table.DataCell>
      </Table.Row>
    </>
  );
}
