import { BodyShort, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { sickLeaveTexts } from '../texts';

interface Props {
  adviser: { name: string; phone?: string | null; email?: string | null } | null;
  size?: 'small' | 'medium';
}

/** The NAV adviser with phone and e-mail as links: a direct way to reach the person who owns the case. */
export function AdviserContact({ adviser, size = 'small' }: Props) {
  const t = useTexts(sickLeaveTexts);
  if (!adviser) return <BodyShort size={size}>{t.noAdviser}</BodyShort>;
  return (
    <VStack gap="space-2">
      <BodyShort size={size}>{adviser.name}</BodyShort>
      {adviser.phone && (
        <BodyShort size={size}>
          <PhoneLink phone={adviser.phone} />
        </BodyShort>
      )}
      {adviser.email && (
        <BodyShort size={size}>
          <EmailLink email={adviser.email} />
        </BodyShort>
      )}
    </VStack>
  );
}
