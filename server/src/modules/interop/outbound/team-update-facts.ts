import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { TEAM_NOTE_THEME, type OutboundFacts } from '../domain/outbound.js';
import { firstHer, RECEIVER_COLUMNS, receiverFacts } from './address-facts.js';

/**
 * A team's update to the GP (issue 8) as the facts of a national note: from the team's host
 * organisation (a municipality's health service, not NAV) to the GP and their office, with the
 * update's title and text and the suggested tariff. Every update about one referral is one
 * conversation (the referral's id), so the GP's record system files them together. Null when the
 * update, the team's host organisation or the GP is gone; the document then fails with a reason.
 */
export async function teamUpdateFacts(db: Kysely<Database> | Transaction<Database>, updateId: string): Promise<OutboundFacts | null> {
  const row = await db
    .selectFrom('team_gp_update as u')
    .innerJoin('team_referral as r', 'r.id', 'u.referral_id')
    .innerJoin('team as t', 't.id', 'r.team_id')
    .innerJoin('organisation as host', 'host.id', 't.host_organisation_id')
    .innerJoin('citizen as z', 'z.id', 'r.citizen_id')
    .innerJoin('person as gp', (join) => join.on((eb) => eb('gp.id', '=', eb.fn.coalesce('u.gp_person_id', 'r.gp_person_id'))))
    // The GP's practice, as for NAV's messages: the office of their GP position.
    .leftJoin('position as pos', (join) => join.onRef('pos.person_id', '=', 'gp.id').on('pos.role', '=', 'gp'))
    .leftJoin('organisation as gpo', 'gpo.id', 'pos.organisation_id')
    .where('u.id', '=', updateId)
    .select([
      'u.id',
      'u.referral_id',
      'u.title',
      'u.body',
      'u.tariff_hint',
      'u.created_by_name',
      'u.created_at',
      'host.name as host_name',
      'host.org_number as host_org_number',
      'host.her_ids as host_her_ids',
      ...RECEIVER_COLUMNS,
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    messageId: row.id,
    conversationStartId: row.referral_id,
    parentMessageId: null,
    kind: 'note',
    codeSystem: TEAM_NOTE_THEME.list,
    code: TEAM_NOTE_THEME.code,
    createdAt: new Date(row.created_at),
    subject: row.title,
    body: [row.body.trim(), row.tariff_hint?.trim()].filter(Boolean).join('\n\n'),
    sender: { name: row.host_name, orgNumber: row.host_org_number, herId: firstHer(row.host_her_ids) },
    author: row.created_by_name.trim() ? { name: row.created_by_name } : null,
    ...receiverFacts(row),
  };
}
