import { Button, HStack, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useSendGpMessage } from '../api';
import { newIdempotencyKey } from '../format';
import { gpMessageTexts } from '../texts';
import type { GpMessageInput, GpMessageSent } from '../types';
import { useFocusFieldAfterRefusal } from '../useFocusFieldAfterRefusal';

/** The server's subject limit (routes.ts). */
const SUBJECT_MAX = 200;
const ORDER = ['subject', 'text'] as const;

export type GpMessageTarget = { code: 1; caseId: string } | { code: 2; citizenId: string };

interface Props {
  target: GpMessageTarget;
  maxLength: number;
  labelledBy: string;
  cancelTo: string;
  onSent: (sent: GpMessageSent) => void;
}

/** A GP's message to NAV (8128): about a sick-leave case (code 1) or a patient not on sick leave (code 2). */
export function GpMessageForm({ target, maxLength, labelledBy, cancelTo, onSent }: Props) {
  const t = useTexts(gpMessageTexts);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, ORDER);
  const send = useSendGpMessage();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  // One key per form: a second click on "Send" is the same message to the server.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const found: Record<string, string> = {};
    if (subject.length > SUBJECT_MAX) found.subject = t.subjectTooLong;
    if (text.trim() === '') found.text = t.textRequired;
    else if (text.length > maxLength) found.text = t.textTooLong(maxLength);
    if (Object.keys(found).length > 0) return feedback.fail(found);
    const input: GpMessageInput = { ...target, text, ...(subject.trim() && { subject: subject.trim() }) };
    try {
      onSent(await send.mutateAsync({ input, key: idempotencyKey }));
    } catch (error) {
      const field = isApiError(error) ? (error.details as { field?: unknown } | undefined)?.field : undefined;
      const fields = field === 'text' || field === 'subject' ? { [field]: (error as Error).message } : {};
      focusAfterRefusal(fields);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={send.isPending} data-testid="gp-message-form">
      <VStack gap="space-24" maxWidth="48rem">
        <TextField
          id={fieldId('subject')}
          label={t.subject}
          description={t.subjectDescription}
          value={subject}
          onChange={(e) => {
            setSubject(e.target.value);
            feedback.clear('subject');
          }}
          maxLength={SUBJECT_MAX}
          error={errors.subject}
          autoComplete="off"
        />
        <Textarea
          id={fieldId('text')}
          label={t.text}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            feedback.clear('text');
          }}
          maxLength={maxLength}
          error={errors.text}
          minRows={6}
          aria-required
        />
        <FormFeedback feedback={feedback} order={ORDER} heading={t.errorSummary} />
        <HStack gap="space-12">
          <Button type="submit" loading={send.isPending}>
            {t.send}
          </Button>
          <Button as={RouterLink} to={cancelTo} variant="secondary" role="link">
            {t.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
