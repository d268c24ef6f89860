import { BodyLong, BodyShort, Heading, HStack, Table, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate, formatDateTime } from '../../../shared/format';
import { StatusMessage } from '../../directory-admin/components/StatusMessage';
import { coursePath, useMyTeamCourses } from '../api';
import { ConsentPanel } from '../components/ConsentPanel';
import { GoalTree } from '../components/course/GoalsSection';
import { FinalReportView } from '../components/FinalReportView';
import { GpUpdateList } from '../components/GpUpdateList';
import { CourseStatusTag, ReferralStatusTag } from '../components/StatusTags';
import { asFinalReport } from '../finalReport';
import { mineTexts } from '../texts';
import type { MyCourse, ReferralView } from '../types';
import { useTeamVocabulary } from '../vocabulary';

/** `/mitt-forlop` (the person): each referral with its course, goals and reports, and the consent they can withdraw. */
export function MyCoursePage() {
  const t = useTexts(mineTexts);
  const mine = useMyTeamCourses();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        <div>
          <AppLink to="/innsyn">{t.accessLog}</AppLink>
        </div>
      </VStack>
      <StatusMessage message={status} testId="my-course-status" />
      {mine.isPending && <LoadingState />}
      {mine.isError && <ApiErrorAlert error={mine.error} />}
      {mine.data && mine.data.referrals.length === 0 && <BodyShort>{t.empty}</BodyShort>}
      {mine.data?.referrals.map((referral) => (
        <ReferralBlock key={referral.id} referral={referral} course={mine.data.courses.find((c) => c.id === (referral.courseId ?? referral.course?.id))} onStatus={setStatus} />
      ))}
    </VStack>
  );
}

function ReferralBlock({ referral, course, onStatus }: { referral: ReferralView; course: MyCourse | undefined; onStatus: (message: string) => void }) {
  const t = useTexts(mineTexts);
  const headingId = `my-referral-${referral.id}`;
  const openConsent = referral.consent && referral.consent.withdrawnAt === null && ['pending_gp_approval', 'submitted', 'waiting', 'accepted'].includes(referral.status);
  return (
    <VStack as="section" gap="space-16" aria-labelledby={headingId} className="teams-card" data-testid="my-referral">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id={headingId}>
          {referral.team.name}
        </Heading>
        <HStack gap="space-8" wrap>
          {course ? <CourseStatusTag status={course.status} /> : <ReferralStatusTag status={referral.status} />}
          <Tag size="small" variant="outline" data-color="neutral">
            {t.referred(formatDate(referral.createdAt))}
          </Tag>
        </HStack>
        {referral.status === 'waiting' && <BodyShort>{t.waiting(referral.waitingPosition ?? 1, referral.expectedStart ? formatDate(referral.expectedStart) : t.unknown)}</BodyShort>}
        {referral.status === 'declined' && (
          <BodyShort>
            {t.declined}
            {referral.declineReason ? `: ${referral.declineReason}` : '.'}
          </BodyShort>
        )}
        {referral.recommendation && (
          <BodyShort>
            <strong>{t.recommendation}:</strong> {referral.recommendation}
          </BodyShort>
        )}
        {course && (
          <div>
            <AppLink to={coursePath(course.id)}>{t.openCourse}</AppLink>
          </div>
        )}
      </VStack>
      {course && <CourseParts course={course} />}
      {referral.consent && (
        <VStack gap="space-8">
          <Heading level="3" size="small">
            {t.consent}
          </Heading>
          <ConsentPanel referralId={referral.id} consent={referral.consent} canChange={false} canWithdraw={Boolean(openConsent)} onStatus={onStatus} />
        </VStack>
      )}
    </VStack>
  );
}

function CourseParts({ course }: { course: MyCourse }) {
  const t = useTexts(mineTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  const report = asFinalReport(course.finalReport);
  const sessions = [...course.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <VStack gap="space-16">
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t.sessions}
        </Heading>
        {sessions.length === 0 ? (
          <BodyShort>{t.noSessions}</BodyShort>
        ) : (
          <div className="table-scroll">
            <Table size="small">
              <caption className="aksel-sr-only">{t.sessionsCaption}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.colKind}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colWhen}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {sessions.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.HeaderCell scope="row">{v.session(s.kind)}</Table.HeaderCell>
                    <Table.DataCell>{formatDateTime(s.startsAt, lang)}</Table.DataCell>
                    <Table.DataCell>{v.sessionStatus(s.status)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </VStack>
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t.goals}
        </Heading>
        <GoalTree goals={course.goals} />
      </VStack>
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t.reports}
        </Heading>
        {!report && course.gpUpdates.length === 0 && <BodyShort>{t.noReports}</BodyShort>}
        {report && <FinalReportView report={report} headingLevel={4} />}
        {course.gpUpdates.length > 0 && <GpUpdateList updates={course.gpUpdates} headingLevel={4} />}
      </VStack>
    </VStack>
  );
}
