import type { Kysely } from 'kysely';
import { AnswerCache } from '../../platform/cache/answer-cache.js';
import type { Database } from '../../platform/db/schema.js';
import type { DeadlineSettings } from './domain/deadlines.js';
import { DEFAULT_QUESTION_LIMITS, type QuestionLimits } from './domain/questions.js';

/**
 * Deadlines and limits of the dialogue. Defaults here; an installation overrides them in the
 * `setting` table under the key 'dialogue' (an office may have its own reply deadline, report 001
 * Kristiansand measure 4).
 */
export interface DialogueSettings extends DeadlineSettings {
  /** NAV offices with their own reply deadline to GPs, in working days, by office id. */
  navReplyWorkingDaysByOffice: Readonly<Record<string, number>>;
  questions: QuestionLimits;
  maxAnswerLength: number;
  maxMessageLength: number;
  attachments: { maxBytes: number; maxCount: number };
}

export const DEFAULT_DIALOGUE_SETTINGS: DialogueSettings = {
  requestDays: { L8: 14, L40: 21 },
  navReplyWorkingDays: 5,
  navReplyWorkingDaysByOffice: {},
  escalateAfterDays: 7,
  questions: DEFAULT_QUESTION_LIMITS,
  maxAnswerLength: 4000,
  maxMessageLength: 8000,
  attachments: { maxBytes: 10 * 1024 * 1024, maxCount: 5 },
};

export async function loadDialogueSettings(db: Kysely<Database>): Promise<DialogueSettings> {
  const row = await db.selectFrom('setting').where('key', '=', 'dialogue').select('value').executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<DialogueSettings>;
  const d = DEFAULT_DIALOGUE_SETTINGS;
  return {
    ...d,
    ...stored,
    requestDays: { ...d.requestDays, ...stored.requestDays },
    questions: { ...d.questions, ...stored.questions },
    attachments: { ...d.attachments, ...stored.attachments },
  };
}

export function navReplyWorkingDaysFor(settings: DialogueSettings, officeId: string): number {
  return settings.navReplyWorkingDaysByOffice[officeId] ?? settings.navReplyWorkingDays;
}

/** The settings in force, read at most every 30 seconds (they change by an administrator's edit). */
export function dialogueSettingsCache(db: Kysely<Database>) {
  const cache = new AnswerCache<DialogueSettings>(30, 1);
  return { get: () => cache.get('dialogue', () => loadDialogueSettings(db)), clear: () => cache.clear() };
}
