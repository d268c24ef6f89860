import { sql, type Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import type { Db } from './access.js';
import { CODE_SYSTEMS, REMINDER_CODE } from './domain/codes.js';
import { followUpDue, osloDate } from './domain/deadlines.js';
import { tell } from './notices.js';
import { officeUsers, usersActingAs } from './parties.js';
import type { DialogueSettings } from './settings.js';
import { appendMessage } from './thread.js';

interface DueRow {
  id: string;
  conversation_id: string;
  kind: string;
  sender_side: string;
  sender_user_id: string | null;
  due_at: Date | null;
  answered_at: Date | null;
  withdrawn_at: Date | null;
  reminded_at: Date | null;
  escalated_at: Date | null;
  case_id: string | null;
  citizen_id: string;
  nav_office_id: string;
  gp_person_id: string;
  gp_office_id: string | null;
  assigned_user_id: string | null;
}

export interface FollowUpCounts {
  reminded: number;
  escalated: number;
}

/**
 * Reminds and escalates messages that passed their deadline unanswered. Each batch claims its
 * rows with FOR UPDATE SKIP LOCKED and marks them in the same transaction, so several app
 * instances never remind twice; an answer locks its request too, so no reminder follows one.
 */
export async function runDialogueFollowUps(db: Db, clock: Clock, settings: DialogueSettings, config: Pick<Config, 'publicUrl'>, batchSize = 200): Promise<FollowUpCounts> {
  const counts = { reminded: 0, escalated: 0 };
  for (;;) {
    const handled = await db.transaction().execute(async (tx) => {
      const now = clock.now();
      const escalateBefore = new Date(now.getTime() - settings.escalateAfterDays * 86_400_000);
      const rows = (
        await sql<DueRow>`
          select m.id, m.conversation_id, m.kind, m.sender_side, m.sender_user_id, m.due_at, m.answered_at, m.withdrawn_at,
                 m.reminded_at, m.escalated_at, c.case_id, c.citizen_id, c.nav_office_id, c.gp_person_id, c.gp_office_id, c.assigned_user_id
            from dialogue_message m join conversation c on c.id = m.conversation_id
           where m.expects_answer and m.answered_at is null and m.withdrawn_at is null and m.due_at <= ${now}
             and (m.reminded_at is null or (m.escalated_at is null and m.reminded_at <= ${escalateBefore}))
           order by m.due_at
           limit ${batchSize}
             for update of m skip locked`.execute(tx)
      ).rows;
      for (const row of rows) {
        const action = followUpDue(
          { dueAt: row.due_at, answeredAt: row.answered_at, withdrawnAt: row.withdrawn_at, remindedAt: row.reminded_at, escalatedAt: row.escalated_at },
          now,
          settings,
        );
        if (action === 'remind') {
          await remind(tx, clock, config, row, now, settings);
          counts.reminded++;
        } else if (action === 'escalate') {
          await escalate(tx, clock, config, row, now);
          counts.escalated++;
        }
      }
      return rows.length;
    });
    if (handled < batchSize) return counts;
  }
}

async function remind(tx: Transaction<Database>, clock: Clock, config: Pick<Config, 'publicUrl'>, row: DueRow, now: Date, settings: DialogueSettings) {
  const fromNav = row.sender_side === 'nav';
  await tx.updateTable('dialogue_message').set({ status: fromNav ? 'reminded' : 'overdue', reminded_at: now }).where('id', '=', row.id).execute();
  if (fromNav && row.kind === 'request') {
    // The GP gets the reminder as a message (8129/2) in the thread, as a GP system would.
    const office = await tx.selectFrom('organisation').where('id', '=', row.nav_office_id).select('name').executeTakeFirst();
    await appendMessage(
      tx,
      {
        conversation_id: row.conversation_id,
        parent_id: row.id,
        kind: 'reminder',
        code_system: CODE_SYSTEMS.request,
        code: REMINDER_CODE,
        sender_side: 'system',
        sender_user_id: null,
        sender_name: office?.name ?? 'NAV',
        sender_org_name: office?.name ?? null,
        recipient_org_id: row.gp_office_id,
        recipient_person_id: row.gp_person_id,
        recipient_user_id: null,
        body: 'Påminnelse: forespørselen er ikke besvart innen fristen.',
        request_kind: null,
        tariff_code: null,
        legal_basis: null,
        due_on: null,
        due_at: null,
        delivered_at: now,
        idempotency_key: null,
        payload_hash: null,
        created_at: now,
      },
      now,
      '',
    );
    await tell(tx, clock, config, 'reminder_gp', await usersActingAs(tx, row.gp_person_id, 'gp'), row.conversation_id);
  }
  // NAV's side gets a "no answer" task on the case: the adviser follows up (or answers, for a GP's message).
  const owner = row.assigned_user_id ?? (fromNav ? row.sender_user_id : null);
  const ownerPerson = owner ? (await tx.selectFrom('app_user').where('id', '=', owner).select('person_id').executeTakeFirst())?.person_id ?? null : null;
  if (row.case_id) {
    await tx
      .insertInto('case_task')
      .values({
        case_id: row.case_id,
        note_id: null,
        kind: fromNav ? 'request_unanswered' : 'gp_message_unanswered',
        owner_kind: 'nav_office',
        owner_org_id: row.nav_office_id,
        owner_person_id: ownerPerson,
        // Due when the escalation would come, so the office's task escalation agrees with it.
        due_on: osloDate(new Date(now.getTime() + settings.escalateAfterDays * 86_400_000)),
        message_id: row.id,
      })
      .execute();
  }
  const readers = owner ? [owner] : await officeUsers(tx, row.nav_office_id, ['nav_adviser', 'nav_manager']);
  await tell(tx, clock, config, 'no_answer', readers, row.conversation_id);
}

async function escalate(tx: Transaction<Database>, clock: Clock, config: Pick<Config, 'publicUrl'>, row: DueRow, now: Date) {
  await tx.updateTable('dialogue_message').set({ escalated_at: now }).where('id', '=', row.id).execute();
  await tx.updateTable('case_task').set({ escalated_at: now }).where('message_id', '=', row.id).where('status', 'in', ['open', 'taken']).execute();
  await tell(tx, clock, config, 'escalation', await officeUsers(tx, row.nav_office_id, ['nav_manager']), row.conversation_id);
}
