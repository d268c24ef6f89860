import { Alert, BodyLong, BodyShort, Button, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../../api/errors';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { formatDate } from '../../../../shared/format';
import { useQuestionnaire, useSubmitAnswers } from '../api';
import { surveyTexts, type SurveyTexts } from '../texts';
import type { Questionnaire } from '../types';

/** The link's code sits after '#': browsers never send that part to the server. */
const tokenFromLocation = () => decodeURIComponent(window.location.hash.replace(/^#/, ''));

/**
 * `/sporreundersokelse#<code>`, open without sign-in: the recipient's questionnaire on the report's
 * scales (one Aksel RadioGroup per question), a thank-you page, and clear messages for used,
 * closed and unknown links.
 */
export function RespondPage() {
  const t = useTexts(surveyTexts);
  const [token] = useState(tokenFromLocation);
  const questionnaire = useQuestionnaire(token);
  const submit = useSubmitAnswers();

  if (!token) return <Refusal title={t.unknownTitle} message={t.noToken} />;
  if (submit.isSuccess) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t.thanksTitle}</PageHeading>
        <Alert variant="success" role="status">
          {t.thanksBody}
        </Alert>
      </VStack>
    );
  }
  if (questionnaire.isPending) return <LoadingState />;
  if (questionnaire.isError) return <Refusal title={refusalTitle(questionnaire.error, t)} message={questionnaire.error.message} />;
  return (
    <AnswerForm
      questionnaire={questionnaire.data}
      sending={submit.isPending}
      error={submit.error}
      onSend={(answers) => submit.mutate({ token, answers })}
    />
  );
}

function refusalTitle(error: unknown, t: SurveyTexts): string {
  const code = isApiError(error) ? error.code : '';
  if (code === 'SURVEY_ALREADY_ANSWERED') return t.usedTitle;
  if (code === 'SURVEY_CLOSED') return t.closedTitle;
  return t.unknownTitle;
}

function Refusal({ title, message }: { title: string; message: string }) {
  return (
    <VStack gap="space-16">
      <PageHeading>{title}</PageHeading>
      <Alert variant="warning" role="alert">
        {message}
      </Alert>
    </VStack>
  );
}

interface FormProps {
  questionnaire: Questionnaire;
  sending: boolean;
  error: Error | null;
  onSend: (answers: Record<string, string>) => void;
}

function AnswerForm({ questionnaire, sending, error, onSend }: FormProps) {
  const t = useTexts(surveyTexts);
  const lang = useLang();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [showMissing, setShowMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const missing = questionnaire.questions.filter((q) => !answers[q.key]).map((q) => q.key);

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) {
      setShowMissing(true);
      // Take the user to the first question still unanswered.
      formRef.current?.querySelector<HTMLInputElement>(`[data-question="${missing[0]}"] input`)?.focus();
      return;
    }
    onSend(answers);
  };

  const audience = t[`inSentence_${questionnaire.audience}`];
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading documentTitle={t.respondTitle}>{questionnaire.title}</PageHeading>
        <BodyShort>{t.respondFor(audience, formatDate(questionnaire.closesOn))}</BodyShort>
        <BodyLong>{t.respondIntro}</BodyLong>
      </VStack>
      <form ref={formRef} onSubmit={send} noValidate>
        <VStack gap="space-32">
          {questionnaire.questions.map((question, index) => (
            <div key={question.key} data-question={question.key}>
              <RadioGroup
                legend={`${index + 1}. ${question.text[lang]}`}
                value={answers[question.key] ?? null}
                onChange={(value: string) => setAnswers((current) => ({ ...current, [question.key]: value }))}
                error={showMissing && !answers[question.key] ? t.missing : undefined}
              >
                {question.options.map((option) => (
                  <Radio key={option.value} value={option.value}>
                    {option.text[lang]}
                  </Radio>
                ))}
              </RadioGroup>
            </div>
          ))}
          {showMissing && missing.length > 0 && (
            <Alert variant="error" size="small" role="alert">
              {t.missingSummary}
            </Alert>
          )}
          {error && <ApiErrorAlert error={error} />}
          <div>
            <Button type="submit" loading={sending}>
              {sending ? t.sending : t.send}
            </Button>
          </div>
        </VStack>
      </form>
    </VStack>
  );
}
