import type { CourseStatus, NamedRef, TeamKind } from './codes';
import type { Goal, Session } from './course';
import type { GpUpdate, ReferralView } from './referrals';

// ---------------------------------------------------------------------------------------------
// The patient's own page

export interface MyCourse {
  id: string;
  team: NamedRef;
  status: CourseStatus;
  startedOn: string;
  closedAt: string | null;
  sessions: Pick<Session, 'id' | 'kind' | 'status' | 'startsAt' | 'durationMinutes' | 'gpLastMinutes' | 'attendees'>[];
  goals: Goal[];
  finalReport: Record<string, unknown> | null;
  gpUpdates: GpUpdate[];
}

export interface MyTeamCourses {
  referrals: ReferralView[];
  courses: MyCourse[];
}

// ---------------------------------------------------------------------------------------------
// Evaluation (domain/evaluation.ts): aggregates only, never a person

/** A count; "<5" for 1–4 persons; "x" where a "<5" could otherwise be worked out from the sums. */
export type CountCell = number | '<5' | 'x';

export interface EvaluationFilter {
  teamId?: string;
  trialSite?: string;
  /** `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

export interface LocalLabel {
  nb: string;
  en: string;
}

export interface MeasureInfo extends LocalLabel {
  key: string;
  values: (LocalLabel & { key: string })[];
}

export interface EvaluationGroup {
  level: 'total' | 'trial_site' | 'team';
  key: string;
  name: string;
  teamId: string | null;
  teamKind: TeamKind | null;
  trialSite: string | null;
  /** measure → value → count. */
  counts: Record<string, Record<string, CountCell>>;
  waitingDays: { median: number | null; p90: number | null; basis: CountCell };
  sessionsPerCourse: { median: number | null; basis: CountCell };
}

export interface Evaluation {
  period: { from: string | null; to: string | null };
  scope: 'all' | 'own_teams';
  smallCellLimit: number;
  measures: MeasureInfo[];
  groups: EvaluationGroup[];
}
