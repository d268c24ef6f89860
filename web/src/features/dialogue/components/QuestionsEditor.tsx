import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { Latin1Notice, useLatin1Check } from '../../interop';
import { newQuestion, questionField, QUESTIONS_FIELD, type QuestionValue } from '../requestForm';
import { requestFormTexts } from '../texts';

interface Props {
  questions: QuestionValue[];
  onChange: (questions: QuestionValue[]) => void;
  max: number;
  maxLength: number;
  errors: Record<string, string>;
  fieldId: (field: string) => string;
  /** A question's message goes away when it is changed. */
  onEdited: (field: string) => void;
}

/**
 * The sharp questions, one per field, in the order the GP will answer them: add, remove and move
 * with buttons (keyboard-friendly, unlike dragging). Focus follows the question that was moved or
 * lands on a sensible neighbour when one is removed.
 */
export function QuestionsEditor({ questions, onChange, max, maxLength, errors, fieldId, onEdited }: Props) {
  const t = useTexts(requestFormTexts);
  const focusLater = usePendingFocus();
  const byId = (id: string) => () => document.getElementById(id);
  const buttonId = (key: string, action: 'up' | 'down' | 'remove') => `${fieldId(questionField(key))}-${action}`;
  const addId = `${fieldId(QUESTIONS_FIELD)}-add`;

  const setText = (key: string, text: string) => {
    onChange(questions.map((q) => (q.key === key ? { ...q, text } : q)));
    onEdited(questionField(key));
  };
  const add = () => {
    const question = newQuestion();
    onChange([...questions, question]);
    focusLater(byId(fieldId(questionField(question.key))));
  };
  const remove = (index: number) => {
    const next = questions.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? byId(fieldId(questionField(neighbour.key))) : byId(addId));
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const moved = questions[index];
    if (!moved || target < 0 || target >= questions.length) return;
    const next = [...questions];
    next.splice(index, 1);
    next.splice(target, 0, moved);
    onChange(next);
    // Keep pressing the same button to keep moving; at the end, the other direction's button.
    const atEnd = by === -1 ? target === 0 : target === next.length - 1;
    focusLater(byId(buttonId(moved.key, atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down')));
  };

  return (
    <Fieldset
      id={fieldId(QUESTIONS_FIELD)}
      legend={t.sharpQuestions}
      description={t.sharpQuestionsDescription(max)}
      error={errors[QUESTIONS_FIELD]}
      errorPropagation={false}
    >
      <VStack as="ol" gap="space-16" className="plain-list" data-testid="request-questions">
        {questions.map((q, index) => {
          const n = index + 1;
          return (
            <VStack as="li" key={q.key} gap="space-8" data-testid="request-question">
              <QuestionField
                id={fieldId(questionField(q.key))}
                label={t.question(n)}
                value={q.text}
                onChange={(text) => setText(q.key, text)}
                maxLength={maxLength}
                error={errors[questionField(q.key)]}
              />
              {questions.length > 1 && (
                <HStack gap="space-8" wrap>
                  <Button id={buttonId(q.key, 'up')} type="button" variant="tertiary" size="xsmall" icon={<ArrowUpIcon aria-hidden />} disabled={index === 0} onClick={() => move(index, -1)} title={t.moveUp(n)}>
                    <span className="aksel-sr-only">{t.moveUp(n)}</span>
                  </Button>
                  <Button
                    id={buttonId(q.key, 'down')}
                    type="button"
                    variant="tertiary"
                    size="xsmall"
                    icon={<ArrowDownIcon aria-hidden />}
                    disabled={index === questions.length - 1}
                    onClick={() => move(index, 1)}
                    title={t.moveDown(n)}
                  >
                    <span className="aksel-sr-only">{t.moveDown(n)}</span>
                  </Button>
                  <Button id={buttonId(q.key, 'remove')} type="button" variant="tertiary" size="xsmall" icon={<TrashIcon aria-hidden />} onClick={() => remove(index)}>
                    {t.removeQuestion(n)}
                  </Button>
                </HStack>
              )}
            </VStack>
          );
        })}
      </VStack>
      {questions.length < max && (
        <div>
          <Button id={addId} type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={add}>
            {t.addQuestion}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}

interface QuestionFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  maxLength: number;
  error: string | undefined;
}

/** One question, with its own check of what the GP's record system can show (the question goes there). */
function QuestionField({ id, label, value, onChange, maxLength, error }: QuestionFieldProps) {
  const latin1 = useLatin1Check(value);
  return (
    <VStack gap="space-8">
      <Textarea
        id={id}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={maxLength}
        error={error}
        minRows={2}
        aria-required
        aria-describedby={latin1.describedBy}
      />
      <Latin1Notice state={latin1} />
    </VStack>
  );
}
