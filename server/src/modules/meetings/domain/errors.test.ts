import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERRORS } from '../../../platform/errors.js';
import type { EmailProblem, GpDecisionProblem, PlaceProblem, ScheduleProblem } from './checks.js';
import { MEETING_ERRORS, type MeetingErrorCode } from './errors.js';
import type { StateConflictCode } from './state.js';

describe('meeting error codes', () => {
  it('defines every code the domain can return', () => {
    type DomainCode = StateConflictCode | ScheduleProblem['code'] | PlaceProblem['code'] | EmailProblem['code'] | GpDecisionProblem['code'] | 'MEETING_PARTICIPANT_UNREACHABLE';
    expectTypeOf<DomainCode>().toExtend<MeetingErrorCode>();
    for (const code of ['MEETING_OVERLAP_UNCONFIRMED', 'MEETING_NOT_INVITED', 'MEETING_NOT_FOUND', 'MEETING_ADVISORY_PHYSICIAN_NOT_ALLOWED', 'MEETING_MINUTES_INCOMPLETE', 'MEETING_CORRECTION_REASON_MISSING', 'MEETING_GP_ATTENDANCE_MISSING']) {
      expect(MEETING_ERRORS).toHaveProperty(code);
    }
  });

  it('uses 409 for refusals by state, 400 for input, and the statuses the ADR names', () => {
    for (const code of ['MEETING_CANCELLED', 'MEETING_COMPLETED', 'MEETING_CLOSED', 'MEETING_NOT_STARTED', 'MEETING_NOT_COMPLETED', 'MEETING_REPLY_TOO_LATE', 'MEETING_OVERLAP_UNCONFIRMED'] as const) {
      expect(MEETING_ERRORS[code].status, code).toBe(409);
    }
    for (const code of ['MEETING_IN_PAST', 'MEETING_DURATION_INVALID', 'MEETING_PLACE_MISSING', 'MEETING_VIDEO_LINK_NOT_HTTPS', 'MEETING_EMAIL_INVALID', 'MEETING_GP_REASON_MISSING', 'MEETING_MINUTES_INCOMPLETE'] as const) {
      expect(MEETING_ERRORS[code].status, code).toBe(400);
    }
    expect(MEETING_ERRORS.MEETING_NOT_INVITED.status).toBe(403);
    expect(MEETING_ERRORS.MEETING_NOT_FOUND.status).toBe(404);
    expect(MEETING_ERRORS.MEETING_ADVISORY_PHYSICIAN_NOT_ALLOWED.status).toBe(422);
    expect(MEETING_ERRORS.MEETING_OVERLAP_UNCONFIRMED.nb).toBe('Personen har et annet møte på samme tid. Bekreft for å kalle inn likevel.');
  });

  it('has the shape of the platform errors, with texts in both languages, and reaches the platform table unchanged', () => {
    for (const [code, def] of Object.entries(MEETING_ERRORS)) {
      expect(code).toMatch(/^MEETING_[A-Z0-9_]+$/);
      expect(Object.keys(def).sort()).toEqual(['en', 'nb', 'status']);
      expect(def.nb.trim()).not.toBe('');
      expect(def.en.trim()).not.toBe('');
      expect(ERRORS[code as keyof typeof ERRORS], code).toEqual(def);
    }
  });
});
