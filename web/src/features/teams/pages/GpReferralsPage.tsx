import { PersonGroupIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { StatusMessage } from '../../directory-admin/components/StatusMessage';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { referPath, useGpReferrals } from '../api';
import { GpReferralCard } from '../components/GpReferralCard';
import { gpTexts } from '../texts';
import type { GpReferral } from '../types';

const unreadOf = (referral: GpReferral) => referral.updates.filter((u) => u.readAt === null).length;
const latestOf = (referral: GpReferral) => referral.updates.reduce((latest, u) => (u.createdAt > latest ? u.createdAt : latest), referral.createdAt);

/** `/henvisninger`: the GP's referrals, the newest news first, unread updates marked. */
export function GpReferralsPage() {
  const t = useTexts(gpTexts);
  const referrals = useGpReferrals();
  const [status, setStatus] = useState<string | null>(null);
  const focusLater = usePendingFocus();
  // Newest news first; marking an update read does not move its card away from the focus.
  const list = [...(referrals.data?.referrals ?? [])].sort((a, b) => latestOf(b).localeCompare(latestOf(a)));
  const unread = list.reduce((sum, r) => sum + unreadOf(r), 0);
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        <div>
          <Button as={RouterLink} to={referPath()} role="link" size="small" icon={<PersonGroupIcon aria-hidden />}>
            {t.newReferral}
          </Button>
        </div>
      </VStack>
      <StatusMessage message={status} testId="referrals-status" />
      {referrals.isPending && <LoadingState />}
      {referrals.isError && <ApiErrorAlert error={referrals.error} />}
      {referrals.data && (
        <VStack gap="space-16">
          <BodyShort>{list.length === 0 ? t.empty : t.count(list.length, unread)}</BodyShort>
          {list.map((referral) => (
            <GpReferralCard
              key={referral.id}
              referral={referral}
              onStatus={(message, focus) => {
                setStatus(message);
                if (focus) focusLater(focus);
              }}
            />
          ))}
        </VStack>
      )}
    </VStack>
  );
}
