import { HStack, Tag } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { citizenTexts } from '../texts';
import type { Protection } from '../types';

/** Tags for protected address (fortrolig / strengt fortrolig) and shielded persons. */
export function ProtectionTags({ protection, shielded }: { protection: Protection; shielded: boolean }) {
  const t = useTexts(citizenTexts);
  if (protection === 'none' && !shielded) return null;
  return (
    <HStack gap="space-8" wrap>
      {protection === 'fortrolig' && (
        <Tag size="small" variant="moderate" data-color="warning">
          {t.fortrolig}
        </Tag>
      )}
      {protection === 'strengt_fortrolig' && (
        <Tag size="small" variant="strong" data-color="danger">
          {t.strengtFortrolig}
        </Tag>
      )}
      {shielded && (
        <Tag size="small" variant="moderate" data-color="info">
          {t.shielded}
        </Tag>
      )}
    </HStack>
  );
}
