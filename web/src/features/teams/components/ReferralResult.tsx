import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format';
import { referPath } from '../api';
import { referralTexts } from '../texts';
import type { ReferralCreated } from '../types';

/** What became of the referral: sent to the team, or on the waiting list with its place and expected start. Takes the focus. */
export function ReferralResult({ created, teamName }: { created: ReferralCreated; teamName: string }) {
  const t = useTexts(referralTexts);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const date = created.expectedStart ? formatDate(created.expectedStart) : t.unknownDate;
  let title = t.sentTitle;
  let body = created.expectedStart ? t.sentBody(teamName, date) : t.sentBodyNoDate(teamName);
  let variant: 'success' | 'info' = 'success';
  if (created.status === 'waiting') {
    title = t.waitingTitle;
    body = t.waitingBody(teamName, created.waitingPosition ?? 1, date);
    variant = 'info';
  } else if (created.status === 'pending_gp_approval') {
    title = t.pendingApprovalTitle;
    body = t.pendingApprovalBody;
    variant = 'info';
  }
  return (
    <VStack gap="space-16">
      <div ref={ref} tabIndex={-1} className="focus-target" data-testid="referral-result" data-status={created.status}>
        <Alert variant={variant}>
          <Heading level="2" size="small" spacing>
            {title}
          </Heading>
          <BodyShort>{body}</BodyShort>
        </Alert>
      </div>
      <VStack gap="space-8">
        <AppLink to="/henvisninger">{t.seeReferrals}</AppLink>
        <AppLink to={referPath()}>{t.referAnother}</AppLink>
      </VStack>
    </VStack>
  );
}
