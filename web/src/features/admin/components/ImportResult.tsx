import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { rejectedRows } from '../api';
import { importTexts } from '../texts';
import type { ImportAnswer } from '../types';
import { RejectedRowsTable } from './RejectedRowsTable';

/** "N rader importert", or the server's message and the rejected rows. */
export function ImportResult({ data, error }: { data: ImportAnswer | undefined; error: unknown }) {
  const t = useTexts(importTexts);
  if (data) {
    return (
      <Alert variant="success" role="status">
        <BodyShort>{t.imported(data.imported)}</BodyShort>
      </Alert>
    );
  }
  if (!error) return null;
  const rows = rejectedRows(error);
  return (
    <VStack gap="space-16">
      <ApiErrorAlert error={error} />
      {rows.length > 0 && (
        <VStack gap="space-8">
          <Heading level="2" size="small">
            {t.rejectedHeading}
          </Heading>
          <RejectedRowsTable rows={rows} />
        </VStack>
      )}
    </VStack>
  );
}
