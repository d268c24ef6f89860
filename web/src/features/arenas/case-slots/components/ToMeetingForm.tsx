import { Alert, Button, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { localToIso, normaliseTime, osloToday } from '../../../reachability/format';
import { useSlotCaseToMeeting } from '../api';
import { slotTexts } from '../texts';
import type { ToMeetingInput } from '../types';

const KINDS = ['dm2', 'dm3', 'aap'] as const;
const PLACES = ['nav_office', 'gp_office', 'other'] as const;

/** Convenes a dialogue meeting on the case through the meetings module, with the slot's GP invited; its checks answer here. */
export function ToMeetingForm({ slotCaseId }: { slotCaseId: string }) {
  const t = useTexts(slotTexts);
  const id = useId();
  const convene = useSlotCaseToMeeting();
  const [kind, setKind] = useState<ToMeetingInput['kind']>('dm2');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState('60');
  const [place, setPlace] = useState<(typeof PLACES)[number]>('nav_office');
  const [placeText, setPlaceText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hhmm = normaliseTime(time);
    const startsAt = hhmm && date && date !== INVALID_DATE ? localToIso(date, hhmm) : null;
    if (!startsAt) {
      setError(t.meetingRequired);
      return;
    }
    setError(null);
    convene.mutate({ id: slotCaseId, input: { kind, startsAt, durationMinutes: Number(duration), place: { kind: place, ...(placeText.trim() ? { text: placeText.trim() } : {}) } } });
  };
  if (convene.isSuccess) return <Alert variant="success" size="small" role="status">{t.convened}</Alert>;
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-8">
        <HStack gap="space-16" align="start">
          <Select label={t.meetingKind} size="small" value={kind} onChange={(e) => setKind(e.target.value as ToMeetingInput['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t[`kind_${k}`]}
              </option>
            ))}
          </Select>
          <DateField id={`${id}-date`} label={t.meetingDate} initialValue="" onChange={setDate} fromDate={osloToday()} size="small" />
          <TextField label={t.meetingTime} description={t.timeDescription} size="small" value={time} onChange={(e) => setTime(e.target.value)} htmlSize={6} inputMode="numeric" />
          <TextField label={t.meetingDuration} size="small" type="number" min={15} max={480} value={duration} onChange={(e) => setDuration(e.target.value)} htmlSize={5} />
        </HStack>
        <HStack gap="space-16" align="start">
          <Select label={t.place} size="small" value={place} onChange={(e) => setPlace(e.target.value as (typeof PLACES)[number])}>
            {PLACES.map((p) => (
              <option key={p} value={p}>
                {t[`place_${p}`]}
              </option>
            ))}
          </Select>
          {place === 'other' && <TextField label={t.placeText} size="small" value={placeText} onChange={(e) => setPlaceText(e.target.value)} maxLength={500} />}
        </HStack>
        {error && <Alert variant="error" size="small" role="alert">{error}</Alert>}
        {convene.isError && <ApiErrorAlert error={convene.error} size="small" />}
        <div>
          <Button type="submit" size="small" loading={convene.isPending}>
            {t.convene}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
