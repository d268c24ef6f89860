import { Alert, BodyShort, Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { DateField } from '../../../dialogue/components/DateField';
import { localToIso, normaliseTime, osloToday } from '../../../reachability/format';
import { useMoveOffice } from '../api';
import { officeTexts, stageLabel } from '../texts';
import type { VisitOffice, VisitStage } from '../types';

const REASONS = ['reasonNoCompensation', 'reasonNoTime', 'reasonNotInterested'] as const;

/** Moves the office one step: only the moves the pipeline allows are offered; a decline asks why, a booking when. */
export function MoveForm({ office }: { office: VisitOffice }) {
  const t = useTexts(officeTexts);
  const id = useId();
  const move = useMoveOffice();
  const [to, setTo] = useState<VisitStage | ''>('');
  const [preset, setPreset] = useState('');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(office.visitAt ? osloToday(new Date(office.visitAt)) : '');
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const needsTime = to === 'booked' || (to === 'done' && !office.visitAt);

  if (office.allowedMoves.length === 0) {
    // The last move may just have been made here: say so, then that the office is finished.
    return (
      <VStack gap="space-12" data-testid="visit-move-form">
        {move.isSuccess && (
          <Alert variant="success" size="small" role="status">
            {t.moved(stageLabel(t, move.data.stage))}
          </Alert>
        )}
        <BodyShort>{t.noMoves}</BodyShort>
      </VStack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!to) return;
    let visitAt: string | undefined;
    if (needsTime || (to === 'done' && date && time)) {
      const hhmm = normaliseTime(time);
      visitAt = hhmm && date ? (localToIso(date, hhmm) ?? undefined) : undefined;
      if (!visitAt) {
        setError(t.timeRequired);
        return;
      }
    }
    setError(null);
    const reasonText = to === 'declined' ? (preset && preset !== 'other' ? t[preset as (typeof REASONS)[number]] : reason.trim()) : undefined;
    move.mutate(
      { id: office.id, input: { to, reason: reasonText, visitAt, note: note.trim() || undefined, version: office.version } },
      {
        onSuccess: () => {
          setTo('');
          setNote('');
          setPreset('');
          setReason('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="visit-move-form" aria-labelledby={`${id}-title`}>
      <VStack gap="space-12">
        <Heading level="3" size="xsmall" id={`${id}-title`}>
          {t.moveTitle}
        </Heading>
        <Select label={t.moveTo} value={to} onChange={(e) => setTo(e.target.value as VisitStage)} data-testid="visit-move-to">
          <option value="">{t.chooseMove}</option>
          {office.allowedMoves.map((stage) => (
            <option key={stage} value={stage}>
              {stageLabel(t, stage)}
            </option>
          ))}
        </Select>
        {to === 'declined' && (
          <>
            <Select label={t.reason} value={preset} onChange={(e) => setPreset(e.target.value)}>
              <option value="">{t.reasonPreset}</option>
              {REASONS.map((key) => (
                <option key={key} value={key}>
                  {t[key]}
                </option>
              ))}
              <option value="other">{t.reasonOther}</option>
            </Select>
            {(preset === 'other' || preset === '') && <TextField label={t.reasonText} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
          </>
        )}
        {(needsTime || to === 'done') && (
          <HStack gap="space-16" align="start">
            <DateField id={`${id}-date`} label={t.visitDate} initialValue={date} onChange={setDate} size="small" />
            <TextField id={`${id}-time`} label={t.visitTime} description={t.visitTimeDescription} value={time} onChange={(e) => setTime(e.target.value)} size="small" htmlSize={6} inputMode="numeric" autoComplete="off" />
          </HStack>
        )}
        <TextField label={t.note} value={note} onChange={(e) => setNote(e.target.value)} size="small" maxLength={1000} />
        {error && <Alert variant="error" size="small" role="alert">{error}</Alert>}
        {move.isError && <ApiErrorAlert error={move.error} size="small" />}
        {move.isSuccess && (
          <Alert variant="success" size="small" role="status">
            {t.moved(stageLabel(t, move.data.stage))}
          </Alert>
        )}
        <div>
          <Button type="submit" size="small" disabled={!to} loading={move.isPending} data-testid="visit-move">
            {t.move}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
