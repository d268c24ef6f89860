import { ErrorSummary, VStack } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { formTexts } from '../texts';
import type { FormFeedbackState } from '../useFormFeedback';

/** Moves focus to a field named in the error summary (an input, or the first input of a group). */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? element).focus();
  (target ?? element).scrollIntoView({ block: 'center' });
}

interface Props {
  feedback: FormFeedbackState;
  /** Field keys in screen order; errors for other keys follow at the end. */
  order: readonly string[];
  /**
   * Context for a field whose own message is short because its group says where it is (an
   * opening-hours input): the summary shows "<label>: <message>".
   */
  summaryLabel?: (field: string) => string | undefined;
  /** The summary's heading; defaults to "Du må rette disse feilene før du kan lagre:". */
  heading?: string;
}

/**
 * The error summary of a form (with links that move focus to each field) and, for a refusal that
 * concerns no field, the server's message. Either takes the focus after a failed submit.
 */
export function FormFeedback({ feedback, order, summaryLabel, heading }: Props) {
  const t = useTexts(formTexts);
  const summaryRef = useRef<HTMLDivElement>(null);
  const generalRef = useRef<HTMLDivElement>(null);
  const { errors, general, attempt, fieldId } = feedback;
  const keys = Object.keys(errors).sort((a, b) => rank(order, a) - rank(order, b));

  useEffect(() => {
    if (attempt === 0) return;
    (summaryRef.current ?? generalRef.current)?.focus();
  }, [attempt]);

  if (keys.length === 0 && !general) return null;
  return (
    <VStack gap="space-16">
      {keys.length > 0 && (
        <ErrorSummary ref={summaryRef} heading={heading ?? t.errorSummaryHeading}>
          {keys.map((key) => (
            <ErrorSummary.Item
              key={key}
              href={`#${fieldId(key)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(fieldId(key));
              }}
            >
              {summaryLabel?.(key) ? `${summaryLabel(key)}: ${errors[key]}` : errors[key]}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      )}
      {Boolean(general) && (
        <div ref={generalRef} tabIndex={-1} className="focus-target">
          <ApiErrorAlert error={general} />
        </div>
      )}
    </VStack>
  );
}

/** Opening-hour inputs (`hours-…`) sort where `openingHours` stands. */
function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key.startsWith('hours-') ? 'openingHours' : key);
  return index === -1 ? order.length : index;
}
