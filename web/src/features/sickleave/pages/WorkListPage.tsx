import { BodyLong, BodyShort, Button, Checkbox, HGrid, List, Pagination, Select, Table, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { useWorkList, useWorkListOptions } from '../api';
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
  /** 1-based. */
  page: number;
}
const NO_FILTERS: Filters = { milestone: '', mine: false, employerId: '', gpPersonId: '', page: 1 };
const PAGE_SIZE = 50;

function filtersFrom(params: URLSearchParams): Filters {
  const page = Number(params.get('side'));
  return {
    milestone: params.get('milestone') ?? '',
    mine: params.get('mine') === '1',
    employerId: params.get('employer') ?? '',
    gpPersonId: params.get('gp') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

function toParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.milestone) params.set('milestone', filters.milestone);
  if (filters.mine) params.set('mine', '1');
  if (filters.employerId) params.set('employer', filters.employerId);
  if (filters.gpPersonId) params.set('gp', filters.gpPersonId);
  if (filters.page > 1) params.set('side', String(filters.page));
  return params;
}

/**
 * `/arbeidsliste` (NAV): the office's open cases in the server's order (overdue first), 50 to a
 * page. Filters and page live in the URL (`?milestone=&mine=1&employer=&gp=&side=`) and are sent
 * to the server; the employer and GP choices come from the office's own open cases, so there is
 * nothing to type.
 */
export function WorkListPage() {
  const me = useSignedInUser();
  const t = useTexts(workTexts);
  const s = useTexts(sickLeaveTexts);
  const vocabulary = useVocabulary();
  const [params, setParams] = useSearchParams();
  // The controls follow local state (so a checkbox changes at once); the URL follows the state.
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(params));
  const { milestone, mine, employerId, gpPersonId, page } = filters;
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
  const list = useWorkList({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const options = useWorkListOptions();
  const employers = options.data?.employers ?? [];
  const gps = options.data?.gps ?? [];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  // A new filter starts on the first page.
  const setFilter = <K extends Exclude<keyof Filters, 'page'>>(key: K, value: Filters[K]) => setFilters((previous) => ({ ...previous, [key]: value, page: 1 }));
  const goTo = (next: number) => {
    setFilters((previous) => ({ ...previous, page: next }));
    document.getElementById('work-list-count')?.focus();
  };
  const items = list.data?.items ?? [];

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
          <BodyShort id="work-list-count" role="status" aria-live="polite" tabIndex={-1}>
            {list.data.total === 0
              ? filtered
                ? t.noCasesMatching
                : s.noCases
              : t.casePage(list.data.total, list.data.overdueTotal, list.data.offset + 1, list.data.offset + items.length)}
          </BodyShort>
          {items.length > 0 && (
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
                  {items.map((item) => (
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
                      <Table.DataCell>{item.maksdato ? formatDate(item.maksdato) : ''}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          {pages > 1 && (
            <Pagination
              page={Math.min(page, pages)}
              count={pages}
              onPageChange={goTo}
              size="small"
              prevNextTexts
              srHeading={{ tag: 'h2', text: t.pages }}
              data-testid="work-list-pages"
            />
          )}
        </VStack>
      )}
    </VStack>
  );
}
