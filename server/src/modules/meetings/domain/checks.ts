import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { ZONE } from './format.js';
import type { PlaceKind } from './kinds.js';
import type { MeetingStatus } from './state.js';

/**
 * Checks of what an adviser asks for when convening or moving a meeting. Each returns null when
 * the input is fine, or the first problem as a code (and the field it concerns), so the form can
 * point at the right place.
 */
const MINUTE = 60_000;

export interface ScheduleSettings {
  minDurationMinutes: number;
  maxDurationMinutes: number;
  maxDaysAhead: number;
}

export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = { minDurationMinutes: 15, maxDurationMinutes: 240, maxDaysAhead: 365 };

export type ScheduleProblem =
  | { code: 'MEETING_IN_PAST'; field: 'startsAt' }
  | { code: 'MEETING_TOO_FAR_AHEAD'; field: 'startsAt'; maxDaysAhead: number }
  | { code: 'MEETING_DURATION_INVALID'; field: 'durationMinutes'; min: number; max: number };

export function checkSchedule(input: {
  startsAt: Date;
  durationMinutes: number;
  now: Date;
  settings?: ScheduleSettings;
}): ScheduleProblem | null {
  const { startsAt, durationMinutes, now, settings = DEFAULT_SCHEDULE_SETTINGS } = input;
  if (startsAt.getTime() <= now.getTime()) return { code: 'MEETING_IN_PAST', field: 'startsAt' };
  // Days ahead are calendar days in Norway, so the limit does not move by an hour over DST.
  const latest = addDays(new TZDate(now.getTime(), ZONE), settings.maxDaysAhead);
  if (startsAt.getTime() > latest.getTime()) return { code: 'MEETING_TOO_FAR_AHEAD', field: 'startsAt', maxDaysAhead: settings.maxDaysAhead };
  if (!Number.isInteger(durationMinutes) || durationMinutes < settings.minDurationMinutes || durationMinutes > settings.maxDurationMinutes) {
    return { code: 'MEETING_DURATION_INVALID', field: 'durationMinutes', min: settings.minDurationMinutes, max: settings.maxDurationMinutes };
  }
  return null;
}

// Made once: building a formatter costs far more than using one.
const OSLO_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE });

/**
 * NAV's offices and most workplaces are closed at weekends and on public holidays; a meeting on
 * one is almost always a slip of the date picker. The calendar of working days is passed in.
 */
export function checkWorkingDay(startsAt: Date, isWorkingDay: (isoDate: string) => boolean): { code: 'MEETING_NOT_A_WORKING_DAY'; field: 'startsAt' } | null {
  const day = OSLO_DAY.format(startsAt);
  return isWorkingDay(day) ? null : { code: 'MEETING_NOT_A_WORKING_DAY', field: 'startsAt' };
}

export interface MeetingPlace {
  kind: PlaceKind;
  text?: string | null;
  videoUrl?: string | null;
}

/**
 * The places nobody can find without an address or a description. A NAV office or GP office is
 * known from the case (the person's office, the GP's office), so its text may be left out.
 */
export const PLACE_KINDS_NEEDING_TEXT: readonly PlaceKind[] = ['workplace', 'other'];

export type PlaceProblem =
  | { code: 'MEETING_PLACE_MISSING'; field: 'place.text'; kinds: readonly PlaceKind[] }
  | { code: 'MEETING_VIDEO_LINK_MISSING'; field: 'place.videoUrl' }
  | { code: 'MEETING_VIDEO_LINK_NOT_HTTPS'; field: 'place.videoUrl' }
  | { code: 'MEETING_VIDEO_LINK_UNEXPECTED'; field: 'place.videoUrl' };

const blank = (value: string | null | undefined): boolean => !value || value.trim() === '';

export function checkPlace(place: MeetingPlace): PlaceProblem | null {
  if (PLACE_KINDS_NEEDING_TEXT.includes(place.kind) && blank(place.text)) {
    return { code: 'MEETING_PLACE_MISSING', field: 'place.text', kinds: PLACE_KINDS_NEEDING_TEXT };
  }
  if (place.kind !== 'video') {
    // A stray link on a physical meeting would send some participants to a room nobody opens.
    return blank(place.videoUrl) ? null : { code: 'MEETING_VIDEO_LINK_UNEXPECTED', field: 'place.videoUrl' };
  }
  const link = place.videoUrl?.trim() ?? '';
  if (link === '') return { code: 'MEETING_VIDEO_LINK_MISSING', field: 'place.videoUrl' };
  return isSafeVideoLink(link) ? null : { code: 'MEETING_VIDEO_LINK_NOT_HTTPS', field: 'place.videoUrl' };
}

/** An https link to a named host, with no user name or password in it (those would be sent to everyone). */
export function isSafeVideoLink(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

// ajv-formats' "full" e-mail format: the same rule the API schemas use, so a check here never
// disagrees with the request validation. It requires a dot in the domain and allows no spaces.
const EMAIL_FORMAT = fullFormats.email;
if (!(EMAIL_FORMAT instanceof RegExp)) throw new Error('ajv-formats: the e-mail format is expected to be a RegExp');
const EMAIL_PATTERN: RegExp = EMAIL_FORMAT;

export type EmailProblem = { code: 'MEETING_EMAIL_INVALID'; field: 'email' };

export function checkEmail(address: string): EmailProblem | null {
  const problem: EmailProblem = { code: 'MEETING_EMAIL_INVALID', field: 'email' };
  if (address.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(address)) return problem;
  const at = address.lastIndexOf('@');
  return at > MAX_LOCAL_PART_LENGTH ? problem : null;
}

/**
 * A participant must be reachable in the platform (a user) or by e-mail; otherwise nobody would
 * ever learn of the meeting. Whether the address is well-formed is `checkEmail`'s business.
 */
export function checkReachable(participant: { userId?: string | null; email?: string | null }): { code: 'MEETING_PARTICIPANT_UNREACHABLE' } | null {
  return blank(participant.userId) && blank(participant.email) ? { code: 'MEETING_PARTICIPANT_UNREACHABLE' } : null;
}

export type GpPart = { kind: 'whole' } | { kind: 'last_minutes'; minutes: number };
export type GpDecision = { invite: true; part: GpPart } | { invite: false; reason: string };

/** Report 001 asks that GPs be invited more often: not inviting one takes a real reason. */
export const GP_REASON_MIN_LENGTH = 10;
/** Shorter than this, the GP's part is not worth the trip or the call. */
export const GP_PART_MIN_MINUTES = 5;

export type GpDecisionProblem =
  | { code: 'MEETING_GP_DECISION_MISSING'; field: 'gp' }
  | { code: 'MEETING_GP_REASON_MISSING'; field: 'gp.reason'; minLength: number }
  | { code: 'MEETING_GP_PART_INVALID'; field: 'gp.part.minutes'; min: number; max: number };

export function checkGpDecision(gp: GpDecision | null | undefined, durationMinutes: number): GpDecisionProblem | null {
  if (!gp) return { code: 'MEETING_GP_DECISION_MISSING', field: 'gp' };
  if (!gp.invite) {
    return gp.reason.trim().length >= GP_REASON_MIN_LENGTH ? null : { code: 'MEETING_GP_REASON_MISSING', field: 'gp.reason', minLength: GP_REASON_MIN_LENGTH };
  }
  if (gp.part.kind === 'whole') return null;
  const { minutes } = gp.part;
  // The last N minutes must leave some of the meeting before the GP joins; otherwise it is "whole".
  return Number.isInteger(minutes) && minutes >= GP_PART_MIN_MINUTES && minutes < durationMinutes
    ? null
    : { code: 'MEETING_GP_PART_INVALID', field: 'gp.part.minutes', min: GP_PART_MIN_MINUTES, max: durationMinutes - 1 };
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** The stretch of the meeting a participant attends: all of it, or its last N minutes. */
export function participantWindow(meetingStart: Date, durationMinutes: number, part?: GpPart | null): TimeWindow {
  const end = new Date(meetingStart.getTime() + durationMinutes * MINUTE);
  if (!part || part.kind === 'whole') return { start: new Date(meetingStart.getTime()), end };
  // Never earlier than the meeting itself, even if the part was stored before a shortening move.
  const minutes = Math.min(part.minutes, durationMinutes);
  return { start: new Date(end.getTime() - minutes * MINUTE), end };
}

export interface ScheduledMeeting {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  status: MeetingStatus;
}

/**
 * The person's other meetings that clash with the candidate. Intervals are half-open, so a
 * meeting ending at 10.00 and one starting at 10.00 do not clash. Only meetings still to be held
 * count; a candidate with an id (a move) does not clash with itself.
 */
export function overlapping<T extends ScheduledMeeting>(
  candidate: { id?: string; startsAt: Date; durationMinutes: number },
  others: readonly T[],
): T[] {
  const start = candidate.startsAt.getTime();
  const end = start + candidate.durationMinutes * MINUTE;
  return others.filter((other) => {
    if (other.id === candidate.id) return false;
    if (other.status !== 'invited' && other.status !== 'new_time_place') return false;
    const otherStart = other.startsAt.getTime();
    const otherEnd = otherStart + other.durationMinutes * MINUTE;
    return start < otherEnd && otherStart < end;
  });
}
