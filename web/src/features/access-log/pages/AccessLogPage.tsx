import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useAccessLog } from '../api';
import { AccessLogTable } from '../components/AccessLogTable';
import { accessLogTexts } from '../texts';

/** `/innsyn`: the patient's own access log, newest first. */
export function AccessLogPage() {
  const t = useTexts(accessLogTexts);
  const log = useAccessLog();
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      {log.isPending && <LoadingState />}
      {log.isError && <ApiErrorAlert error={log.error} />}
      {log.data && log.data.length === 0 && <BodyShort>{t.empty}</BodyShort>}
      {log.data && log.data.length > 0 && (
        <VStack gap="space-8">
          <BodyShort>{t.count(log.data.length)}</BodyShort>
          <AccessLogTable entries={log.data} />
        </VStack>
      )}
    </VStack>
  );
}
