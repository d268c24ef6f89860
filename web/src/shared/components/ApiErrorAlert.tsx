import { Alert, BodyShort, Heading } from '@navikt/ds-react';
import { isApiError } from '../../api/errors';
import { useTexts } from '../../app/i18n/useTexts';
import { commonTexts } from '../texts';

interface Props {
  error: unknown;
  /** Optional heading above the server's message. */
  title?: string;
  size?: 'small' | 'medium';
}

/** Shows an API error's own message (already in the user's language) in an Aksel Alert. */
export function ApiErrorAlert({ error, title, size }: Props) {
  const t = useTexts(commonTexts);
  const message = isApiError(error) || error instanceof Error ? error.message : t.errorTitle;
  return (
    <Alert variant="error" size={size} role="alert">
      {title && (
        <Heading level="2" size="small" spacing>
          {title}
        </Heading>
      )}
      <BodyShort>{message}</BodyShort>
    </Alert>
  );
}
