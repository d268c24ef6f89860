import { Button, Checkbox, CheckboxGroup, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { AdminModal } from '../../../directory-admin/components/AdminModal';
import { FormFeedback } from '../../../directory-admin/components/FormFeedback';
import { formTexts } from '../../../directory-admin/texts';
import { useFormFeedback } from '../../../directory-admin/useFormFeedback';
import { usePatchSession } from '../../api';
import { teamErrorsFromApi } from '../../serverErrors';
import { coursePartTexts } from '../../texts';
import { ATTENDEES, type Attendee, type Session, type SessionStatus } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';

const OUTCOMES: SessionStatus[] = ['held', 'missed', 'cancelled'];

/** Who is expected at a session: the participant and the therapist; the GP at the end of start and end sessions. */
function expectedAttendees(session: Session): Attendee[] {
  const base: Attendee[] = ['participant', 'therapist'];
  if (session.kind === 'joint') base.push('job_specialist');
  if (session.gpLastMinutes !== null) base.push('gp');
  return base;
}

interface Props {
  session: Session;
  onClose: () => void;
  onDone: () => void;
  returnFocusTo: () => HTMLElement | null;
}

/** What became of a booked session: held (with who took part and a note), not attended, or cancelled. */
export function RecordSessionModal({ session, onClose, onDone, returnFocusTo }: Props) {
  const t = useTexts(coursePartTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const patch = usePatchSession();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  // A session not yet started can only be cancelled (held or missed is said once it has begun).
  const outcomes = Date.parse(session.startsAt) > Date.now() ? (['cancelled'] as SessionStatus[]) : OUTCOMES;
  const [status, setStatus] = useState<SessionStatus>(outcomes[0]!);
  const [attendees, setAttendees] = useState<Attendee[]>(session.attendees.length > 0 ? session.attendees : expectedAttendees(session));
  const [note, setNote] = useState(session.note ?? '');
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (patch.isPending) return;
    try {
      await patch.mutateAsync({
        id: session.id,
        patch: { status, ...(status === 'held' ? { attendees } : {}), note: note.trim() === '' ? null : note.trim() },
      });
      onDone();
    } catch (error) {
      const { fields, general } = teamErrorsFromApi(error, { status: { label: t.outcome }, attendees: { label: t.attendees }, note: { label: t.note } }, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={t.recordHeading(v.session(session.kind).toLowerCase())}
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('status')}
      footer={
        <>
          <Button type="submit" form={formId} loading={patch.isPending}>
            {t.recordSubmit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={patch.isPending}>
            {t.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate data-testid="record-session-form">
        <VStack gap="space-20">
          <RadioGroup id={fieldId('status')} legend={t.outcome} value={status} onChange={(value: SessionStatus) => setStatus(value)} error={errors.status}>
            {outcomes.map((outcome) => (
              <Radio key={outcome} value={outcome}>
                {v.sessionStatus(outcome)}
              </Radio>
            ))}
          </RadioGroup>
          {status === 'held' && (
            <CheckboxGroup id={fieldId('attendees')} legend={t.attendees} value={attendees} onChange={(next: Attendee[]) => setAttendees(ATTENDEES.filter((a) => next.includes(a)))} error={errors.attendees}>
              {ATTENDEES.map((attendee) => (
                <Checkbox key={attendee} value={attendee}>
                  {v.attendee(attendee)}
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}
          <Textarea id={fieldId('note')} label={t.note} description={t.noteDescription} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} maxLength={4000} minRows={3} />
          <FormFeedback feedback={feedback} order={['status', 'attendees', 'note']} heading={form.errorSummaryHeading} />
        </VStack>
      </form>
    </AdminModal>
  );
}
