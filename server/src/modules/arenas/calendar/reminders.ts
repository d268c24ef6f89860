import { sql } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Config } from '../../../platform/config.js';
import { osloDate } from '../../../platform/oslo-date.js';
import type { Db } from '../access.js';
import { DEFAULT_REMINDER_HOURS } from '../domain/settings.js';
import { tellArena } from '../notices.js';

/**
 * Reminders before each session (ADR 0006 "Calendar"): planned sessions of live arenas starting
 * within the arena's `reminderHours` (48 by default), not yet reminded. Each batch claims its
 * sessions with FOR UPDATE SKIP LOCKED and sets `reminded_at` in the same transaction as the
 * notifications, so several app instances never remind anyone twice.
 */
interface DueSession {
  id: string;
  arena_id: string;
  title: string;
  starts_at: Date;
  organiser_user_id: string;
}

const osloTime = (d: Date) => new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(d);

export async function runArenaReminders(db: Db, clock: Clock, config: Pick<Config, 'publicUrl'>, batchSize = 100): Promise<number> {
  let reminded = 0;
  for (;;) {
    const handled = await db.transaction().execute(async (tx) => {
      const now = clock.now();
      const due = (
        await sql<DueSession>`
          select s.id, s.arena_id, a.title, s.starts_at, a.organiser_user_id
            from arena_session s join arena a on a.id = s.arena_id
           where s.status = 'planned' and s.reminded_at is null and a.status in ('open', 'closed')
             and s.starts_at > ${now}
             and s.starts_at <= ${now}::timestamptz + make_interval(hours => coalesce((a.settings->>'reminderHours')::int, ${DEFAULT_REMINDER_HOURS}))
           order by s.starts_at
           limit ${batchSize}
             for update of s skip locked`.execute(tx)
      ).rows;
      for (const session of due) {
        const people = await tx.selectFrom('arena_participant').where('arena_id', '=', session.arena_id).where('status', '=', 'signed_up').select('user_id').execute();
        const startsAt = new Date(session.starts_at);
        const when = `${osloDate(startsAt).split('-').reverse().join('.')} kl. ${osloTime(startsAt)}`;
        await tellArena(tx, { clock, config }, 'session_reminder', [...new Set([session.organiser_user_id, ...people.map((p) => p.user_id)])], { id: session.arena_id, title: session.title }, { when });
        await tx.updateTable('arena_session').set({ reminded_at: now }).where('id', '=', session.id).execute();
      }
      return due.length;
    });
    reminded += handled;
    if (handled < batchSize) return reminded;
  }
}
