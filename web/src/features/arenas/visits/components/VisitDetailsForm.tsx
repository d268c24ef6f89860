import { Alert, Button, Checkbox, CheckboxGroup, Heading, HStack, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { DateField } from '../../../dialogue/components/DateField';
import { formatTime, localToIso, normaliseTime, osloToday } from '../../../reachability/format';
import { useRoundStaff, useUpdateVisit } from '../api';
import { formatLabel, officeTexts } from '../texts';
import { VISIT_FORMATS, type DetailsInput, type Round, type VisitFormat, type VisitOffice } from '../types';

/** The visit itself: format, length within the round's bounds, who goes, notes, and (while booked) its time. */
export function VisitDetailsForm({ office, round }: { office: VisitOffice; round: Round }) {
  const t = useTexts(officeTexts);
  const id = useId();
  const staff = useRoundStaff(round.id);
  const update = useUpdateVisit();
  const [format, setFormat] = useState<VisitFormat>(office.format);
  const [formatNote, setFormatNote] = useState(office.formatNote);
  const [length, setLength] = useState(office.lengthMinutes === null ? '' : String(office.lengthMinutes));
  const [notes, setNotes] = useState(office.notes);
  const [participants, setParticipants] = useState<string[]>(office.participants.map((p) => p.userId));
  const [date, setDate] = useState(office.visitAt ? osloToday(new Date(office.visitAt)) : '');
  const [time, setTime] = useState(office.visitAt ? formatTime(office.visitAt) : '');
  const [error, setError] = useState<string | null>(null);
  const booked = office.stage === 'booked';
  // Everyone already named stays choosable, even if they are not on the county's staff list.
  const people = [...(staff.data ?? []), ...office.participants.filter((p) => !staff.data?.some((s) => s.userId === p.userId))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: DetailsInput = { format, formatNote: formatNote.trim(), lengthMinutes: length === '' ? null : Number(length), notes, participantUserIds: participants };
    if (booked) {
      const hhmm = normaliseTime(time);
      const visitAt = hhmm && date ? localToIso(date, hhmm) : null;
      if (!visitAt) {
        setError(t.timeRequired);
        return;
      }
      if (visitAt !== office.visitAt) input.visitAt = visitAt;
    }
    setError(null);
    update.mutate({ id: office.id, input });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <VStack gap="space-12">
        <Heading level="3" size="xsmall" id={`${id}-title`}>
          {t.detailsTitle}
        </Heading>
        <HStack gap="space-16" align="start">
          <Select label={t.format} value={format} onChange={(e) => setFormat(e.target.value as VisitFormat)} size="small">
            {VISIT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {formatLabel(t, f)}
              </option>
            ))}
          </Select>
          <TextField
            label={t.length}
            description={t.lengthDescription(round.minMinutes, round.maxMinutes)}
            type="number"
            min={round.minMinutes}
            max={round.maxMinutes}
            value={length}
            onChange={(e) => setLength(e.target.value)}
            size="small"
            htmlSize={6}
            data-testid="visit-length"
          />
        </HStack>
        <TextField label={t.formatNote} value={formatNote} onChange={(e) => setFormatNote(e.target.value)} size="small" maxLength={300} />
        {booked && (
          <HStack gap="space-16" align="start">
            <DateField id={`${id}-date`} label={t.visitDate} initialValue={date} onChange={setDate} size="small" />
            <TextField id={`${id}-time`} label={t.visitTime} description={t.visitTimeDescription} value={time} onChange={(e) => setTime(e.target.value)} size="small" htmlSize={6} inputMode="numeric" />
          </HStack>
        )}
        <CheckboxGroup legend={t.participants} value={participants} onChange={setParticipants} size="small">
          {people.map((p) => (
            <Checkbox key={p.userId} value={p.userId}>
              {p.organisationName ? `${p.name} (${p.organisationName})` : p.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Textarea label={t.notes} value={notes} onChange={(e) => setNotes(e.target.value)} size="small" maxLength={10_000} />
        {error && <Alert variant="error" size="small" role="alert">{error}</Alert>}
        {update.isError && <ApiErrorAlert error={update.error} size="small" />}
        {update.isSuccess && (
          <Alert variant="success" size="small" role="status">
            {t.saved}
          </Alert>
        )}
        <div>
          <Button type="submit" size="small" variant="secondary" loading={update.isPending}>
            {t.save}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
