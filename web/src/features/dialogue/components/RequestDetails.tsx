import { Alert, BodyLong, BodyShort, Detail, HStack, Label, List, Tag, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { formatShortDateTime } from '../format';
import { dialogueVocabularyTexts, threadTexts } from '../texts';
import type { AnswerItem, RequestDetails as Request, RequestQuestion, WholeRecordWarning } from '../types';
import { useDialogueVocabulary } from '../vocabulary';

/** The request's facts: kind, tariff, deadline, its state, the questions, the legal basis, warnings. */
export function RequestDetails({ request, answeredAt, side }: { request: Request; answeredAt: string | null; side: 'gp' | 'nav' }) {
  const v = useTexts(dialogueVocabularyTexts);
  const t = useTexts(threadTexts);
  const lang = useLang();
  const open = !answeredAt && !request.withdrawnAt;
  return (
    <VStack gap="space-12">
      <HStack gap="space-8" wrap align="center">
        <Tag size="small" variant="neutral">
          {v.tariff(request.tariffCode ?? request.kind)}
        </Tag>
        {request.dueOn && (
          <BodyShort size="small" weight={open ? 'semibold' : 'regular'} data-testid="request-deadline">
            {v.dueOn(formatDate(request.dueOn))}
          </BodyShort>
        )}
        {request.overdue && open && (
          <Tag size="small" variant="error">
            {v.overdue}
          </Tag>
        )}
        {request.withdrawnAt && (
          <Tag size="small" variant="warning">
            {v.withdrawn}
          </Tag>
        )}
        {answeredAt && (
          <Tag size="small" variant="success">
            {v.answered}
          </Tag>
        )}
      </HStack>
      {request.withdrawnAt && <Alert variant="info" size="small">{t.withdrawnInfo(formatShortDateTime(request.withdrawnAt, lang))}</Alert>}
      <QuestionList questions={request.questions} />
      {request.warnings.length > 0 && <WholeRecordWarnings warnings={request.warnings} side={side} />}
      <Detail>
        <strong>{t.legalBasis}:</strong> {request.legalBasis}
      </Detail>
    </VStack>
  );
}

/** Sharp questions numbered in order; the open question last, labelled as such. */
function QuestionList({ questions }: { questions: RequestQuestion[] }) {
  const t = useTexts(threadTexts);
  const sharp = questions.filter((q) => !q.isOpen);
  const open = questions.find((q) => q.isOpen);
  return (
    <VStack gap="space-8">
      <Label as="p">{t.questions}</Label>
      <List as="ol" size="small">
        {sharp.map((q) => (
          <List.Item key={q.position}>
            <span className="dialogue-text">{q.text}</span>
          </List.Item>
        ))}
      </List>
      {open && (
        <VStack gap="space-2">
          <Label as="p" size="small">
            {t.openQuestion}
          </Label>
          <BodyLong size="small" className="dialogue-text">
            {open.text}
          </BodyLong>
        </VStack>
      )}
    </VStack>
  );
}

export function warningPosition(warning: WholeRecordWarning, question: (n: number) => string, openLabel: string): string {
  return warning.position === 0 ? openLabel : question(warning.position);
}

/** Where NAV asked for whole journals or discharge summaries: the GP may send them, NAV is reminded. */
function WholeRecordWarnings({ warnings, side }: { warnings: WholeRecordWarning[]; side: 'gp' | 'nav' }) {
  const t = useTexts(threadTexts);
  const vocabulary = useDialogueVocabulary();
  return (
    <Alert variant="warning" size="small">
      <VStack gap="space-4">
        <BodyShort size="small" weight="semibold">
          {t.wholeRecordWarningsTitle}
        </BodyShort>
        <List size="small">
          {warnings.map((w) => (
            <List.Item key={`${w.position}-${w.kind}`}>{t.wholeRecordWarning(warningPosition(w, t.question, t.openQuestionPosition), vocabulary.wholeRecord(w.kind))}</List.Item>
          ))}
        </List>
        <BodyShort size="small">{side === 'gp' ? t.wholeRecordGpHint : t.wholeRecordNavHint}</BodyShort>
      </VStack>
    </Alert>
  );
}

/** The GP's answer beside each question it answers, in the request's order. */
export function AnswerDetails({ answers, questions }: { answers: AnswerItem[]; questions: RequestQuestion[] }) {
  const t = useTexts(threadTexts);
  const byPosition = new Map(answers.map((a) => [a.position, a.text]));
  // Without the request (not in this thread for some reason) the answers still show, by number.
  const shown: RequestQuestion[] = questions.length > 0 ? questions : answers.map((a) => ({ position: a.position, text: t.question(a.position), isOpen: false }));
  let sharpNumber = 0;
  return (
    <dl className="dialogue-answers">
      {shown.map((q) => {
        const label = q.isOpen ? t.openQuestion : t.question((sharpNumber += 1));
        const answer = byPosition.get(q.position)?.trim();
        return (
          <div key={q.position} className="dialogue-answers__item" data-position={q.position}>
            <dt>
              <Label as="span" size="small">
                {label}
              </Label>
              {questions.length > 0 && (
                <BodyShort size="small" className="dialogue-text dialogue-answers__question">
                  {q.text}
                </BodyShort>
              )}
            </dt>
            <dd>
              <BodyLong className="dialogue-text">{answer || t.noAnswer}</BodyLong>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
