import { Alert, BodyLong, BodyShort, Button, HStack, List, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { Latin1Notice, useLatin1Check } from '../../interop';
import { useQuestionCheck, useSendRequest } from '../api';
import { newIdempotencyKey, osloToday } from '../format';
import {
  checkRequest,
  DUE_ON_FIELD,
  errorsFromRequestRefusal,
  fieldOrder,
  newQuestion,
  OPEN_QUESTION_FIELD,
  toRequestInput,
  type RequestValues,
} from '../requestForm';
import { requestFormTexts } from '../texts';
import { REQUEST_KINDS, type DialogueReference, type RequestKind, type RequestSent } from '../types';
import { useFocusFieldAfterRefusal } from '../useFocusFieldAfterRefusal';
import { useDialogueVocabulary } from '../vocabulary';
import { DateField } from './DateField';
import { QuestionsEditor } from './QuestionsEditor';

/** How long the questions must rest before they are checked for whole-record wording. */
const CHECK_DELAY_MS = 600;

interface Props {
  caseId: string;
  reference: DialogueReference;
  labelledBy: string;
  cancelTo: string;
  onSent: (sent: RequestSent) => void;
}

/**
 * The request builder: kind (with its tariff and default deadline), sharp questions, one open
 * question last, the legal basis and the deadline, which may only be shortened. Questions that ask
 * for whole journals or discharge summaries get a warning while they are written.
 */
export function RequestForm({ caseId, reference, labelledBy, cancelTo, onSent }: Props) {
  const t = useTexts(requestFormTexts);
  const vocabulary = useDialogueVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const kinds = reference.requestKinds;
  const kindOf = (kind: RequestKind) => kinds.find((k) => k.kind === kind);
  const firstKind = kinds[0]?.kind ?? 'L8';
  const [values, setValues] = useState<RequestValues>(() => ({
    kind: firstKind,
    questions: [newQuestion()],
    openQuestion: '',
    dueOn: kindOf(firstKind)?.defaultDueOn ?? '',
  }));
  // One key per form: a second click on "Send" is the same request to the server.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const send = useSendRequest(caseId);
  const order = fieldOrder(values);
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);

  const limits = reference.limits.questions;
  const latest = kindOf(values.kind)?.defaultDueOn ?? '';
  const today = osloToday();
  // Debounced as a string: a new array every render would restart the timer for ever.
  const checked = useDebouncedValue(JSON.stringify([values.questions.map((q) => q.text), values.openQuestion]), CHECK_DELAY_MS);
  const [questionTexts, openText] = JSON.parse(checked) as [string[], string];
  const check = useQuestionCheck(questionTexts, openText);
  // With nothing to check the query is off, and its placeholder would keep the last warnings.
  const anyText = questionTexts.some((q) => q.trim() !== '') || openText.trim() !== '';
  const warnings = anyText ? (check.data ?? []) : [];

  // The questions go to the GP's record system: each field warns of characters it cannot show.
  const openLatin1 = useLatin1Check(values.openQuestion);

  const set = <K extends keyof RequestValues>(key: K, value: RequestValues[K], field: string = key) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(field);
  };
  const chooseKind = (kind: RequestKind) => {
    // A new kind has its own latest deadline: start from it again.
    setValues((previous) => ({ ...previous, kind, dueOn: kindOf(kind)?.defaultDueOn ?? previous.dueOn }));
    feedback.clear(DUE_ON_FIELD);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const found = checkRequest(values, limits, { today, latest, latestLabel: formatDate(latest) }, t);
    if (Object.keys(found).length > 0) {
      feedback.fail(found);
      return;
    }
    try {
      onSent(await send.mutateAsync({ input: toRequestInput(values), key: idempotencyKey }));
    } catch (error) {
      const refusal = errorsFromRequestRefusal(error, values);
      focusAfterRefusal(refusal.fields);
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  const position = (n: number) => (n === 0 ? t.openQuestionPosition : t.question(n));

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={send.isPending} data-testid="request-form">
      <VStack gap="space-32">
        <RadioGroup legend={t.kind} value={values.kind} onChange={(kind: RequestKind) => chooseKind(kind)} name="kind">
          {REQUEST_KINDS.map((kind) => {
            const info = kindOf(kind);
            if (!info) return null;
            return (
              <Radio key={kind} value={kind} description={t.kindDescription(info.tariff.code, info.tariff.text, info.days, formatDate(info.defaultDueOn))}>
                {t.kindOption(kind, info.label)}
              </Radio>
            );
          })}
        </RadioGroup>

        <QuestionsEditor
          questions={values.questions}
          onChange={(questions) => setValues((previous) => ({ ...previous, questions }))}
          max={limits.maxSharpQuestions}
          maxLength={limits.maxQuestionLength}
          errors={errors}
          fieldId={fieldId}
          onEdited={feedback.clear}
        />

        <VStack gap="space-8">
          <Textarea
            id={fieldId(OPEN_QUESTION_FIELD)}
            label={t.openQuestion}
            description={t.openQuestionDescription}
            value={values.openQuestion}
            onChange={(e) => set('openQuestion', e.target.value)}
            maxLength={limits.maxOpenQuestionLength}
            error={errors[OPEN_QUESTION_FIELD]}
            minRows={2}
            aria-describedby={openLatin1.describedBy}
          />
          <Latin1Notice state={openLatin1} />
        </VStack>

        {/* Always on the page, so screen readers hear a warning when it appears. */}
        <div aria-live="polite" data-testid="question-warnings">
          {warnings.length > 0 && (
            <Alert variant="warning" size="small">
              <VStack gap="space-4">
                <BodyShort size="small" weight="semibold">
                  {t.warningsTitle}
                </BodyShort>
                <List size="small">
                  {warnings.map((w) => (
                    <List.Item key={`${w.position}-${w.kind}`}>{t.warning(position(w.position), vocabulary.wholeRecord(w.kind), w.term)}</List.Item>
                  ))}
                </List>
                <BodyShort size="small">{t.warningsHint}</BodyShort>
              </VStack>
            </Alert>
          )}
        </div>

        <VStack gap="space-4">
          <BodyShort weight="semibold">{t.legalBasis}</BodyShort>
          <BodyLong size="small">{reference.legalBasis}</BodyLong>
        </VStack>

        <DateField
          key={values.kind}
          id={fieldId(DUE_ON_FIELD)}
          label={t.dueOn}
          description={t.dueOnDescription(formatDate(latest))}
          initialValue={values.dueOn}
          onChange={(value) => set('dueOn', value)}
          fromDate={today}
          toDate={latest}
          error={errors[DUE_ON_FIELD]}
          required
        />

        <FormFeedback feedback={feedback} order={order} heading={t.errorSummary} />
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
