import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/platform/db/schema.js';

/**
 * Grows the demo GP's inbox to `gpConversations` threads (a fifth waiting for the GP) and the demo
 * adviser's office inbox to `officeOpen` threads waiting for NAV, in bulk SQL.
 */
export async function growDialogue(db: Kysely<Database>, gpConversations: number, officeOpen: number) {
  const gp = await db.selectFrom('app_user').where('role', '=', 'gp').where('description', 'like', '%80 %%').select(['person_id', 'organisation_id']).executeTakeFirstOrThrow();
  const adviser = await db.selectFrom('app_user').where('role', '=', 'nav_adviser').where('description', 'like', 'Veileder for%').select(['organisation_id']).executeTakeFirstOrThrow();
  const patients = (
    await db.selectFrom('citizen').where('regular_gp_person_id', '=', gp.person_id!).where('protection', '=', 'none').where('shielded', '=', false).select('id').execute()
  ).map((c) => c.id);
  const officeCitizens = (
    // Other GPs' patients, so the demo GP's inbox holds just its own threads.
    await db
      .selectFrom('citizen')
      .where('nav_office_id', '=', adviser.organisation_id!)
      .where('protection', '=', 'none')
      .where('shielded', '=', false)
      .where('regular_gp_person_id', '!=', gp.person_id!)
      .select(['id', 'regular_gp_person_id'])
      .execute()
  );
  await sql`
    insert into conversation (citizen_id, nav_office_id, gp_person_id, gp_office_id, subject, started_by, request_kind, awaiting, next_due_at, last_message_at, gp_unread, search_text, created_at)
    select (${patients}::uuid[])[1 + i % ${patients.length}], ${adviser.organisation_id}, ${gp.person_id}, ${gp.organisation_id},
           'L8: Tilleggsopplysninger ' || i, 'nav', 'L8',
           case when i % 5 = 0 then 'gp' end, case when i % 5 = 0 then now() + (i % 21) * interval '1 day' end,
           now() - i * interval '7 minutes', i % 3 = 0, 'benk samtale ' || i, now() - i * interval '7 minutes'
      from generate_series(1, ${gpConversations}) as i`.execute(db);
  await sql`
    insert into conversation (citizen_id, nav_office_id, gp_person_id, subject, started_by, awaiting, next_due_at, last_message_at, nav_unread, search_text, created_at)
    select (${officeCitizens.map((c) => c.id)}::uuid[])[1 + i % ${officeCitizens.length}], ${adviser.organisation_id},
           (${officeCitizens.map((c) => c.regular_gp_person_id)}::uuid[])[1 + i % ${officeCitizens.length}],
           'Henvendelse ' || i, 'gp', 'nav', now() + ((i % 15) - 5) * interval '1 day', now() - i * interval '1 minute', i % 2 = 0, 'benk henvendelse ' || i, now()
      from generate_series(1, ${officeOpen}) as i`.execute(db);
  await sql`
    insert into dialogue_message (conversation_id, kind, code_system, code, sender_side, body, due_at, expects_answer, delivered_at, created_at, request_kind, tariff_code)
    select id, case when started_by = 'nav' then 'request' else 'note' end, case when started_by = 'nav' then 8129 else 8128 end, 1,
           started_by, 'Benk', next_due_at, awaiting is not null, created_at, created_at,
           case when started_by = 'nav' then 'L8' end, case when started_by = 'nav' then 'L8' end
      from conversation where search_text like 'benk %'`.execute(db);
}
