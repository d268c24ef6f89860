import { sql } from 'kysely';
import type { Executor } from '../../dialogue/access.js';
import { appRecError, type AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import type { Dialogmelding } from '../domain/model.js';

/** NAV's national address in the registers, which GP systems may send to instead of an office. */
export interface NavAddress {
  orgNumber: string;
  herId: string;
}

export interface ResolvedParties {
  /** The NAV office named as receiver, or null when the national NAV address was used. */
  receiverOfficeId: string | null;
  gp: { personId: string; officeId: string | null; name: string };
  citizen: { id: string; navOfficeId: string | null };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const asInt = (value: string | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null);

/**
 * Who the message is from, to and about, in the platform's directory. A message to an address
 * that is not NAV's (E21), from a practitioner the directory does not know (E20) or about a
 * person the platform does not know (E35) is refused: it must not land with the wrong party.
 */
export async function resolveParties(
  db: Executor,
  message: Dialogmelding,
  nav: NavAddress,
): Promise<{ ok: true; parties: ResolvedParties } | { ok: false; errors: AppRecErrorItem[] }> {
  const receiver = message.receiver.organisation;
  const receiverHer = asInt(receiver.herId);
  const toNational = receiver.orgNumber === nav.orgNumber || receiver.herId === nav.herId;
  const professional = message.sender.professional;
  const hpr = asInt(professional?.hprNumber);
  const her = asInt(professional?.herId);
  const senderOrg = message.sender.organisation;
  const senderHer = asInt(senderOrg.herId);
  // One statement: the receiving office, the practitioner (a match on HPR number wins over one on
  // HER-id), their practice (the one the message came from, when they have several), the patient.
  const found = await sql<{
    receiver_office_id: string | null;
    person_id: string | null;
    person_name: string | null;
    gp_office_id: string | null;
    citizen_id: string | null;
    citizen_office_id: string | null;
  }>`
    with practitioner as (
      select p.id, p.given_name || ' ' || p.family_name as name from person p
      where p.active and (p.hpr_number = ${hpr}::int or p.her_id = ${her}::int)
      order by p.hpr_number is not distinct from ${hpr}::int desc limit 1
    ), patient as (
      select z.id, z.nav_office_id from citizen z where z.fnr = ${message.patient.id}
    )
    select
      ${toNational ? sql`null::uuid` : sql`(select o.id from organisation o where o.kind = 'nav_office' and o.active
        and (o.org_number = ${receiver.orgNumber ?? null}::text or ${receiverHer}::int = any(o.her_ids)) limit 1)`} as receiver_office_id,
      (select id from practitioner) as person_id,
      (select name from practitioner) as person_name,
      (select o.id from position pos join organisation o on o.id = pos.organisation_id
        where pos.person_id = (select id from practitioner) and o.kind = 'gp_office'
        order by (o.org_number = ${senderOrg.orgNumber ?? null}::text or ${senderHer}::int = any(o.her_ids)) is true desc limit 1) as gp_office_id,
      (select id from patient) as citizen_id,
      (select nav_office_id from patient) as citizen_office_id`.execute(db);
  const row = found.rows[0]!;
  if (!toNational && (!row.receiver_office_id || (!receiver.orgNumber && receiverHer === null))) {
    return { ok: false, errors: [appRecError('E21', `Mottakeren ${describeOrg(receiver)} er ikke et NAV-kontor på denne plattformen.`)] };
  }
  if (!row.person_id) {
    const who = professional ? `${[professional.givenName, professional.familyName].filter(Boolean).join(' ')} (HPR ${professional.hprNumber ?? 'mangler'})` : 'uten navn';
    return { ok: false, errors: [appRecError('E20', `Avsenderen ${who} er ikke registrert som lege på denne plattformen.`)] };
  }
  if (!row.citizen_id) return { ok: false, errors: [appRecError('E35', 'Pasienten finnes ikke i NAVs system på denne plattformen.')] };
  return {
    ok: true,
    parties: {
      receiverOfficeId: row.receiver_office_id,
      gp: { personId: row.person_id, officeId: row.gp_office_id, name: row.person_name ?? '' },
      citizen: { id: row.citizen_id, navOfficeId: row.citizen_office_id },
    },
  };
}

function describeOrg(org: Dialogmelding['receiver']['organisation']) {
  const ids = [org.orgNumber ? `org.nr. ${org.orgNumber}` : null, org.herId ? `HER-id ${org.herId}` : null].filter(Boolean).join(', ');
  return `${org.name}${ids ? ` (${ids})` : ''}`;
}

export interface ThreadLink {
  conversationId: string;
  /** The message answered, when the references name one of ours. */
  parentMessageId: string | null;
}

/**
 * The thread an inbound message belongs to: first by the references it carries (RefToParent,
 * RefToConversation, the quoted request's document id — ours are our message ids, and a GP's own
 * earlier messages are found by their MsgId), always for the same patient and the same GP or
 * practice. Returns null when no reference leads anywhere; the caller then falls back.
 */
export async function threadByReference(db: Executor, message: Dialogmelding, parties: ResolvedParties): Promise<ThreadLink | null> {
  const refs = [message.conversation?.parentId, message.body.answersRequest?.documentId, message.conversation?.conversationId].filter(
    (r): r is string => typeof r === 'string' && r.length > 0 && r.length <= 200,
  );
  if (refs.length === 0) return null;
  // Our message ids where a reference is one (its position kept, so the first reference wins).
  const uuids = refs.map((r) => (UUID.test(r) ? r.toLowerCase() : null));
  const found = await sql<{ conversation_id: string; message_id: string | null }>`
    with refs as (select * from unnest(${refs}::text[], ${uuids}::uuid[]) with ordinality as r(ref, id, rank)),
    hits as (
      select m.conversation_id, m.id as message_id, refs.rank from refs join dialogue_message m on m.id = refs.id
      union all
      select i.conversation_id, i.dialogue_message_id, refs.rank from refs join interop_message i on i.msg_id = refs.ref
      where i.conversation_id is not null
    )
    select c.id as conversation_id, hits.message_id from hits join conversation c on c.id = hits.conversation_id
    where c.citizen_id = ${parties.citizen.id}
      and (c.gp_person_id = ${parties.gp.personId} or c.gp_office_id = ${parties.gp.officeId}::uuid)
    order by hits.rank limit 1`.execute(db);
  const hit = found.rows[0];
  return hit ? { conversationId: hit.conversation_id, parentMessageId: hit.message_id } : null;
}

/** The GP's open (unanswered, not withdrawn) request about the patient, newest first. */
export async function openRequestFor(db: Executor, parties: ResolvedParties) {
  return db
    .selectFrom('dialogue_message as m')
    .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
    .where('c.citizen_id', '=', parties.citizen.id)
    .where('c.gp_person_id', '=', parties.gp.personId)
    .where('m.kind', '=', 'request')
    .where('m.answered_at', 'is', null)
    .where('m.withdrawn_at', 'is', null)
    .select(['m.id', 'm.conversation_id'])
    .orderBy('m.created_at', 'desc')
    .executeTakeFirst();
}

/** The newest thread between the GP and NAV about the patient. */
export async function latestThreadFor(db: Executor, parties: ResolvedParties) {
  return db
    .selectFrom('conversation')
    .where('citizen_id', '=', parties.citizen.id)
    .where('gp_person_id', '=', parties.gp.personId)
    .select(['id'])
    .orderBy('last_message_at', 'desc')
    .executeTakeFirst();
}
