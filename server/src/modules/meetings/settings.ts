import type { Kysely } from 'kysely';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import type { Database } from '../../platform/db/schema.js';

/**
 * The rules of dialogue meetings that an installation may change, in the `setting` table under
 * the key 'meetings'; the defaults follow NAV practice and the reports.
 */
export interface MeetingSettings {
  minDurationMinutes: number;
  maxDurationMinutes: number;
  maxDaysAhead: number;
  /** The GP's reduced tariff applies when NAV cancels less than this many hours before the start. */
  shortNoticeHours: number;
  /** A need for a meeting becomes a task for the office due in this many working days. */
  meetingNeedWorkingDays: number;
  /** Counties (the first two digits of the municipality number) whose policy keeps advisory physicians out of meetings. */
  advisoryPhysicianExcludedCounties: readonly string[];
}

export const DEFAULT_MEETING_SETTINGS: MeetingSettings = {
  minDurationMinutes: 15,
  maxDurationMinutes: 240,
  maxDaysAhead: 365,
  shortNoticeHours: 24,
  meetingNeedWorkingDays: 5,
  advisoryPhysicianExcludedCounties: [],
};

export async function loadMeetingSettings(db: Kysely<Database>): Promise<MeetingSettings> {
  const row = await db.selectFrom('setting').where('key', '=', 'meetings').select('value').executeTakeFirst();
  return { ...DEFAULT_MEETING_SETTINGS, ...((row?.value ?? {}) as Partial<MeetingSettings>) };
}

/** The settings in force, read at most every 30 seconds. */
export function meetingSettingsCache(db: Kysely<Database>) {
  const cache = new AnswerCache<MeetingSettings>(30, 1);
  return { get: () => cache.get('meetings', () => loadMeetingSettings(db)) };
}
