import { Alert } from '@navikt/ds-react';

/**
 * A polite live region that is always on the page, so a success message put into it is announced
 * by screen readers (a region inserted together with its text often is not).
 */
export function StatusMessage({ message, testId }: { message: string | null; testId?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message && (
        <Alert variant="success" size="small">
          {message}
        </Alert>
      )}
    </div>
  );
}
