import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { arenaPath, useArena, useComputeTablePlan, useMoveInPlan, useTablePlan } from '../api';
import { formTexts } from '../texts-forms';
import type { PlanPerson, TablePlan } from '../types';

/**
 * `/moteplasser/:id/bordplan`: the course's table plan — computed, then adjusted by hand. Tables
 * are lists; a person moves with a select and a button (no dragging needed), and the warnings
 * (a table without a GP, someone not seated) are shown as they stand.
 */
export function TablePlanPage() {
  const { id = '' } = useParams();
  const t = useTexts(formTexts);
  const arena = useArena(id);
  const plan = useTablePlan(id);
  const missing = plan.isError && isApiError(plan.error) && plan.error.code === 'ARENA_TABLE_PLAN_MISSING';
  return (
    <VStack gap="space-24">
      <AppLink to={arenaPath(id)}>{t.backToArena}</AppLink>
      <PageHeading>{t.planTitle(arena.data?.title ?? '')}</PageHeading>
      <BodyLong>{t.planIntro}</BodyLong>
      <ComputeForm arenaId={id} plan={plan.data} />
      {plan.isPending && <LoadingState />}
      {missing && <BodyShort>{t.noPlan}</BodyShort>}
      {plan.isError && !missing && <ApiErrorAlert error={plan.error} />}
      {plan.data && <PlanView arenaId={id} plan={plan.data} />}
    </VStack>
  );
}

function ComputeForm({ arenaId, plan }: { arenaId: string; plan: TablePlan | undefined }) {
  const t = useTexts(formTexts);
  const compute = useComputeTablePlan();
  const [tables, setTables] = useState(String(plan?.tableCount ?? 18));
  const [seats, setSeats] = useState(String(plan?.seatsPerTable ?? 8));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    compute.mutate({ id: arenaId, tableCount: Number(tables), seatsPerTable: Number(seats) });
  };
  return (
    <form onSubmit={onSubmit} data-testid="table-plan-form">
      <VStack gap="space-12">
        <HStack gap="space-12" align="end">
          <TextField label={t.tableCount} htmlSize={4} inputMode="numeric" value={tables} onChange={(e) => setTables(e.target.value.replace(/\D/g, ''))} />
          <TextField label={t.seatsPerTable} htmlSize={4} inputMode="numeric" value={seats} onChange={(e) => setSeats(e.target.value.replace(/\D/g, ''))} />
          <Button type="submit" loading={compute.isPending} disabled={!(Number(tables) > 0 && Number(seats) > 0)}>
            {plan ? t.recompute : t.compute}
          </Button>
        </HStack>
        {compute.isError && <ApiErrorAlert error={compute.error} size="small" />}
      </VStack>
    </form>
  );
}

function PlanView({ arenaId, plan }: { arenaId: string; plan: TablePlan }) {
  const t = useTexts(formTexts);
  const used = plan.tables.filter((tbl) => tbl.people.length > 0).length;
  const warnings = plan.warnings.map((w) =>
    w.kind === 'table_without_gp' ? t.warning_table_without_gp(w.table ?? 0) : w.kind === 'table_without_nav' ? t.warning_table_without_nav(w.table ?? 0) : w.kind === 'over_capacity' ? t.warning_over_capacity(w.table ?? 0) : w.kind === 'unseated' ? t.warning_unseated : t.warning_other,
  );
  return (
    <VStack gap="space-16">
      <BodyShort>{t.mixed(plan.mixedTables, used)}</BodyShort>
      {warnings.length > 0 && (
        <Alert variant="warning" size="small" data-testid="plan-warnings">
          <ul className="arenas-agenda">
            {[...new Set(warnings)].map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      {plan.unseated.length > 0 && (
        <Section title={t.unseated}>
          <PeopleList arenaId={arenaId} plan={plan} people={plan.unseated} from={null} />
        </Section>
      )}
      <ul className="arenas-tables" data-testid="tables">
        {plan.tables.map((table) => (
          <li key={table.number}>
            <Box padding="space-12" borderWidth="1" borderRadius="8" className="arenas-table-card">
              <Heading level="2" size="xsmall" spacing>
                {t.table(table.number)} ({t.tableSummary(table.people.filter((p) => p.isGp).length, table.people.filter((p) => p.isNav).length)})
              </Heading>
              {table.people.length === 0 ? <BodyShort size="small">{t.emptyTable}</BodyShort> : <PeopleList arenaId={arenaId} plan={plan} people={table.people} from={table.number} />}
            </Box>
          </li>
        ))}
      </ul>
    </VStack>
  );
}

function PeopleList({ arenaId, plan, people, from }: { arenaId: string; plan: TablePlan; people: PlanPerson[]; from: number | null }) {
  return (
    <ul>
      {people.map((p) => (
        <li key={p.participantId}>
          <PersonRow arenaId={arenaId} plan={plan} person={p} from={from} />
        </li>
      ))}
    </ul>
  );
}

function PersonRow({ arenaId, plan, person, from }: { arenaId: string; plan: TablePlan; person: PlanPerson; from: number | null }) {
  const t = useTexts(formTexts);
  const move = useMoveInPlan();
  const [to, setTo] = useState('');
  const others = plan.tables.filter((tbl) => tbl.number !== from);
  return (
    <VStack gap="space-4" paddingBlock="space-4">
      <BodyShort size="small">
        {person.name} – {person.isGp ? t.gp : person.isNav ? t.nav : ''}
        {person.organisationName ? `, ${person.organisationName}` : ''}
        {person.municipalityNumber ? ` (${person.municipalityNumber})` : ''}
      </BodyShort>
      <HStack gap="space-8" align="end">
        <Select label={t.moveTo(person.name)} hideLabel size="small" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t.moveTo(person.name)}</option>
          {others.map((tbl) => (
            <option key={tbl.number} value={String(tbl.number)} disabled={tbl.people.length >= plan.seatsPerTable}>
              {t.table(tbl.number)} ({tbl.people.length}/{plan.seatsPerTable})
            </option>
          ))}
        </Select>
        <Button size="xsmall" variant="secondary" disabled={!to} loading={move.isPending} onClick={() => move.mutate({ id: arenaId, participantId: person.participantId, tableNumber: Number(to) })} aria-label={`${t.move}: ${person.name}`}>
          {t.move}
        </Button>
      </HStack>
      {move.isError && <ApiErrorAlert error={move.error} size="small" />}
    </VStack>
  );
}
