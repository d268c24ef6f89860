import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { InfoList } from '../../../../shared/components/InfoList';
import { Section } from '../../../../shared/components/Section';
import { formatDate, formatPercent } from '../../../../shared/format';
import { courseTexts, referralTexts, teamTexts } from '../../texts';
import type { CourseView } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';

/** Who, since when, how far, work status on the one scale, and what the referral said. */
export function CourseOverview({ course }: { course: CourseView }) {
  const t = useTexts(courseTexts);
  const r = useTexts(referralTexts);
  const tt = useTexts(teamTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  const referral = course.referral;
  const sickLeave = referral
    ? [v.sickLeave(referral.sickLeaveStatus), referral.sickLeaveGrade !== null ? formatPercent(referral.sickLeaveGrade, lang) : null, referral.sickLeaveWeeks !== null ? tt.weeks(referral.sickLeaveWeeks) : null]
        .filter(Boolean)
        .join(', ')
    : null;
  return (
    <Section title={t.overview}>
      <InfoList
        items={[
          { label: t.team, value: course.team.name },
          { label: r.age, value: course.person?.age != null ? r.ageValue(course.person.age) : null },
          { label: t.therapist, value: course.therapist?.name ?? t.none },
          { label: t.jobSpecialist, value: course.jobSpecialist?.name ?? t.none },
          { label: t.sessionsHeld, value: t.sessionsOfBudget(course.sessionsHeld, course.sessionBudget) },
          { label: t.workStatusStart, value: v.workStatus(course.workStatusStart) },
          { label: t.workStatusNow, value: course.status === 'active' ? v.workStatus(course.workStatus) : null },
          { label: t.workStatusEnd, value: course.workStatusEnd ? v.workStatus(course.workStatusEnd) : null },
          { label: t.employerInvolved, value: course.employerInvolved ? t.yes : t.no },
          { label: t.closureReason, value: course.closureReason },
          { label: tt.sickLeave, value: sickLeave },
          { label: tt.reason, value: referral ? <span className="teams-text">{referral.reason}</span> : null },
          { label: tt.outsideCriteria, value: referral?.outsideCriteriaReason ? <span className="teams-text">{referral.outsideCriteriaReason}</span> : null },
          { label: r.referredBy, value: referral ? `${referral.referredByName}, ${formatDate(referral.referredAt)}` : null },
        ]}
      />
    </Section>
  );
}
