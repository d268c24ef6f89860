import { Button, HStack, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { Latin1Notice, useLatin1Check } from '../../interop';
import { useSendNavNote } from '../api';
import { newIdempotencyKey } from '../format';
import { navNoteTexts } from '../texts';
import type { NoteCode, Sent } from '../types';
import { useFocusFieldAfterRefusal } from '../useFocusFieldAfterRefusal';

/** "Informasjon fra NAV" (8127/9): what NAV usually tells the GP. */
export const DEFAULT_NAV_NOTE_CODE = 9;
const ORDER = ['code', 'text'] as const;

interface Props {
  caseId: string;
  codes: NoteCode[];
  maxLength: number;
  labelledBy: string;
  cancelTo: string;
  onSent: (sent: Sent) => void;
}

/** NAV informs the case's GP (8127): the kind of message from the national code list, and the text. */
export function NavNoteForm({ caseId, codes, maxLength, labelledBy, cancelTo, onSent }: Props) {
  const t = useTexts(navNoteTexts);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, ORDER);
  const send = useSendNavNote(caseId);
  const [code, setCode] = useState(() => (codes.some((c) => c.code === DEFAULT_NAV_NOTE_CODE) ? DEFAULT_NAV_NOTE_CODE : (codes[0]?.code ?? DEFAULT_NAV_NOTE_CODE)));
  const [text, setText] = useState('');
  // The text goes to the GP's record system: warn of characters it cannot show before it is sent.
  const latin1 = useLatin1Check(text);
  // One key per form: a second click on "Send" is the same message to the server.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const found: Record<string, string> = {};
    if (!codes.some((c) => c.code === code)) found.code = t.codeRequired;
    if (text.trim() === '') found.text = t.textRequired;
    else if (text.length > maxLength) found.text = t.textTooLong(maxLength);
    if (Object.keys(found).length > 0) return feedback.fail(found);
    try {
      onSent(await send.mutateAsync({ input: { code, text }, key: idempotencyKey }));
    } catch (error) {
      const field = isApiError(error) ? (error.details as { field?: unknown } | undefined)?.field : undefined;
      const fields = field === 'text' || field === 'code' ? { [field]: (error as Error).message } : {};
      focusAfterRefusal(fields);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={send.isPending} data-testid="nav-note-form">
      <VStack gap="space-24" maxWidth="48rem">
        <Select
          id={fieldId('code')}
          label={t.code}
          description={t.codeDescription}
          value={code}
          onChange={(e) => {
            setCode(Number(e.target.value));
            feedback.clear('code');
          }}
          error={errors.code}
        >
          {codes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </Select>
        <VStack gap="space-8">
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
            aria-describedby={latin1.describedBy}
          />
          <Latin1Notice state={latin1} />
        </VStack>
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
