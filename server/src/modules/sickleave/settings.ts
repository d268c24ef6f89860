import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/**
 * Deadlines for the work a sick note creates. Defaults here; an installation overrides them in
 * the `setting` table under the key 'sickleave' (report 001: Kristiansand answers within five
 * working days).
 */
export interface SickLeaveSettings {
  /** Early-meeting and early-dialogue requests, and follow-up class 4: NAV acts within this. */
  navTaskWorkingDays: number;
  /** Follow-up class 3: the employer adapts the work within this. */
  employerTaskWorkingDays: number;
  /** Follow-up class 2: the GP is reminded this many days before the note ends. */
  gpReminderDaysBeforeEnd: number;
  /** An open NAV task this many working days past its deadline goes to the office manager. */
  escalateAfterWorkingDays: number;
  /** Which kinds of NAV information a GP sees (the legal basis differs per kind; report 001 L1882–1900). */
  gpFeed: { milestones: boolean; maksdato: boolean; measures: boolean; decisions: boolean; adviser: boolean; navSeenNote: boolean };
}

export const DEFAULT_SICK_LEAVE_SETTINGS: SickLeaveSettings = {
  navTaskWorkingDays: 5,
  employerTaskWorkingDays: 5,
  gpReminderDaysBeforeEnd: 3,
  escalateAfterWorkingDays: 0,
  gpFeed: { milestones: true, maksdato: true, measures: true, decisions: true, adviser: true, navSeenNote: true },
};

export async function loadSickLeaveSettings(db: Kysely<Database>): Promise<SickLeaveSettings> {
  const row = await db.selectFrom('setting').where('key', '=', 'sickleave').select('value').executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<SickLeaveSettings>;
  return { ...DEFAULT_SICK_LEAVE_SETTINGS, ...stored, gpFeed: { ...DEFAULT_SICK_LEAVE_SETTINGS.gpFeed, ...stored.gpFeed } };
}
