import { BodyLong, BodyShort, Button, Checkbox, HGrid, List, Select, Table, VStack } from '@navikt/ds-react';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { useCitizens } from '../../citizens/api';
import { useWorkList } from '../api';
import { NextDue } from '../components/NextDue';
import { CaseStatusTag } from '../components/StatusTags';
import { sickLeaveTexts, workTexts } from '../texts';
import { MILESTONE_KEYS, type WorkListFilter } from '../types';
import { useVocabulary } from '../vocabulary';

interface Filters {
  milestone: string;
  mine: boolean;
  employerId: string;
  gpPersonId: string;
}
const NO_FILTERS: Filters = { milestone: '', mine: false, employerId: '', gpPersonId: '' };

function filtersFrom(params: URLSearchParams): Filters {
  return {
    milestone: params.get('milestone') ?? '',
    mine: params.get('mine') === '1',
    employerId: params.get('employer') ?? '',
    gpPersonId: params.get('gp') ?? '',
  };
}

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.milestone) params.set('milestone', filters.milestone);
  if (filters.mine) params.set('mine', '1');
  if (filters.employerId) params.set('employer', filters.employerId);
  if (filters.gpPersonId) params.set('gp', filters.gpPersonId);
  return params;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * `/arbeidsliste` (NAV): the office's open cases in the server's order (overdue first). Filters
 * live in the URL (`?milestone=&mine=1&employer=&gp=`) and are sent to the server; the employer and
 * GP choices come from the office's own cases, so there is nothing to type.
 */
export function WorkListPage() {
  const me = useSignedInUser();
  const t = useTexts(workTexts);
  const s = useTexts(sickLeaveTexts);
  const vocabulary = useVocabulary();
  const [params, setParams] = useSearchParams();
  // The controls follow local state (so a checkbox changes at once); the URL follows the state.
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(params));
  const { milestone, mine, employerId, gpPersonId } = filters;
  useEffect(() => {
    const next = toParams(filters);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [filters, params, setParams]);
  const filter: WorkListFilter = {
    ...(milestone && { milestone }),
    ...(mine && { assignedUserId: me.id }),
    ...(employerId && { employerId }),
    ...(gpPersonId && { gpPersonId }),
  };
  const filtered = Object.keys(filter).length > 0;
  const list = useWorkList(filter);
  // The unfiltered list (the same query when no filter is set) gives the employer and GP choices.
  const all = useWorkList({});
  // The work list does not name the GP; the office's people list does (their regular GP).
  const citizens = useCitizens('');

  const employers = useMemo(() => {
    const map = new Map<string, { id: string; name: string }>();
    for (const item of all.data ?? []) if (item.employer) map.set(item.employer.id, item.employer);
    return [...map.values()].sort(byName);
  }, [all.data]);
  const gps = useMemo(() => {
    const inList = new Set((all.data ?? []).map((item) => item.citizen.id));
    const map = new Map<string, { id: string; name: string }>();
    for (const c of citizens.data ?? []) if (c.regularGp && inList.has(c.id)) map.set(c.regularGp.id, c.regularGp);
    return [...map.values()].sort(byName);
  }, [all.data, citizens.data]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((previous) => ({ ...previous, [key]: value }));

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.workListTitle}</PageHeading>
        <BodyLong>{t.workListIntro}</BodyLong>
      </VStack>
      <form role="search" aria-label={t.filters} onSubmit={(event) => event.preventDefault()}>
        <VStack gap="space-16">
          <HGrid gap="space-16" columns={{ xs: 1, md: 3 }} align="end">
            <Select label={t.milestone} value={milestone} onChange={(e) => setFilter('milestone', e.target.value)} size="small">
              <option value="">{t.allMilestones}</option>
              {MILESTONE_KEYS.map((key) => (
                <option key={key} value={key}>
                  {vocabulary.milestone(key)}
                </option>
              ))}
            </Select>
            <Select label={t.employer} value={employerId} onChange={(e) => setFilter('employerId', e.target.value)} size="small">
              <option value="">{t.allEmployers}</option>
              {employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.name}
                </option>
              ))}
            </Select>
            <Select label={t.gp} value={gpPersonId} onChange={(e) => setFilter('gpPersonId', e.target.value)} size="small">
              <option value="">{t.allGps}</option>
              {gps.map((gp) => (
                <option key={gp.id} value={gp.id}>
                  {gp.name}
                </option>
              ))}
            </Select>
          </HGrid>
          <Checkbox checked={mine} onChange={(e) => setFilter('mine', e.target.checked)} size="small">
            {t.onlyMine}
          </Checkbox>
          {filtered && (
            <div>
              <Button type="button" variant="tertiary" size="small" onClick={() => setFilters(NO_FILTERS)}>
                {t.resetFilters}
              </Button>
            </div>
          )}
        </VStack>
      </form>
      {list.isPending && <LoadingState />}
      {list.isError && <ApiErrorAlert error={list.error} />}
      {list.data && (
        <VStack gap="space-12" aria-busy={list.isFetching}>
          <BodyShort id="work-list-count" role="status" aria-live="polite">
            {list.data.length === 0 ? (filtered ? t.noCasesMatching : s.noCases) : t.caseCount(list.data.length)}
          </BodyShort>
          {list.data.length > 0 && (
            <div className="table-scroll">
              <Table size="small" aria-labelledby="work-list-count" data-testid="work-list-table">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{s.name}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.week}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.status}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.overdue}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.nextDue}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.employer}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.adviser}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{s.maksdato}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {list.data.map((item) => (
                    <Table.Row key={item.caseId} data-overdue={item.overdue.length > 0 || undefined}>
                      <Table.HeaderCell scope="row">
                        <AppLink to={`/saker/${encodeURIComponent(item.caseId)}`}>{item.citizen.name}</AppLink>
                      </Table.HeaderCell>
                      <Table.DataCell>{item.week}</Table.DataCell>
                      <Table.DataCell>
                        <CaseStatusTag status={item.status} />
                      </Table.DataCell>
                      <Table.DataCell>
                        {item.overdue.length === 0 ? (
                          <BodyShort size="small">{t.noOverdue}</BodyShort>
                        ) : (
                          <List size="small">
                            {item.overdue.map((o) => (
                              <List.Item key={o.key}>
                                {vocabulary.milestone(o.key)}, {formatDate(o.dueDate)}
                              </List.Item>
                            ))}
                          </List>
                        )}
                      </Table.DataCell>
                      <Table.DataCell>
                        <NextDue due={item.nextDue} />
                      </Table.DataCell>
                      <Table.DataCell>{item.employer?.name}</Table.DataCell>
                      <Table.DataCell>{item.adviser?.name ?? t.notAssigned}</Table.DataCell>
                      <Table.DataCell>{formatDate(item.maksdato)}</Table.DataCell>
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
