import { useEffect, useRef } from 'react';
import { focusField } from '../directory-admin/components/FormFeedback';
import type { FormFeedbackState } from '../directory-admin/useFormFeedback';
import type { FieldErrors } from '../directory-admin/validation';

/**
 * After the server refuses a form and names a field, focus goes to that field itself (its message
 * is under it and in the summary above). This effect runs after the error summary's own, which
 * takes the focus for failures of the form's own checks.
 *
 * Returns the function to call with the refusal's field errors, before `feedback.fail`.
 */
export function useFocusFieldAfterRefusal(feedback: FormFeedbackState, order?: readonly string[]): (fields: FieldErrors) => void {
  const pending = useRef<string | null>(null);
  const { attempt, fieldId } = feedback;
  useEffect(() => {
    const field = pending.current;
    pending.current = null;
    if (field) focusField(fieldId(field));
  }, [attempt, fieldId]);
  return (fields) => {
    const keys = Object.keys(fields);
    const ranked = order ? [...keys].sort((a, b) => rank(order, a) - rank(order, b)) : keys;
    pending.current = ranked[0] ?? null;
  };
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
