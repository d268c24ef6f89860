import { Alert, BodyLong, BodyShort, Button, HStack, Select, Table, TextField, VStack } from '@navikt/ds-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import type { FieldErrors } from '../../directory-admin/validation';
import { useCreateShift, useDeleteShift, usePhysicians, useShifts } from '../api';
import { addDaysIso, formatRange, localToIso, normaliseTime, osloToday, weekdayOfIso } from '../format';
import { rotaTexts } from '../texts';

/** Codes of the server's refusals, and the field each concerns. */
const FIELD_OF_CODE: Record<string, string> = {
  SHIFT_OVERLAPS: 'to',
  SHIFT_TOO_LONG: 'to',
  SHIFT_END_BEFORE_START: 'to',
  PHYSICIAN_NOT_FOUND: 'person',
  ACCESS_DENIED_NO_RELATIONSHIP: 'person',
};

/** The Monday (Norwegian calendar) of the week a `YYYY-MM-DD` date is in. */
const mondayOf = (date: string) => addDaysIso(date, 1 - weekdayOfIso(date));

/** ISO 8601 week number of a `YYYY-MM-DD` date. */
function isoWeek(date: string): number {
  const thursday = addDaysIso(date, 4 - weekdayOfIso(date));
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((Date.parse(thursday) - Date.parse(yearStart)) / 86_400_000 / 7) + 1;
}

/** `/admin/vaktliste`: the advisory physicians' on-call shifts by week; add and delete shifts. */
export function RotaAdminPage() {
  const t = useTexts(rotaTexts);
  const lang = useLang();
  // Weeks are Norwegian calendar weeks, whatever zone the browser is in.
  const [weekStart, setWeekStart] = useState(() => mondayOf(osloToday()));
  const weekEnd = addDaysIso(weekStart, 7);
  const shifts = useShifts(localToIso(weekStart, '00:00')!, localToIso(weekEnd, '00:00')!);
  const remove = useDeleteShift();
  const [status, setStatus] = useState<string | null>(null);
  // After a row is deleted its button is gone: focus goes to the message saying so.
  const statusRegion = useRef<HTMLDivElement>(null);
  const moveWeek = (days: number) => setWeekStart((w) => addDaysIso(w, days));

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      <div role="status" aria-live="polite" data-testid="rota-status" ref={statusRegion} tabIndex={-1}>
        {status && (
          <Alert variant="success" size="small">
            {status}
          </Alert>
        )}
      </div>
      <Section title={t.week(isoWeek(weekStart), formatDate(weekStart), formatDate(addDaysIso(weekEnd, -1)))}>
        <HStack gap="space-8" wrap>
          <Button type="button" size="small" variant="secondary" onClick={() => moveWeek(-7)}>
            {t.previousWeek}
          </Button>
          <Button type="button" size="small" variant="tertiary" onClick={() => setWeekStart(mondayOf(osloToday()))}>
            {t.thisWeek}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={() => moveWeek(7)}>
            {t.nextWeek}
          </Button>
        </HStack>
        {remove.isError && <ApiErrorAlert error={remove.error} size="small" />}
        {shifts.isPending && <LoadingState />}
        {shifts.isError && <ApiErrorAlert error={shifts.error} />}
        {shifts.isSuccess &&
          (shifts.data.length === 0 ? (
            <BodyShort>{t.none}</BodyShort>
          ) : (
            <Table size="small" aria-label={t.tableLabel} data-testid="rota-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.time}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.physician}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.county}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.note}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">
                    <span className="aksel-sr-only">{t.removeShort}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {shifts.data.map((s) => {
                  const time = formatRange(s.startsAt, s.endsAt, lang);
                  return (
                    <Table.Row key={s.id} data-shift-id={s.id}>
                      <Table.DataCell>{time}</Table.DataCell>
                      <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                      <Table.DataCell>{s.county}</Table.DataCell>
                      <Table.DataCell>{s.note}</Table.DataCell>
                      <Table.DataCell>
                        <Button
                          type="button"
                          size="small"
                          variant="tertiary"
                          loading={remove.isPending && remove.variables === s.id}
                          aria-label={t.remove(s.name, time)}
                          onClick={() => {
                            setStatus(null);
                            remove.mutate(s.id, {
                              onSuccess: () => {
                                setStatus(t.removed);
                                requestAnimationFrame(() => statusRegion.current?.focus());
                              },
                            });
                          }}
                        >
                          {t.removeShort}
                        </Button>
                      </Table.DataCell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          ))}
      </Section>
      <Section title={t.addHeading}>
        <AddShiftForm defaultDate={weekStart > osloToday() ? weekStart : osloToday()} onAdded={() => setStatus(t.added)} />
      </Section>
    </VStack>
  );
}

function AddShiftForm({ defaultDate, onAdded }: { defaultDate: string; onAdded: () => void }) {
  const t = useTexts(rotaTexts);
  const lang = useLang();
  const physicians = usePhysicians(lang, '', '');
  const create = useCreateShift();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [person, setPerson] = useState('');
  const [date, setDate] = useState(defaultDate);
  const [from, setFrom] = useState('15:00');
  const [to, setTo] = useState('20:00');
  const [note, setNote] = useState('');
  const options = useMemo(() => physicians.data?.items ?? [], [physicians.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: FieldErrors = {};
    if (!person) found.person = t.physicianRequired;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = t.dateRequired;
    const fromTime = normaliseTime(from);
    const toTime = normaliseTime(to);
    if (!fromTime) found.from = t.timeInvalid;
    if (!toTime) found.to = t.timeInvalid;
    if (Object.keys(found).length > 0 || !fromTime || !toTime) {
      feedback.fail(found);
      return;
    }
    const startsAt = localToIso(date, fromTime)!;
    let endsAt = localToIso(date, toTime)!;
    // 20:00–08:00 is a night shift into the next day.
    if (endsAt <= startsAt) endsAt = localToIso(addDaysIso(date, 1), toTime)!;
    try {
      await create.mutateAsync({ personId: person, startsAt, endsAt, note: note.trim() || null });
      setNote('');
      onAdded();
    } catch (error) {
      const field = isApiError(error) ? FIELD_OF_CODE[error.code] : undefined;
      if (field && isApiError(error)) feedback.fail({ [field]: error.message });
      else feedback.fail({}, error);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="rota-form">
      <VStack gap="space-16">
        <Select
          id={fieldId('person')}
          label={t.physician}
          value={person}
          onChange={(e) => {
            setPerson(e.target.value);
            feedback.clear('person');
          }}
          error={errors.person}
          aria-required
        >
          <option value="">{t.choosePhysician}</option>
          {options.map((p) => (
            <option key={p.personId} value={p.personId}>
              {p.name} ({p.county})
            </option>
          ))}
        </Select>
        <HStack gap="space-16" align="start" wrap>
          <DateInput
            id={fieldId('date')}
            label={t.date}
            initialValue={date}
            onChange={(value) => {
              setDate(value);
              feedback.clear('date');
            }}
            error={errors.date}
            required
          />
          <TextField
            id={fieldId('from')}
            label={t.from}
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
              feedback.clear('from');
            }}
            error={errors.from}
            htmlSize={6}
          />
          <TextField
            id={fieldId('to')}
            label={t.to}
            description={t.toDescription}
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
              feedback.clear('to');
            }}
            error={errors.to}
            htmlSize={6}
          />
        </HStack>
        <TextField label={t.noteLabel} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        <FormFeedback feedback={feedback} order={['person', 'date', 'from', 'to']} heading={t.errorHeading} />
        <div>
          <Button type="submit" loading={create.isPending}>
            {t.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
