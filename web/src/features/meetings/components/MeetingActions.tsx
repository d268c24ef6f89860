import { CalendarIcon, XMarkIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useCancelMeeting, useCloseMeeting, useMoveMeeting } from '../api';
import { checkWhenWhere, errorsFromRefusal, WHEN_WHERE_ORDER, type WhenWhere } from '../conveneForm';
import { osloDate, osloTime } from '../format';
import { conveneTexts, meetingTexts } from '../texts';
import type { MeetingView, MoveInput, OverlappingMeeting, PlaceKind } from '../types';
import { PLACE_KINDS } from '../types';
import { OverlapAlert } from './OverlapAlert';
import { WhenWhereFields } from './WhenWhereFields';

const REASON_MAX = 2000;

interface Props {
  meeting: MeetingView;
  /** After a change: the status message; the focus goes there when the button that acted is gone. */
  onDone: (message: 'moved' | 'cancelled' | 'closed') => void;
}

/** NAV's buttons for a meeting: move, cancel (behind a confirmation with a reason), close. */
export function MeetingActions({ meeting, onDone }: Props) {
  const t = useTexts(meetingTexts);
  const allowed = new Set(meeting.allowedActions);
  const [open, setOpen] = useState<'move' | 'cancel' | null>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const close = useCloseMeeting(meeting.id);
  return (
    <VStack gap="space-12">
      <HStack gap="space-8" wrap>
        {allowed.has('move') && (
          <Button ref={moveButton} type="button" variant="secondary" icon={<CalendarIcon aria-hidden />} onClick={() => setOpen('move')}>
            {t.move}
          </Button>
        )}
        {allowed.has('cancel') && (
          <Button ref={cancelButton} type="button" variant="secondary" data-color="danger" icon={<XMarkIcon aria-hidden />} onClick={() => setOpen('cancel')}>
            {t.cancel}
          </Button>
        )}
        {allowed.has('close') && (
          <Button type="button" variant="secondary" loading={close.isPending} onClick={() => close.mutateAsync().then(() => onDone('closed')).catch(() => undefined)} aria-describedby={`close-${meeting.id}`}>
            {t.close}
          </Button>
        )}
      </HStack>
      {allowed.has('close') && (
        <BodyShort size="small" id={`close-${meeting.id}`}>
          {t.closeDescription}
        </BodyShort>
      )}
      {close.isError && <ApiErrorAlert error={close.error} size="small" />}
      {open === 'move' && (
        <MoveModal
          meeting={meeting}
          onClose={() => setOpen(null)}
          onMoved={() => {
            setOpen(null);
            onDone('moved');
          }}
          returnFocusTo={() => moveButton.current}
        />
      )}
      {open === 'cancel' && (
        <CancelModal
          meeting={meeting}
          onClose={() => setOpen(null)}
          onCancelled={() => {
            setOpen(null);
            onDone('cancelled');
          }}
          returnFocusTo={() => cancelButton.current}
        />
      )}
    </VStack>
  );
}

interface ModalProps {
  meeting: MeetingView;
  onClose: () => void;
  returnFocusTo: () => HTMLElement | null;
}

function MoveModal({ meeting, onClose, onMoved, returnFocusTo }: ModalProps & { onMoved: () => void }) {
  const t = useTexts(meetingTexts);
  const c = useTexts(conveneTexts);
  const form = useTexts(formTexts);
  const move = useMoveMeeting(meeting.id);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const initial: WhenWhere = {
    date: osloDate(meeting.startsAt),
    time: osloTime(meeting.startsAt),
    duration: meeting.durationMinutes,
    place: (PLACE_KINDS as readonly string[]).includes(meeting.place.kind) ? (meeting.place.kind as PlaceKind) : 'other',
    placeText: meeting.place.text ?? '',
    videoUrl: meeting.place.videoUrl ?? '',
  };
  const [values, setValues] = useState<WhenWhere>(initial);
  const [reason, setReason] = useState('');
  const [overlap, setOverlap] = useState<{ list: OverlappingMeeting[]; input: MoveInput } | null>(null);
  const formId = fieldId('form');
  const order = [...WHEN_WHERE_ORDER, 'reason'];

  const set = <K extends keyof WhenWhere>(key: K, value: WhenWhere[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
    feedback.clear('date');
    setOverlap(null);
  };

  const send = async (input: MoveInput) => {
    try {
      await move.mutateAsync(input);
      onMoved();
    } catch (error) {
      const refusal = errorsFromRefusal(error);
      if (refusal.overlapping) {
        setOverlap({ list: refusal.overlapping, input });
        return;
      }
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (move.isPending) return;
    const checked = checkWhenWhere(values, c);
    const found = { ...checked.errors };
    const timeChanged = values.date !== initial.date || values.time.trim() !== initial.time;
    // An unchanged start may lie in the past (a meeting under way that changes room).
    if (!timeChanged && found.date === c.inPast) delete found.date;
    if (reason.trim() === '') found.reason = t.moveReasonRequired;
    else if (reason.length > REASON_MAX) found.reason = c.tooLong(REASON_MAX);
    const placeChanged =
      values.place !== initial.place ||
      (values.place === 'video' ? values.videoUrl.trim() !== initial.videoUrl : values.placeText.trim() !== initial.placeText);
    const durationChanged = values.duration !== initial.duration;
    if (Object.keys(found).length === 0 && !timeChanged && !placeChanged && !durationChanged) found.date = t.moveNothing;
    if (Object.keys(found).length > 0 || !checked.startsAt) {
      feedback.fail(found);
      return;
    }
    await send({
      ...(timeChanged && { startsAt: checked.startsAt }),
      ...(durationChanged && { durationMinutes: values.duration }),
      ...(placeChanged && { place: checked.place }),
      reason: reason.trim(),
    });
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={t.moveHeading}
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('date')}
      footer={
        <>
          <Button type="submit" form={formId} loading={move.isPending && !overlap}>
            {t.moveSubmit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={move.isPending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <BodyLong>{t.moveDescription}</BodyLong>
          <WhenWhereFields values={values} onChange={set} errors={errors} fieldId={fieldId} />
          <Textarea
            id={fieldId('reason')}
            label={t.moveReason}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              feedback.clear('reason');
            }}
            error={errors.reason}
            maxLength={REASON_MAX}
            minRows={2}
            aria-required
          />
          {overlap && (
            <OverlapAlert
              overlapping={overlap.list}
              confirmLabel={c.overlapConfirmMove}
              pending={move.isPending}
              onConfirm={() => void send({ ...overlap.input, confirmOverlap: true })}
              onChange={() => {
                setOverlap(null);
                document.getElementById(fieldId('date'))?.focus();
              }}
            />
          )}
          <FormFeedback feedback={feedback} order={order} heading={form.errorSummaryHeading} />
        </VStack>
      </form>
    </AdminModal>
  );
}

function CancelModal({ meeting, onClose, onCancelled, returnFocusTo }: ModalProps & { onCancelled: () => void }) {
  const t = useTexts(meetingTexts);
  const c = useTexts(conveneTexts);
  const form = useTexts(formTexts);
  const cancel = useCancelMeeting(meeting.id);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [reason, setReason] = useState('');
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (cancel.isPending) return;
    if (reason.trim() === '') return feedback.fail({ reason: t.cancelReasonRequired });
    if (reason.length > REASON_MAX) return feedback.fail({ reason: c.tooLong(REASON_MAX) });
    try {
      await cancel.mutateAsync(reason.trim());
      onCancelled();
    } catch (error) {
      const field = (error as { details?: { field?: unknown } }).details?.field;
      if (field === 'reason') feedback.fail({ reason: (error as Error).message });
      else feedback.fail({}, error);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={t.cancelHeading}
      width="small"
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('reason')}
      footer={
        <>
          <Button type="submit" form={formId} variant="danger" loading={cancel.isPending}>
            {t.cancelConfirm}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={cancel.isPending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-16">
          <BodyLong>{t.cancelBody}</BodyLong>
          <Textarea
            id={fieldId('reason')}
            label={t.cancelReason}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              feedback.clear('reason');
            }}
            error={errors.reason}
            maxLength={REASON_MAX}
            minRows={2}
            aria-required
          />
          <FormFeedback feedback={feedback} order={['reason']} heading={form.errorSummaryHeading} />
        </VStack>
      </form>
    </AdminModal>
  );
}
