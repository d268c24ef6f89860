import { useCallback, useId, useState } from 'react';
import type { FieldErrors } from './validation';

export interface FormFeedbackState {
  errors: FieldErrors;
  /** An error that concerns no single field (access, network, not found …). */
  general: unknown;
  /** Grows with every failed submit; the error summary takes the focus when it changes. */
  attempt: number;
  fail: (errors: FieldErrors, general?: unknown) => void;
  /** Drops one field's message once the user changes that field. */
  clear: (field: string) => void;
  reset: () => void;
  /** The DOM id of a field's input, used by labels' `id` and the error summary's links. */
  fieldId: (field: string) => string;
}

/**
 * Errors of a form that is checked on submit. A field's message goes away when the field is
 * changed; the rest stay until the next submit.
 */
export function useFormFeedback(): FormFeedbackState {
  const base = `f${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const fail = useCallback((next: FieldErrors, nextGeneral: unknown = null) => {
    setErrors(next);
    setGeneral(nextGeneral);
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback((field: string) => {
    setErrors((previous) => {
      if (!Object.hasOwn(previous, field)) return previous;
      const next = { ...previous };
      delete next[field];
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    setErrors({});
    setGeneral(null);
  }, []);
  const fieldId = useCallback((field: string) => `${base}-${field}`, [base]);
  return { errors, general, attempt, fail, clear, reset, fieldId };
}
