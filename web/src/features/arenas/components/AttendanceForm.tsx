import { Alert, BodyShort, Button, Checkbox, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { useRecordAttendance } from '../api';
import { arenaTexts } from '../texts';
import { manageTexts } from '../texts-manage';
import type { ArenaDetail, Participant } from '../types';

/**
 * Attendance at one session: pick the session, tick who was there (minutes default to the whole
 * session), save. Only sessions that have started can be recorded; the server checks it again.
 */
export function AttendanceForm({ arena, participants }: { arena: ArenaDetail; participants: Participant[] }) {
  const t = useTexts(arenaTexts);
  const m = useTexts(manageTexts);
  const record = useRecordAttendance();
  const started = arena.sessions.filter((s) => s.status !== 'cancelled' && new Date(s.startsAt) <= new Date());
  const [sessionId, setSessionId] = useState(started.at(-1)?.id ?? '');
  const session = started.find((s) => s.id === sessionId);
  const initial = useMemo(() => {
    const state: Record<string, { attended: boolean; minutes: string }> = {};
    for (const p of participants) {
      const known = p.attendance.find((a) => a.sessionId === sessionId);
      state[p.id] = { attended: known ? known.attended : true, minutes: known?.minutes != null ? String(known.minutes) : '' };
    }
    return state;
  }, [participants, sessionId]);
  const [edits, setEdits] = useState<Record<string, { attended: boolean; minutes: string }>>({});
  const value = (id: string) => edits[`${sessionId}:${id}`] ?? initial[id] ?? { attended: true, minutes: '' };
  const set = (id: string, next: { attended: boolean; minutes: string }) => setEdits({ ...edits, [`${sessionId}:${id}`]: next });
  if (started.length === 0) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!session) return;
    record.mutate({
      sessionId: session.id,
      records: participants.map((p) => ({ participantId: p.id, attended: value(p.id).attended, ...(value(p.id).minutes.trim() ? { minutes: Number(value(p.id).minutes) } : {}) })),
    });
  };
  return (
    <Section title={m.attendanceTitle}>
      <form onSubmit={onSubmit} className="arenas-narrow" data-testid="attendance-form">
        <VStack gap="space-12">
          <Select label={m.attendanceSession} size="small" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            {started.map((s) => (
              <option key={s.id} value={s.id}>
                {`${t.session(s.ordinal)}, ${formatDate(s.startsAt)}`}
              </option>
            ))}
          </Select>
          {participants.length === 0 && <BodyShort>{m.noSignedUp}</BodyShort>}
          {session && participants.length > 0 && (
            <fieldset className="aksel-fieldset">
              <legend className="aksel-sr-only">{m.attendanceFor(session.ordinal, formatDate(session.startsAt))}</legend>
              <VStack gap="space-8">
                {participants.map((p) => (
                  <HStack key={p.id} gap="space-12" align="center" wrap>
                    <Checkbox size="small" checked={value(p.id).attended} onChange={(e) => set(p.id, { ...value(p.id), attended: e.target.checked })}>
                      {m.attended(p.name)}
                    </Checkbox>
                    <TextField
                      label={m.minutesFor(p.name)}
                      hideLabel
                      size="small"
                      htmlSize={5}
                      inputMode="numeric"
                      placeholder={String(session.minutes)}
                      value={value(p.id).minutes}
                      disabled={!value(p.id).attended}
                      onChange={(e) => set(p.id, { ...value(p.id), minutes: e.target.value.replace(/\D/g, '') })}
                    />
                  </HStack>
                ))}
              </VStack>
            </fieldset>
          )}
          <div>
            <Button size="small" type="submit" loading={record.isPending} disabled={!session || participants.length === 0}>
              {m.saveAttendance}
            </Button>
          </div>
          {record.isSuccess && (
            <Alert variant="success" size="small" role="status">
              {m.attendanceSaved}
            </Alert>
          )}
          {record.isError && <ApiErrorAlert error={record.error} size="small" />}
        </VStack>
      </form>
    </Section>
  );
}
