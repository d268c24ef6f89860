import { describe, expect, it } from 'vitest';
import { currentWorkStatus, isWorkStatus, startedWork, WORK_STATUS_LABELS, WORK_STATUSES, workStatusFromSickLeave } from './work-status.js';

describe('the work-status scale', () => {
  it('has eight unambiguous values, each labelled in bokmål and English', () => {
    expect(WORK_STATUSES).toHaveLength(8);
    for (const status of WORK_STATUSES) {
      expect(WORK_STATUS_LABELS[status].nb.length, status).toBeGreaterThan(0);
      expect(WORK_STATUS_LABELS[status].en.length, status).toBeGreaterThan(0);
    }
    expect(new Set(WORK_STATUSES.map((s) => WORK_STATUS_LABELS[s].nb)).size).toBe(8);
    expect(isWorkStatus('working')).toBe(false);
  });

  it('counts moving into work from outside it, or from graded to full work, as started work', () => {
    expect(startedWork('sick_listed_full', 'working_graded')).toBe(true);
    expect(startedWork('sick_listed_full', 'working_full')).toBe(true);
    expect(startedWork('job_seeker', 'working_full')).toBe(true);
    expect(startedWork('aap', 'working_graded')).toBe(true);
    expect(startedWork('working_graded', 'working_full')).toBe(true);
  });

  it('does not count staying, stepping down or an at-risk worker carrying on as started work', () => {
    expect(startedWork('working_full', 'working_full')).toBe(false);
    expect(startedWork('working_full', 'working_graded')).toBe(false);
    expect(startedWork('at_risk', 'working_full')).toBe(false);
    expect(startedWork('working_graded', 'sick_listed_full')).toBe(false);
    expect(startedWork('sick_listed_full', 'student')).toBe(false);
  });

  it('starts a course from the sick-leave facts on the referral, and reads the status now', () => {
    expect(workStatusFromSickLeave('at_risk')).toBe('at_risk');
    expect(workStatusFromSickLeave('sick_listed_graded')).toBe('working_graded');
    expect(workStatusFromSickLeave('sick_listed_full')).toBe('sick_listed_full');
    expect(currentWorkStatus({ work_status_start: 'sick_listed_full', work_status_current: null, work_status_end: null })).toBe('sick_listed_full');
    expect(currentWorkStatus({ work_status_start: 'sick_listed_full', work_status_current: 'working_graded', work_status_end: null })).toBe('working_graded');
    expect(currentWorkStatus({ work_status_start: 'sick_listed_full', work_status_current: 'working_graded', work_status_end: 'working_full' })).toBe('working_full');
  });
});
