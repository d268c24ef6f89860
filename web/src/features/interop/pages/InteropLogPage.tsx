import { BodyLong, BodyShort, Button, Detail, HStack, Pagination, Select, Table, VStack } from '@navikt/ds-react';
import type { MouseEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDateTime } from '../../../shared/format';
import { formatNumber } from '../../dialogue/format';
import { useInteropLog } from '../api';
import { InteropErrors } from '../components/InteropErrors';
import { InteropStatusTag } from '../components/InteropStatusTag';
import { interopLogTexts } from '../texts';
import { NATIONAL_STATUSES, type InteropLogItem, type NationalDirection, type NationalStatusValue } from '../types';
import { useInteropVocabulary } from '../vocabulary';
import '../interop.css';

export const INTEROP_LOG_PAGE_SIZE = 50;
const COUNT_ID = 'interop-log-count';
const DIRECTIONS: readonly NationalDirection[] = ['out', 'in'];

const isDirection = (value: string | null): value is NationalDirection => DIRECTIONS.includes(value as NationalDirection);
const isStatus = (value: string | null): value is NationalStatusValue => NATIONAL_STATUSES.includes(value as NationalStatusValue);

/** `/admin/meldinger?retning=&status=&side=`: the filters and the page are kept in the URL. */
function useLogParams() {
  const [search, setSearch] = useSearchParams();
  const direction = search.get('retning');
  const status = search.get('status');
  const page = Number(search.get('side'));
  const params = {
    direction: isDirection(direction) ? direction : undefined,
    status: isStatus(status) ? status : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  const update = (next: { direction?: string; status?: string; page?: number }) => {
    const merged = { ...params, ...next };
    const out = new URLSearchParams();
    if (merged.direction) out.set('retning', merged.direction);
    if (merged.status) out.set('status', merged.status);
    if (merged.page && merged.page > 1) out.set('side', String(merged.page));
    setSearch(out, { replace: true });
  };
  return { params, update };
}

function formatSize(bytes: number, lang: 'nb' | 'en'): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
}

/**
 * The administrators' log of national messages (MsgHead + Dialogmelding) in and out: status,
 * the receiver's or our own errors and schema deviations, never the content. A row opens the
 * document (an audited read).
 */
export function InteropLogPage() {
  const t = useTexts(interopLogTexts);
  const { params, update } = useLogParams();
  const log = useInteropLog({
    ...(params.direction && { direction: params.direction }),
    ...(params.status && { status: params.status }),
    limit: INTEROP_LOG_PAGE_SIZE,
    offset: (params.page - 1) * INTEROP_LOG_PAGE_SIZE,
  });
  const filtered = Boolean(params.direction || params.status);
  const data = log.data;
  const items = data?.items ?? [];
  const pages = data ? Math.max(1, Math.ceil(data.total / INTEROP_LOG_PAGE_SIZE)) : 1;
  const first = (params.page - 1) * INTEROP_LOG_PAGE_SIZE + 1;
  const goTo = (page: number) => {
    update({ page });
    document.getElementById(COUNT_ID)?.focus();
  };

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      <HStack gap="space-16" align="end" wrap role="group" aria-label={t.filters}>
        <Select label={t.direction} size="small" value={params.direction ?? ''} onChange={(e) => update({ direction: e.target.value || undefined, page: 1 })}>
          <option value="">{t.directionAll}</option>
          <option value="out">{t.direction_out}</option>
          <option value="in">{t.direction_in}</option>
        </Select>
        <Select label={t.status} size="small" value={params.status ?? ''} onChange={(e) => update({ status: e.target.value || undefined, page: 1 })}>
          <option value="">{t.statusAll}</option>
          {NATIONAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t[`status_${status}`]}
            </option>
          ))}
        </Select>
        {filtered && (
          <Button type="button" size="small" variant="tertiary" onClick={() => update({ direction: undefined, status: undefined, page: 1 })}>
            {t.resetFilters}
          </Button>
        )}
      </HStack>
      {log.isPending && <LoadingState />}
      {log.isError && <ApiErrorAlert error={log.error} />}
      {data && (
        <VStack gap="space-12" aria-busy={log.isFetching}>
          <BodyShort id={COUNT_ID} role="status" aria-live="polite" tabIndex={-1} className="focus-target">
            {data.total === 0
              ? filtered
                ? t.emptyFiltered
                : t.empty
              : data.total > items.length
                ? t.showing(first, first + items.length - 1, data.total)
                : t.count(data.total)}
          </BodyShort>
          {items.length > 0 && <InteropLogTable items={items} />}
          {pages > 1 && (
            <Pagination
              page={Math.min(params.page, pages)}
              count={pages}
              onPageChange={goTo}
              size="small"
              prevNextTexts
              srHeading={{ tag: 'h2', text: t.pages }}
              data-testid="interop-log-pages"
            />
          )}
        </VStack>
      )}
    </VStack>
  );
}

function InteropLogTable({ items }: { items: InteropLogItem[] }) {
  const t = useTexts(interopLogTexts);
  const lang = useLang();
  const vocabulary = useInteropVocabulary();
  const navigate = useNavigate();
  const pathOf = (item: InteropLogItem) => `/admin/meldinger/${encodeURIComponent(item.id)}`;
  // A click anywhere on the row opens it (the link in the first cell is the keyboard's way).
  const open = (item: InteropLogItem) => (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea')) return;
    if (window.getSelection()?.toString()) return;
    navigate(pathOf(item));
  };
  return (
    <div className="table-scroll">
      <Table size="small" aria-label={t.title} data-testid="interop-log-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.message}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.direction}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.counterpart}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.at}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.errors}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((item) => {
            const how = [vocabulary.transport(item.transport), vocabulary.envelope(item.envelope), item.sizeBytes !== null ? formatSize(item.sizeBytes, lang) : '']
              .filter(Boolean)
              .join(', ');
            return (
              <Table.Row
                key={item.id}
                className="interop-log__row"
                onClick={open(item)}
                data-log-id={item.id}
                data-msg-id={item.msgId ?? ''}
                data-direction={item.direction}
                data-status={item.status}
              >
                <Table.HeaderCell scope="row">
                  <AppLink to={pathOf(item)}>{vocabulary.type(item.type)}</AppLink>
                  {item.code && item.code.value !== null && <Detail className="interop-log__meta">{t.code(item.code.system, item.code.value)}</Detail>}
                  {how && (
                    <Detail textColor="subtle" className="interop-log__meta">
                      {how}
                    </Detail>
                  )}
                </Table.HeaderCell>
                <Table.DataCell>{vocabulary.direction(item.direction)}</Table.DataCell>
                <Table.DataCell>{item.counterpart ?? '–'}</Table.DataCell>
                <Table.DataCell>
                  <BodyShort size="small">
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang)}</time>
                  </BodyShort>
                  {item.sentAt && item.direction === 'out' && <Detail textColor="subtle">{t.sentAt(formatDateTime(item.sentAt, lang))}</Detail>}
                  {item.acknowledgedAt && item.status !== 'failed' && <Detail textColor="subtle">{t.acknowledgedAt(formatDateTime(item.acknowledgedAt, lang))}</Detail>}
                </Table.DataCell>
                <Table.DataCell>
                  <InteropStatusTag status={item.status} />
                </Table.DataCell>
                <Table.DataCell>
                  {item.errors.length === 0 && item.schemaWarnings === 0 && <BodyShort size="small">{t.noErrors}</BodyShort>}
                  {item.errors.length > 0 && <InteropErrors errors={item.errors} />}
                  {item.schemaWarnings > 0 && <Detail>{t.schemaWarningsCount(item.schemaWarnings)}</Detail>}
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
