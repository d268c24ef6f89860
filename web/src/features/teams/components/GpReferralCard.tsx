import { BodyShort, Button, Heading, HStack, ReadMore, Tag, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { formatDate } from '../../../shared/format';
import { asFinalReport } from '../finalReport';
import { coursePath, useApproveReferral, useMarkUpdateRead, useWithdrawReferral } from '../api';
import { gpTexts } from '../texts';
import type { GpReferral, GpUpdate } from '../types';
import { useTeamVocabulary } from '../vocabulary';
import { FinalReportView } from './FinalReportView';
import { GpUpdateList } from './GpUpdateList';
import { ReferralStatusTag } from './StatusTags';

const OPEN = new Set(['pending_gp_approval', 'submitted', 'waiting']);

interface Props {
  referral: GpReferral;
  onStatus: (message: string, focus?: () => HTMLElement | null) => void;
}

/** One referral on the GP's page: where it stands, the team's updates (one screen each), the final report. */
export function GpReferralCard({ referral, onStatus }: Props) {
  const t = useTexts(gpTexts);
  const v = useTeamVocabulary();
  const markRead = useMarkUpdateRead();
  const approve = useApproveReferral();
  const withdraw = useWithdrawReferral();
  const headingId = `referral-${referral.id}`;
  const courseId = referral.courseId ?? referral.course?.id ?? null;
  const report = asFinalReport(referral.finalReport);
  const read = (update: GpUpdate) =>
    markRead.mutate(update.id, {
      // The button goes; the focus stays on the update it belonged to.
      onSuccess: () => onStatus(t.markedRead, () => document.getElementById(`update-${update.id}`)),
    });
  const error = markRead.error ?? approve.error ?? withdraw.error;
  return (
    <VStack as="section" gap="space-16" aria-labelledby={headingId} className="teams-card" data-testid="gp-referral" data-status={referral.status}>
      <VStack gap="space-8">
        <Heading level="2" size="small" id={headingId} tabIndex={-1}>
          {referral.person?.name ?? referral.team.name}
        </Heading>
        <HStack gap="space-8" wrap>
          <ReferralStatusTag status={referral.status} />
          <Tag size="small" variant="outline" data-color="neutral">
            {referral.team.name}
          </Tag>
        </HStack>
      </VStack>
      <InfoList
        items={[
          { label: t.status, value: `${v.referralStatus(referral.status)}${referral.status === 'waiting' && referral.waitingPosition ? ` – ${t.waitingPosition(referral.waitingPosition)}` : ''}` },
          { label: t.expectedStart, value: referral.status === 'waiting' || referral.status === 'submitted' ? formatDate(referral.expectedStart) : null },
          { label: t.referred, value: formatDate(referral.createdAt) },
          { label: t.declineReason, value: referral.declineReason ?? null },
          { label: t.recommendation, value: referral.recommendation ?? null },
        ]}
      />
      <HStack gap="space-16" align="center" wrap>
        {courseId && <AppLink to={coursePath(courseId)}>{t.openCourse}</AppLink>}
        {referral.status === 'pending_gp_approval' && (
          <Button type="button" size="small" loading={approve.isPending} onClick={() => approve.mutate(referral.id, { onSuccess: () => onStatus(t.approved, () => document.getElementById(headingId)) })}>
            {t.approve}
          </Button>
        )}
        {OPEN.has(referral.status) && (
          <Button type="button" size="small" variant="secondary" loading={withdraw.isPending} onClick={() => withdraw.mutate(referral.id, { onSuccess: () => onStatus(t.withdrawn, () => document.getElementById(headingId)) })}>
            {t.withdraw}
          </Button>
        )}
      </HStack>
      {error && <ApiErrorAlert error={error} size="small" />}
      {report && (
        <ReadMore header={t.readFinalReport} data-testid="read-final-report">
          <FinalReportView report={report} headingLevel={3} />
        </ReadMore>
      )}
      <VStack gap="space-8">
        <Heading level="3" size="xsmall">
          {t.updates}
        </Heading>
        {referral.updates.length === 0 ? (
          <BodyShort>{t.noUpdates}</BodyShort>
        ) : (
          <GpUpdateList updates={referral.updates} onMarkRead={read} pendingId={markRead.isPending ? (markRead.variables ?? null) : null} headingLevel={4} />
        )}
      </VStack>
    </VStack>
  );
}
