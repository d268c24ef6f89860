import { Button, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { isApiError } from '../../../api/errors';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { Latin1Notice, useLatin1Check } from '../../interop';
import { useReply } from '../api';
import { newIdempotencyKey } from '../format';
import { answerFormTexts } from '../texts';
import type { NoteCode } from '../types';
import { useFocusFieldAfterRefusal } from '../useFocusFieldAfterRefusal';

/** "Melding fra NAV" (8127/8): NAV's reply unless another code fits better. */
const DEFAULT_NAV_CODE = 8;
const ORDER = ['code', 'text'] as const;

interface Props {
  conversationId: string;
  side: 'gp' | 'nav';
  /** NAV's note codes (8127); the GP's replies carry no choice. */
  navCodes: NoteCode[];
  maxLength: number;
  labelledBy: string;
  onSent: () => void;
}

/** A free-text message in the thread. NAV chooses the kind of message from the national code list. */
export function ReplyForm({ conversationId, side, navCodes, maxLength, labelledBy, onSent }: Props) {
  const t = useTexts(answerFormTexts);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, ORDER);
  const reply = useReply(conversationId);
  const [text, setText] = useState('');
  // NAV's messages go to the GP's record system too: warn of characters it cannot show.
  const latin1 = useLatin1Check(text, side === 'nav');
  const [code, setCode] = useState(DEFAULT_NAV_CODE);
  // A new key per message: renewed once one has been sent.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reply.isPending) return;
    if (text.trim() === '') return feedback.fail({ text: t.replyRequired });
    if (text.length > maxLength) return feedback.fail({ text: t.replyTooLong(maxLength) });
    try {
      await reply.mutateAsync({ input: { text, ...(side === 'nav' && { code }) }, key: idempotencyKey });
      setText('');
      setIdempotencyKey(newIdempotencyKey());
      feedback.reset();
      onSent();
    } catch (error) {
      const field = isApiError(error) && typeof (error.details as { field?: unknown } | undefined)?.field === 'string' ? (error.details as { field: string }).field : null;
      const fields = field === 'text' || field === 'code' ? { [field]: error instanceof Error ? error.message : '' } : {};
      focusAfterRefusal(fields);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={reply.isPending} data-testid="reply-form">
      <VStack gap="space-16" maxWidth="48rem">
        {side === 'nav' && navCodes.length > 0 && (
          <Select id={fieldId('code')} label={t.replyCode} value={code} onChange={(e) => setCode(Number(e.target.value))} error={errors.code}>
            {navCodes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
        <VStack gap="space-8">
          <Textarea
            id={fieldId('text')}
            label={t.replyLabel}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              feedback.clear('text');
            }}
            maxLength={maxLength}
            error={errors.text}
            minRows={3}
            aria-required
            aria-describedby={latin1.describedBy}
          />
          {side === 'nav' && <Latin1Notice state={latin1} />}
        </VStack>
        <FormFeedback feedback={feedback} order={ORDER} heading={t.replyErrorSummary} />
        <div>
          <Button type="submit" loading={reply.isPending}>
            {t.replySend}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
