import { Alert, BodyShort, HStack, Tag, VStack } from '@navikt/ds-react';
import { useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { commonTexts } from '../../../shared/texts';
import { requestPageHeadingFocus } from '../../../shared/focus';
import { formatDate } from '../../../shared/format';
import { teamPath, useCourse } from '../api';
import { ConsentPanel } from '../components/ConsentPanel';
import { CloseSection } from '../components/course/CloseSection';
import { CourseFormsSection } from '../components/course/CourseFormsSection';
import { CourseOverview } from '../components/course/CourseOverview';
import { FinalReportSection } from '../components/course/FinalReportSection';
import { GoalsSection } from '../components/course/GoalsSection';
import { SessionsSection } from '../components/course/SessionsSection';
import { SummarySection } from '../components/course/SummarySection';
import { WorkSection } from '../components/course/WorkSection';
import { GpUpdateList } from '../components/GpUpdateList';
import { CourseStatusTag } from '../components/StatusTags';
import { courseTexts, coursePartTexts } from '../texts';
import type { CourseAction, CourseView } from '../types';

/** `/team/forlop/:courseId`: one shared course as the viewer may see it (the server cuts it to the consent). */
export function CoursePage() {
  const { courseId = '' } = useParams();
  const t = useTexts(courseTexts);
  const common = useTexts(commonTexts);
  const course = useCourse(courseId);
  const [status, setStatus] = useState<string | null>(null);
  const statusRegion = (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="course-status-message">
      {status && (
        <Alert variant="success" size="small">
          {status}
        </Alert>
      )}
    </div>
  );
  if (course.isPending) return <LoadingState />;
  if (course.isError) {
    const code = isApiError(course.error) ? course.error.status : 0;
    return (
      <VStack gap="space-16">
        <BackLink course={null} />
        <PageHeading>{code === 404 ? t.notFoundTitle : code === 403 ? t.noAccessTitle : common.errorTitle}</PageHeading>
        <ApiErrorAlert error={course.error} />
      </VStack>
    );
  }
  return <CourseContent course={course.data} statusRegion={statusRegion} onStatus={setStatus} />;
}

function BackLink({ course }: { course: CourseView | null }) {
  const t = useTexts(courseTexts);
  const me = useSignedInUser();
  // NAV of the person's office and the employer read a course from a notification: no list to go back to.
  const target: [string, string] | null =
    me.role === 'gp'
      ? ['/henvisninger', t.backToReferrals]
      : me.role === 'patient'
        ? ['/mitt-forlop', t.backToMyCourse]
        : me.role === 'team_member' || me.role === 'admin'
          ? [course ? teamPath(course.team.id) : '/team', t.backToBoard]
          : null;
  if (!target) return null;
  return (
    <div>
      <AppLink to={target[0]}>{target[1]}</AppLink>
    </div>
  );
}

function CourseContent({ course, statusRegion, onStatus }: { course: CourseView; statusRegion: ReactNode; onStatus: (message: string) => void }) {
  const t = useTexts(courseTexts);
  const p = useTexts(coursePartTexts);
  const allowed = new Set<string>(course.allowedActions);
  const can = (action: CourseAction) => allowed.has(action);
  const finalReportHeading = useRef<HTMLHeadingElement>(null);
  const consent = course.consent;
  // Parts the consent does not cover for the viewer come as null.
  const partial = [course.summary, course.sessions, course.goals, course.forms, course.finalReportMissing].some((part) => part === null);
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <BackLink course={course} />
        {/* The person's name stays out of the document title, which browsers keep in their history. */}
        <PageHeading documentTitle={t.documentTitle}>{course.person?.name ?? t.documentTitle}</PageHeading>
        <HStack gap="space-8" wrap>
          <CourseStatusTag status={course.status} />
          <Tag size="small" variant="outline" data-color="neutral">
            {course.team.name}
          </Tag>
          <Tag size="small" variant="outline" data-color="neutral">
            {course.closedAt ? t.closedOn(formatDate(course.closedAt)) : t.startedOn(formatDate(course.startedOn))}
          </Tag>
        </HStack>
        {consent?.withdrawnAt && <Alert variant="warning">{t.consentWithdrawn(formatDate(consent.withdrawnAt))}</Alert>}
        {partial && <BodyShort size="small">{t.partsHidden}</BodyShort>}
        {statusRegion}
      </VStack>
      <CourseOverview course={course} />
      <SummarySection course={course} canEdit={can('edit_summary')} onStatus={onStatus} />
      <SessionsSection course={course} canBook={can('book_session')} canRecord={can('record_session')} treating={can('manage_consent')} onStatus={onStatus} />
      <GoalsSection goals={course.goals} courseId={course.id} canEdit={can('edit_goals')} onStatus={onStatus} />
      <CourseFormsSection course={course} canMapping={can('edit_forms')} canPlan={can('edit_job_support_plan')} onStatus={onStatus} />
      <WorkSection course={course} can={can} onStatus={onStatus} />
      {course.gpUpdates && (
        <Section title={t.gpUpdates}>
          {course.gpUpdates.length === 0 ? <BodyShort>{t.gpUpdatesEmpty}</BodyShort> : <GpUpdateList updates={course.gpUpdates} />}
        </Section>
      )}
      <div id="final-report">
        <FinalReportSection ref={finalReportHeading} course={course} canEdit={can('write_final_report')} onStatus={onStatus} />
      </div>
      {can('close') && course.status === 'active' && (
        <CloseSection
          course={course}
          onClosed={(message) => {
            onStatus(message);
            // The closing form is gone: the page starts again from its heading.
            requestPageHeadingFocus();
          }}
          goToFinalReport={() => finalReportHeading.current?.focus()}
        />
      )}
      {consent && (
        <Section title={p.consent}>
          <ConsentPanel referralId={course.referralId} consent={consent} canChange={can('manage_consent')} canWithdraw={can('withdraw_consent')} onStatus={onStatus} />
        </Section>
      )}
    </VStack>
  );
}
