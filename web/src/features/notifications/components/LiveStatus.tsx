import { Alert } from '@navikt/ds-react';

/**
 * A polite live region that is on the page before its message, so screen readers announce the
 * message when it is put in (a region inserted together with its text often is not).
 */
export function LiveStatus({ message, testId }: { message: string | null; testId: string }) {
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
