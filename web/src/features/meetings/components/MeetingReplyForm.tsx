import { BodyShort, Button, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useFocusFieldAfterRefusal } from '../../dialogue/useFocusFieldAfterRefusal';
import { useReplyToMeeting } from '../api';
import { errorsFromRefusal } from '../conveneForm';
import { meetingTexts } from '../texts';
import { REPLIES, type ParticipantView, type Reply } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

const ORDER = ['reply', 'reason'] as const;
const REASON_MAX = 2000;

interface Props {
  meetingId: string;
  me: ParticipantView | undefined;
  labelledBy: string;
  onSent: () => void;
}

/** A participant's answer: coming, wants another time or cannot come (the last two with a reason). */
export function MeetingReplyForm({ meetingId, me, labelledBy, onSent }: Props) {
  const t = useTexts(meetingTexts);
  const v = useMeetingVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, ORDER);
  const send = useReplyToMeeting(meetingId);
  const [reply, setReply] = useState<Reply | ''>(me?.reply ?? '');
  const [reason, setReason] = useState(me?.replyReason ?? '');
  const needsReason = reply === 'wants_new_time' || reply === 'not_coming';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const found: Record<string, string> = {};
    if (reply === '') found.reply = t.replyRequired;
    if (needsReason && reason.trim() === '') found.reason = t.replyReasonRequired;
    else if (reason.length > REASON_MAX) found.reason = t.replyReasonRequired;
    if (reply === '' || Object.keys(found).length > 0) return feedback.fail(found);
    try {
      await send.mutateAsync({ reply, ...(needsReason && { reason: reason.trim() }) });
      feedback.reset();
      onSent();
    } catch (error) {
      const refusal = errorsFromRefusal(error);
      const fields = Object.fromEntries(Object.entries(refusal.fields).filter(([key]) => key === 'reply' || key === 'reason'));
      // A reason the server asks for goes to the reason; other refusals (too late, cancelled) are general.
      const isReason = (error as { code?: string }).code === 'VALIDATION_FAILED' || (error as { code?: string }).code === 'MEETING_REPLY_REASON_MISSING';
      const mapped = Object.keys(fields).length > 0 ? fields : isReason && needsReason ? { reason: (error as Error).message } : {};
      focusAfterRefusal(mapped);
      feedback.fail(mapped, Object.keys(mapped).length > 0 ? null : error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={send.isPending} data-testid="meeting-reply-form">
      <VStack gap="space-16" className="meetings-narrow">
        {me?.reply && <BodyShort>{t.replyCurrent(v.reply(me.reply))}</BodyShort>}
        <RadioGroup
          id={fieldId('reply')}
          legend={t.replyLegend}
          value={reply}
          onChange={(value: Reply) => {
            setReply(value);
            feedback.clear('reply');
            feedback.clear('reason');
          }}
          error={errors.reply}
          aria-required
        >
          {REPLIES.map((r) => (
            <Radio key={r} value={r}>
              {v.reply(r)}
            </Radio>
          ))}
        </RadioGroup>
        {needsReason && (
          <Textarea
            id={fieldId('reason')}
            label={reply === 'wants_new_time' ? t.replyReasonNewTime : t.replyReasonNotComing}
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
        )}
        <FormFeedback feedback={feedback} order={ORDER} heading={t.replyErrorSummary} />
        <div>
          <Button type="submit" loading={send.isPending}>
            {t.sendReply}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
