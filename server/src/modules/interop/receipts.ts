import type { Transaction } from 'kysely';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { osloDate } from '../dialogue/domain/deadlines.js';
import { tell } from '../dialogue/notices.js';
import { officeUsers } from '../dialogue/parties.js';
import type { AppRec } from './domain/model.js';

type Tx = Transaction<Database>;

export type ReceiptOutcome = 'applied' | 'duplicate' | 'unknown_message';

/**
 * A receiver's AppRec for one of our documents: the delivery status becomes OK or rejected. A
 * rejection is somebody's work — "recipient does not exist" (E21) marks the GP office's address
 * as needing attention — so the NAV office gets a task on the case (or, without a case, its
 * managers a notification) and the adviser sees the reason in the thread.
 */
export async function applyReceipt(
  tx: Tx,
  deps: { clock: Clock; config: Pick<Config, 'publicUrl'>; audit: AuditContext },
  receipt: AppRec,
  /** The receipt as it came, kept with the document it answers. */
  document: string,
): Promise<ReceiptOutcome> {
  const now = deps.clock.now();
  const original = await tx
    .selectFrom('interop_message as i')
    .leftJoin('conversation as c', 'c.id', 'i.conversation_id')
    .where('i.direction', '=', 'out')
    .where('i.msg_id', '=', receipt.original.msgId)
    .select(['i.id', 'i.status', 'i.dialogue_message_id', 'i.counterpart_org_id', 'c.id as conversation_id', 'c.case_id', 'c.nav_office_id', 'c.citizen_id', 'c.assigned_user_id'])
    .forUpdate('i')
    .executeTakeFirst();
  if (!original) return 'unknown_message';
  // The first receipt decides; a repeated one changes nothing.
  if (original.status === 'ok' || original.status === 'rejected') return 'duplicate';

  const rejected = receipt.status === 'rejected';
  await tx
    .updateTable('interop_message')
    .set({ status: rejected ? 'rejected' : 'ok', errors: JSON.stringify(receipt.errors), apprec_id: receipt.id, apprec: document, acknowledged_at: now })
    .where('id', '=', original.id)
    .execute();
  await recordAudit(tx, deps.audit, {
    action: 'update',
    citizenId: original.citizen_id,
    objectType: 'interop_message',
    objectId: original.id,
    purpose: 'sick_leave_follow_up',
    detail: { receipt: receipt.status, errors: receipt.errors.map((e) => e.code) },
  });
  if (!rejected) return 'applied';

  const unknownRecipient = receipt.errors.some((e) => e.code === 'E21');
  if (unknownRecipient && original.counterpart_org_id) {
    await tx
      .updateTable('organisation')
      .set({ address_attention_at: now, address_attention_reason: `E21 Mottaker finnes ikke (AppRec ${receipt.id})` })
      .where('id', '=', original.counterpart_org_id)
      .execute();
  }
  if (original.case_id && original.nav_office_id) {
    await tx
      .insertInto('case_task')
      .values({
        case_id: original.case_id,
        note_id: null,
        kind: unknownRecipient ? 'gp_address_unknown' : 'message_rejected',
        owner_kind: 'nav_office',
        owner_org_id: original.nav_office_id,
        owner_person_id: null,
        due_on: osloDate(now),
        message_id: original.dialogue_message_id,
      })
      .execute();
  }
  if (original.nav_office_id && original.conversation_id) {
    const readers = original.assigned_user_id ? [original.assigned_user_id] : await officeUsers(tx, original.nav_office_id, ['nav_manager']);
    await tell(tx, deps.clock, deps.config, 'delivery_failed', readers, original.conversation_id);
  }
  return 'applied';
}
