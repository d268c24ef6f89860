import { BodyLong, BodyShort, Button, ConfirmationPanel, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import {
  answerField,
  ATTACHMENTS_FIELD,
  checkAnswer,
  CONFIRM_FIELD,
  errorsFromAnswerRefusal,
  initialAnswers,
  sharpNumber,
  toAnswerItems,
  unaskedWholeRecords,
  type AnswerValues,
} from '../answerForm';
import { useAnswerRequest, useSaveDraft } from '../api';
import { formatClock, newIdempotencyKey } from '../format';
import { answerFormTexts } from '../texts';
import type { Conversation, DialogueLimits, RequestDetails, Sent } from '../types';
import { useAttachmentDrafts } from '../useAttachmentDrafts';
import { useFocusFieldAfterRefusal } from '../useFocusFieldAfterRefusal';
import { useDialogueVocabulary } from '../vocabulary';
import { AttachmentPicker } from './AttachmentPicker';

/** Quiet time after the last keystroke before the draft is saved. */
const AUTOSAVE_MS = 1500;

interface Props {
  conversation: Conversation;
  requestId: string;
  request: RequestDetails;
  limits: DialogueLimits;
  labelledBy: string;
  onSent: (sent: Sent) => void;
}

type DraftState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };

/**
 * The GP's answer: one field per question (the sharp ones required), attachments with their kind,
 * and the confirmation when a whole journal or discharge summary goes with it unasked. The draft
 * is saved a moment after typing stops and on "Lagre utkast", and comes back on the next visit.
 */
export function AnswerForm({ conversation, requestId, request, limits, labelledBy, onSent }: Props) {
  const t = useTexts(answerFormTexts);
  const vocabulary = useDialogueVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const questions = request.questions;
  const order = [...questions.map((q) => answerField(q.position)), ATTACHMENTS_FIELD, CONFIRM_FIELD];
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);
  const draft = conversation.drafts.find((d) => d.requestId === requestId);
  const [values, setValues] = useState<AnswerValues>(() => initialAnswers(questions, draft));
  const [confirmed, setConfirmed] = useState(false);
  const [draftState, setDraftState] = useState<DraftState>(draft?.updatedAt ? { kind: 'saved', at: draft.updatedAt } : { kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  // One key per form: a second click on "Send" is the same answer to the server.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const attachments = useAttachmentDrafts(conversation.id, conversation.draftAttachments, setAnnouncement);
  const saveDraft = useSaveDraft(requestId);
  const answer = useAnswerRequest(requestId);

  const unasked = unaskedWholeRecords(attachments.readyCategories, request.warnings);
  const needsConfirmation = unasked.length > 0;

  // Autosave: the texts last saved, a pending timer, and whether the answer has gone (no saving after).
  const savedSnapshot = useRef(JSON.stringify(toAnswerItems(questions, values)));
  const timer = useRef<number | undefined>(undefined);
  const finished = useRef(false);
  const { mutateAsync: putDraft } = saveDraft;

  const save = useCallback(
    async (current: AnswerValues) => {
      window.clearTimeout(timer.current);
      const items = toAnswerItems(questions, current);
      const snapshot = JSON.stringify(items);
      if (finished.current) return;
      setDraftState({ kind: 'saving' });
      try {
        const { savedAt } = await putDraft(items);
        if (finished.current) return;
        savedSnapshot.current = snapshot;
        setDraftState({ kind: 'saved', at: savedAt });
      } catch {
        if (!finished.current) setDraftState({ kind: 'failed' });
      }
    },
    [putDraft, questions],
  );

  useEffect(() => {
    if (JSON.stringify(toAnswerItems(questions, values)) === savedSnapshot.current) return;
    timer.current = window.setTimeout(() => void save(values), AUTOSAVE_MS);
    return () => window.clearTimeout(timer.current);
  }, [values, questions, save]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const setAnswer = (position: number, text: string) => {
    setValues((previous) => ({ ...previous, [position]: text }));
    feedback.clear(answerField(position));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answer.isPending) return;
    const found = checkAnswer(questions, values, { maxLength: limits.maxAnswerLength, needsConfirmation, confirmed, uploading: attachments.uploading }, t);
    if (Object.keys(found).length > 0) {
      feedback.fail(found);
      return;
    }
    window.clearTimeout(timer.current);
    try {
      const sent = await answer.mutateAsync({
        input: {
          answers: toAnswerItems(questions, values),
          ...(attachments.readyIds.length > 0 && { attachmentIds: attachments.readyIds }),
          ...(needsConfirmation && { confirmWholeRecord: confirmed }),
        },
        key: idempotencyKey,
      });
      finished.current = true;
      feedback.reset();
      onSent(sent);
    } catch (error) {
      const refusal = errorsFromAnswerRefusal(error, questions);
      focusAfterRefusal(refusal.fields);
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  // "Saving …" shows on the button only: the live region speaks when there is news.
  const draftMessage = draftState.kind === 'saved' ? t.draftSaved(formatClock(draftState.at)) : draftState.kind === 'failed' ? t.draftFailed : '';

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={answer.isPending} data-testid="answer-form">
      <VStack gap="space-24">
        <BodyLong>{t.intro}</BodyLong>
        {questions.map((q) => {
          const n = sharpNumber(questions, q.position);
          return (
            <Textarea
              key={q.position}
              id={fieldId(answerField(q.position))}
              label={q.isOpen ? t.answerToOpen : t.answerTo(n)}
              description={<span className="dialogue-text">{q.text}</span>}
              value={values[q.position] ?? ''}
              onChange={(e) => setAnswer(q.position, e.target.value)}
              maxLength={limits.maxAnswerLength}
              error={errors[answerField(q.position)]}
              minRows={3}
              aria-required={!q.isOpen || undefined}
            />
          );
        })}
        <AttachmentPicker
          id={fieldId(ATTACHMENTS_FIELD)}
          items={attachments.items}
          count={attachments.count}
          limits={limits.attachments}
          error={errors[ATTACHMENTS_FIELD]}
          onAdd={(accepted, rejected) => {
            feedback.clear(ATTACHMENTS_FIELD);
            attachments.add(accepted, rejected, t);
          }}
          onCategory={(key, category) => void attachments.setCategory(key, category, t)}
          onRemove={(key) => {
            const item = attachments.items.find((i) => i.key === key);
            void attachments.remove(key);
            if (item) setAnnouncement(t.removed(item.name));
            // The item's button is gone: back to the picker's own button.
            document.getElementById(fieldId(ATTACHMENTS_FIELD))?.focus();
          }}
        />
        <div role="status" aria-live="polite" className="aksel-sr-only">
          {announcement}
        </div>
        {needsConfirmation && (
          <ConfirmationPanel
            id={fieldId(CONFIRM_FIELD)}
            checked={confirmed}
            onChange={() => {
              setConfirmed((c) => !c);
              feedback.clear(CONFIRM_FIELD);
            }}
            label={t.confirmWholeRecord}
            error={errors[CONFIRM_FIELD]}
          >
            <BodyShort weight="semibold" spacing>
              {t.wholeRecordTitle}
            </BodyShort>
            <BodyLong size="small">{t.wholeRecordBody(unasked.map((kind) => vocabulary.wholeRecord(kind)).join(' / '))}</BodyLong>
          </ConfirmationPanel>
        )}
        <FormFeedback feedback={feedback} order={order} heading={t.errorSummary} />
        <HStack gap="space-12" align="center" wrap>
          <Button type="submit" loading={answer.isPending}>
            {t.send}
          </Button>
          <Button type="button" variant="secondary" onClick={() => void save(values)} loading={draftState.kind === 'saving'}>
            {t.saveDraft}
          </Button>
          <BodyShort size="small" role="status" aria-live="polite" data-testid="draft-status">
            {draftMessage}
          </BodyShort>
        </HStack>
      </VStack>
    </form>
  );
}
