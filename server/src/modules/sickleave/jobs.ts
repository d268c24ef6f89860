import { formatISO } from 'date-fns';
import { addWorkingDays } from '../../platform/working-days.js';
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { loadSickLeaveSettings } from './settings.js';

/**
 * NAV tasks still not done past their deadline go to the office manager. Safe with several app
 * servers: each claims its rows with FOR UPDATE SKIP LOCKED, so a task escalates once.
 */
export async function escalateOverdueTasks(db: Kysely<Database>, clock: Clock): Promise<number> {
  const settings = await loadSickLeaveSettings(db);
  const cutoff = addWorkingDays(formatISO(clock.now(), { representation: 'date' }), -settings.escalateAfterWorkingDays);
  const now = clock.now();
  const escalated = await sql<{ id: string }>`
    update case_task set escalated_at = ${now}
     where id in (select id from case_task
                   where owner_kind = 'nav_office' and status in ('open', 'taken')
                     and escalated_at is null and due_on < ${cutoff}
                   for update skip locked)
    returning id`.execute(db);
  return escalated.rows.length;
}
