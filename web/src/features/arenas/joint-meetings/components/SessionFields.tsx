import { HStack, TextField } from '@navikt/ds-react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { localToIso, normaliseTime, osloToday } from '../../../reachability/format';
import { jointTexts } from '../texts';

export interface SessionValues {
  date: string;
  start: string;
  end: string;
}

export const emptySession: SessionValues = { date: '', start: '', end: '' };

/** The session's start and end as instants (Norwegian time), or null when a field is missing or unreadable. */
export function sessionTimes(values: SessionValues): { startsAt: string; endsAt: string } | null {
  const start = normaliseTime(values.start);
  const end = normaliseTime(values.end);
  if (!values.date || values.date === INVALID_DATE || !start || !end) return null;
  const startsAt = localToIso(values.date, start);
  const endsAt = localToIso(values.date, end);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

/** Date, start and end of one session. */
export function SessionFields({ idPrefix, values, onChange }: { idPrefix: string; values: SessionValues; onChange: (values: SessionValues) => void }) {
  const t = useTexts(jointTexts);
  return (
    <HStack gap="space-16" align="start">
      <DateField id={`${idPrefix}-date`} label={t.date} initialValue={values.date} onChange={(date) => onChange({ ...values, date })} fromDate={osloToday()} size="small" />
      <TextField id={`${idPrefix}-start`} label={t.startTime} description={t.timeDescription} value={values.start} onChange={(e) => onChange({ ...values, start: e.target.value })} size="small" htmlSize={6} inputMode="numeric" autoComplete="off" />
      <TextField id={`${idPrefix}-end`} label={t.endTime} description={t.timeDescription} value={values.end} onChange={(e) => onChange({ ...values, end: e.target.value })} size="small" htmlSize={6} inputMode="numeric" autoComplete="off" />
    </HStack>
  );
}
