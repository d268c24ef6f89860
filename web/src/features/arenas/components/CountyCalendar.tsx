import { BodyShort, Button, HStack, Select, Table, Tag, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDateTime } from '../../../shared/format';
import { DateInput } from '../../directory-admin/components/DateInput';
import { arenaPath, useCountyCalendar } from '../api';
import { listTexts } from '../texts';
import type { ArenaKind } from '../types';
import { useArenaVocabulary } from '../vocabulary';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const KINDS: ArenaKind[] = ['small_group_series', 'course', 'joint_meeting', 'meeting_place'];

/** Every session in a county over a period, filterable by kind (no names: titles, times, places, counts). */
export function CountyCalendar() {
  const t = useTexts(listTexts);
  const v = useArenaVocabulary();
  const lang = useLang();
  const [filter, setFilter] = useState({ county: '', from: '', to: '', kind: '' });
  const [draft, setDraft] = useState(filter);
  const calendar = useCountyCalendar(filter.county, filter.from, filter.to, filter.kind);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
  };
  const data = calendar.data;
  return (
    <VStack gap="space-16">
      <form onSubmit={onSubmit} aria-label={t.tabCounty}>
        <HStack gap="space-12" align="end" wrap>
          <TextField label={t.county} size="small" htmlSize={4} maxLength={2} inputMode="numeric" value={draft.county || data?.county || ''} onChange={(e) => setDraft((d) => ({ ...d, county: e.target.value.replace(/\D/g, '') }))} />
          <DateInput id="arena-calendar-from" label={t.from} initialValue={draft.from} onChange={(value) => setDraft((d) => ({ ...d, from: ISO.test(value) ? value : '' }))} />
          <DateInput id="arena-calendar-to" label={t.to} initialValue={draft.to} onChange={(value) => setDraft((d) => ({ ...d, to: ISO.test(value) ? value : '' }))} />
          <Select label={t.kind} size="small" value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value }))}>
            <option value="">{t.allKinds}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {v.kind(k)}
              </option>
            ))}
          </Select>
          <Button size="small" type="submit" variant="secondary">
            {t.show}
          </Button>
        </HStack>
      </form>
      {calendar.isPending && <LoadingState />}
      {calendar.isError && <ApiErrorAlert error={calendar.error} />}
      {data && (
        <Table size="small" data-testid="county-calendar">
          <caption>{t.calendarCaption(data.countyName ?? data.county, data.sessions.length)}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.when}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.what}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.kind}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.where}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.seatsColumn}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.sessions.map((s) => (
              <Table.Row key={s.sessionId}>
                <Table.DataCell>
                  {formatDateTime(s.startsAt, lang)} {s.status === 'cancelled' && <Tag size="xsmall" variant="error">{v.session('cancelled')}</Tag>}
                </Table.DataCell>
                <Table.DataCell>
                  <AppLink to={arenaPath(s.arenaId)}>{s.arenaTitle}</AppLink>
                </Table.DataCell>
                <Table.DataCell>{v.kind(s.kind)}</Table.DataCell>
                <Table.DataCell>{s.location}</Table.DataCell>
                <Table.DataCell align="right">{s.capacity ? `${s.signedUp}/${s.capacity}` : s.signedUp}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && data.sessions.length === 0 && <BodyShort>—</BodyShort>}
    </VStack>
  );
}
