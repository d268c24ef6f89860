import { Button, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { INVALID_DATE, type FieldErrors } from '../../directory-admin/validation';
import { todayIso } from '../../sickleave/dates';
import { useAskForMeeting, useRecordException, useRegisterMeeting1 } from '../api';
import { caseMeetingTexts, meetingVocabularyTexts } from '../texts';
import { EXCEPTION_REASONS, type ExceptionReason } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

const TEXT_MAX = 2000;

interface ModalProps {
  caseId: string;
  onClose: () => void;
  /** Called with the success message once the change is saved and the case is fresh. */
  onSaved: (message: string) => void;
  returnFocusTo: () => HTMLElement | null | undefined;
}

/** The modal's submit and cancel buttons; submit is tied to the form by id. */
function Footer({ formId, submitLabel, pending, onClose }: { formId: string; submitLabel: string; pending: boolean; onClose: () => void }) {
  const form = useTexts(formTexts);
  return (
    <>
      <Button type="submit" form={formId} loading={pending}>
        {submitLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
        {form.cancel}
      </Button>
    </>
  );
}

/** A refusal naming one of the form's fields goes there; anything else is shown as an alert. */
function splitRefusal(error: unknown, fields: readonly string[]): { fields: FieldErrors; general: unknown } {
  if (isApiError(error)) {
    const details = error.details as { field?: unknown } | undefined;
    const field = typeof details?.field === 'string' ? details.field.replace(/^body\.?/, '') : '';
    if (fields.includes(field)) return { fields: { [field]: error.message }, general: null };
  }
  return { fields: {}, general: error };
}

/** "Registrer dialogmøte 1": the employer's meeting, its date and whether the GP took part. */
export function Meeting1Modal({ caseId, ...props }: ModalProps) {
  const t = useTexts(caseMeetingTexts);
  const words = useTexts(meetingVocabularyTexts);
  const register = useRegisterMeeting1(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [heldOn, setHeldOn] = useState(todayIso());
  const [gpTookPart, setGpTookPart] = useState<'' | 'yes' | 'no'>('');
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (register.isPending) return;
    const found: FieldErrors = {};
    if (heldOn === '' || heldOn === INVALID_DATE) found.heldOn = t.heldOnRequired;
    else if (heldOn > todayIso()) found.heldOn = t.heldOnFuture;
    if (gpTookPart === '') found.gpTookPart = t.gpTookPartRequired;
    if (Object.keys(found).length > 0) return feedback.fail(found);
    try {
      await register.mutateAsync({ heldOn, gpTookPart: gpTookPart === 'yes' });
      props.onSaved(t.meeting1Registered(formatDate(heldOn)));
      props.onClose();
    } catch (error) {
      const refusal = splitRefusal(error, ['heldOn', 'gpTookPart']);
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={t.registerMeeting1}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId('heldOn')}
      footer={<Footer formId={formId} submitLabel={t.registerMeeting1} pending={register.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <DateInput
            id={fieldId('heldOn')}
            label={t.heldOnLabel}
            initialValue={heldOn}
            onChange={(value) => {
              setHeldOn(value);
              feedback.clear('heldOn');
            }}
            error={errors.heldOn}
            required
          />
          <RadioGroup
            id={fieldId('gpTookPart')}
            legend={t.gpTookPartLegend}
            value={gpTookPart}
            onChange={(value: 'yes' | 'no') => {
              setGpTookPart(value);
              feedback.clear('gpTookPart');
            }}
            error={errors.gpTookPart}
            aria-required
          >
            <Radio value="yes">{words.yes}</Radio>
            <Radio value="no">{words.no}</Radio>
          </RadioGroup>
          <FormFeedback feedback={feedback} order={['heldOn', 'gpTookPart']} />
        </VStack>
      </form>
    </AdminModal>
  );
}

/** "Registrer unntak fra dialogmøte 2": one of the four reasons, and a note. */
export function ExceptionModal({ caseId, ...props }: ModalProps) {
  const t = useTexts(caseMeetingTexts);
  const v = useMeetingVocabulary();
  const record = useRecordException(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [reason, setReason] = useState<ExceptionReason | ''>('');
  const [note, setNote] = useState('');
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const found: FieldErrors = {};
    if (reason === '') found.reason = t.exceptionReasonRequired;
    if (note.length > TEXT_MAX) found.note = t.tooLong(TEXT_MAX);
    if (reason === '' || Object.keys(found).length > 0) return feedback.fail(found);
    try {
      await record.mutateAsync({ reason, ...(note.trim() && { note: note.trim() }) });
      props.onSaved(t.exceptionRecorded);
      props.onClose();
    } catch (error) {
      const refusal = splitRefusal(error, ['reason', 'note']);
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={t.recordException}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId('reason')}
      footer={<Footer formId={formId} submitLabel={t.saveException} pending={record.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <RadioGroup
            id={fieldId('reason')}
            legend={t.exceptionReason}
            description={t.exceptionReasonDescription}
            value={reason}
            onChange={(value: ExceptionReason) => {
              setReason(value);
              feedback.clear('reason');
            }}
            error={errors.reason}
            aria-required
          >
            {EXCEPTION_REASONS.map((r) => (
              <Radio key={r} value={r}>
                {v.exception(r)}
              </Radio>
            ))}
          </RadioGroup>
          <Textarea
            id={fieldId('note')}
            label={t.exceptionNote}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              feedback.clear('note');
            }}
            error={errors.note}
            maxLength={TEXT_MAX}
            minRows={2}
          />
          <FormFeedback feedback={feedback} order={['reason', 'note']} />
        </VStack>
      </form>
    </AdminModal>
  );
}

/** "Be om dialogmøte" (patient, employer, GP): why; a GP also says whether they want to take part, and why. */
export function MeetingNeedModal({ caseId, isGp, ...props }: ModalProps & { isGp: boolean }) {
  const t = useTexts(caseMeetingTexts);
  const ask = useAskForMeeting(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [reason, setReason] = useState('');
  const [wants, setWants] = useState<'' | 'yes' | 'no'>('');
  const [gpReason, setGpReason] = useState('');
  const formId = fieldId('form');
  const order = ['reason', 'gpWantsToTakePart', 'gpReason'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (ask.isPending) return;
    const found: FieldErrors = {};
    if (reason.trim() === '') found.reason = t.needReasonRequired;
    else if (reason.length > TEXT_MAX) found.reason = t.tooLong(TEXT_MAX);
    if (isGp) {
      if (wants === '') found.gpWantsToTakePart = t.gpWantsRequired;
      if (gpReason.trim() === '') found.gpReason = t.gpReasonRequired;
      else if (gpReason.length > TEXT_MAX) found.gpReason = t.tooLong(TEXT_MAX);
    }
    if (Object.keys(found).length > 0) return feedback.fail(found);
    try {
      const answer = await ask.mutateAsync({
        reason: reason.trim(),
        ...(isGp && { gpWantsToTakePart: wants === 'yes', gpReason: gpReason.trim() }),
      });
      props.onSaved(t.needSent(formatDate(answer.dueOn)));
      props.onClose();
    } catch (error) {
      const refusal = splitRefusal(error, order);
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={t.askForMeeting}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId('reason')}
      footer={<Footer formId={formId} submitLabel={t.sendNeed} pending={ask.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <Textarea
            id={fieldId('reason')}
            label={t.needReason}
            description={t.needReasonDescription}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              feedback.clear('reason');
            }}
            error={errors.reason}
            maxLength={TEXT_MAX}
            minRows={3}
            aria-required
          />
          {isGp && (
            <>
              <RadioGroup
                id={fieldId('gpWantsToTakePart')}
                legend={t.gpWants}
                value={wants}
                onChange={(value: 'yes' | 'no') => {
                  setWants(value);
                  feedback.clear('gpWantsToTakePart');
                }}
                error={errors.gpWantsToTakePart}
                aria-required
              >
                <Radio value="yes">{t.gpWantsYes}</Radio>
                <Radio value="no">{t.gpWantsNo}</Radio>
              </RadioGroup>
              <Textarea
                id={fieldId('gpReason')}
                label={t.gpReason}
                description={t.gpReasonDescription}
                value={gpReason}
                onChange={(e) => {
                  setGpReason(e.target.value);
                  feedback.clear('gpReason');
                }}
                error={errors.gpReason}
                maxLength={TEXT_MAX}
                minRows={2}
                aria-required
              />
            </>
          )}
          <FormFeedback feedback={feedback} order={order} />
        </VStack>
      </form>
    </AdminModal>
  );
}
