import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import { notify } from '../../platform/notify/notify.js';
import { runPeriodically } from '../../platform/jobs/periodic.js';
import { osloDate } from '../../platform/oslo-date.js';
import type { Db } from './access.js';
import { auditForum } from './access.js';

interface OverdueRow {
  id: string;
  body_id: string;
  forwarded_to: string | null;
  forward_due_on: string;
}

const NOTICE = {
  title: { nb: 'Svarfristen for en videresendt sak har gått ut', en: 'The reply deadline of a forwarded case has passed' },
  body: {
    nb: 'En sak forumet videresendte har ikke fått svar innen fristen. Følg opp mottakeren, eller registrer utfallet.',
    en: 'A case the forum forwarded has had no reply by its deadline. Follow up with the recipient, or record the outcome.',
  },
};

/**
 * Tells the body's current leader and secretary, once, when a forwarded case's reply deadline
 * has passed while it is still waiting. Rows are claimed with SKIP LOCKED and marked in the same
 * transaction, so several app instances never tell twice.
 */
export async function remindOverdueForwards(db: Db, clock: Clock, config: Pick<Config, 'publicUrl'>, batchSize = 100): Promise<number> {
  let told = 0;
  for (;;) {
    const handled = await db.transaction().execute(async (tx) => {
      const now = clock.now();
      const today = osloDate(now);
      const rows = (
        await sql<OverdueRow>`
          select id, body_id, forwarded_to, forward_due_on::text as forward_due_on
            from forum_submission
           where status = 'forwarded' and forward_reminded_at is null and forward_due_on < ${today}::date
           order by forward_due_on
           limit ${batchSize}
             for update skip locked`.execute(tx)
      ).rows;
      for (const row of rows) {
        const managers = await tx
          .selectFrom('forum_member')
          .where('body_id', '=', row.body_id)
          .where('role', 'in', ['leader', 'secretary'])
          .where('user_id', 'is not', null)
          .where('term_start', '<=', today)
          .where((eb) => eb.or([eb('term_end', 'is', null), eb('term_end', '>=', today)]))
          .select('user_id')
          .execute();
        const userIds = managers.map((m) => m.user_id!);
        if (userIds.length > 0) await notify(tx, clock, { userIds, event: 'forum_work', ...NOTICE, link: `/samarbeidsforum/sak/${row.id}` }, config);
        await tx.updateTable('forum_submission').set({ forward_reminded_at: now }).where('id', '=', row.id).execute();
        await auditForum(tx, { actor: null, requestId: 'forum-reminders', clock }, {
          action: 'update',
          objectType: 'forum_submission',
          objectId: row.id,
          detail: { forwardOverdue: row.forward_due_on, forwardedTo: row.forwarded_to, told: userIds.length },
        });
        told += userIds.length > 0 ? 1 : 0;
      }
      return rows.length;
    });
    if (handled < batchSize) return told;
  }
}

/** Looks for overdue forwarded cases every few minutes while the app runs. */
export function installForumReminders(app: FastifyInstance, intervalMs = 300_000): void {
  const { db, clock, config } = app.platform;
  runPeriodically(app, 'forum reminders', intervalMs, () => remindOverdueForwards(db, clock, config));
}
