import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { useAuditSearch } from '../api';
import { AuditFilterForm } from '../components/AuditFilterForm';
import { AuditTable } from '../components/AuditTable';
import { auditTexts } from '../texts';
import type { AuditFilter } from '../types';

const NO_FILTER: AuditFilter = { citizenId: '', actorUserId: '', from: '', to: '' };

/** `/admin/revisjon`: search the audit trail (admin only). Opens with the newest entries. */
export function AuditPage() {
  const t = useTexts(auditTexts);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const audit = useAuditSearch(filter);
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      <Section title={t.filters}>
        <AuditFilterForm onSearch={setFilter} />
      </Section>
      <Section title={t.results}>
        {audit.isPending && <LoadingState />}
        {audit.isError && <ApiErrorAlert error={audit.error} />}
        {audit.data && (
          <VStack gap="space-8" aria-busy={audit.isFetching}>
            <BodyShort role="status" aria-live="polite">
              {audit.data.length === 0 ? t.empty : t.count(audit.data.length)}
            </BodyShort>
            {audit.data.length > 0 && <AuditTable entries={audit.data} />}
          </VStack>
        )}
      </Section>
    </VStack>
  );
}
