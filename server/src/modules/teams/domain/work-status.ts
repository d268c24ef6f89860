import type { SickLeaveStatusAtReferral, WorkStatus } from '../../../platform/db/schema-teams.js';

/**
 * The one work-status scale of report 003, used at the start, during and at the closure of a
 * course: the old solution's "working" was ambiguous and the start status was missing, so every
 * value here says one thing only.
 */
export interface WorkStatusLabel {
  nb: string;
  en: string;
}

/** In the order it is read. */
export const WORK_STATUSES: readonly WorkStatus[] = ['working_full', 'working_graded', 'sick_listed_full', 'at_risk', 'job_seeker', 'student', 'aap', 'other'];

export const WORK_STATUS_LABELS: Readonly<Record<WorkStatus, WorkStatusLabel>> = {
  working_full: { nb: 'I fullt arbeid', en: 'Working full time' },
  working_graded: { nb: 'Gradert sykmeldt, delvis i arbeid', en: 'Graded sick leave, partly working' },
  sick_listed_full: { nb: '100 % sykmeldt', en: 'Sick-listed 100 %' },
  at_risk: { nb: 'I risiko, ikke sykmeldt', en: 'At risk, not sick-listed' },
  job_seeker: { nb: 'Arbeidssøker', en: 'Job seeker' },
  student: { nb: 'Student / i utdanning', en: 'Student' },
  aap: { nb: 'Arbeidsavklaringspenger (AAP)', en: 'Work assessment allowance (AAP)' },
  other: { nb: 'Annet', en: 'Other' },
};

export const isWorkStatus = (value: unknown): value is WorkStatus => typeof value === 'string' && (WORK_STATUSES as readonly string[]).includes(value);

/** Working at all, fully or partly. */
export const isWorking = (status: WorkStatus): boolean => status === 'working_full' || status === 'working_graded';

/**
 * Whether a change is "started work", the meaningful change the GP is told about: into work from
 * outside it (sick-listed, job seeker, student, AAP, other), or from graded work back to full work.
 * "At risk, not sick-listed" is at work already, so moving from it into work is no start; nor is a
 * step down from full to graded work.
 */
export function startedWork(from: WorkStatus, to: WorkStatus): boolean {
  if (!isWorking(to) || from === to) return false;
  if (from === 'working_graded') return to === 'working_full';
  return from !== 'working_full' && from !== 'at_risk';
}

/** The work status a course starts from, read off the sick-leave facts kept on the referral. */
export function workStatusFromSickLeave(status: SickLeaveStatusAtReferral): WorkStatus {
  if (status === 'sick_listed_graded') return 'working_graded';
  return status;
}

/** The status that holds now: the last change during the course, else the start. */
export const currentWorkStatus = (course: { work_status_start: WorkStatus; work_status_current: WorkStatus | null; work_status_end: WorkStatus | null }): WorkStatus =>
  course.work_status_end ?? course.work_status_current ?? course.work_status_start;
