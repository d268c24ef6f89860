import { Tag } from '@navikt/ds-react';
import type { ReferralStatus } from '../types';
import { useTeamVocabulary } from '../vocabulary';

const COLOUR: Record<ReferralStatus, 'info' | 'success' | 'warning' | 'danger' | 'neutral'> = {
  pending_gp_approval: 'warning',
  submitted: 'info',
  waiting: 'warning',
  accepted: 'success',
  declined: 'danger',
  withdrawn: 'neutral',
};

/** A referral's status in words (the colour only repeats it). */
export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const v = useTeamVocabulary();
  return (
    <Tag size="small" variant="moderate" data-color={COLOUR[status] ?? 'neutral'}>
      {v.referralStatus(status)}
    </Tag>
  );
}

const COURSE_COLOUR: Record<string, 'info' | 'success' | 'neutral'> = { active: 'info', completed: 'success', dropped_out: 'neutral' };

/** Pågår / Fullført / Avbrutt. */
export function CourseStatusTag({ status }: { status: string }) {
  const v = useTeamVocabulary();
  return (
    <Tag size="small" variant="moderate" data-color={COURSE_COLOUR[status] ?? 'neutral'} data-testid="course-status">
      {v.courseStatus(status)}
    </Tag>
  );
}
