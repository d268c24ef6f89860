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
  let receiverOfficeId: string | null = null;
  if (!toNational) {
    const office = await db
      .selectFrom('organisation')
      .where('kind', '=', 'nav_office')
      .where('active', '=', true)
      .where((eb) =>
        eb.or([
          ...(receiver.orgNumber ? [eb('org_number', '=', receiver.orgNumber)] : []),
          ...(receiverHer !== null ? [eb(sql<number>`${receiverHer}`, '=', eb.fn.any('her_ids'))] : []),
        ]),
      )
      .select('id')
      .executeTakeFirst();
    if (!office || (!receiver.orgNumber && receiverHer === null)) {
      return { ok: false, errors: [appRecError('E21', `Mottakeren ${describeOrg(receiver)} er ikke et NAV-kontor på denne plattformen.`)] };
    }
    receiverOfficeId = office.id;
  }

  const professional = message.sender.professional;
  const hpr = asInt(professional?.hprNumber);
  const her = asInt(professional?.herId);
  const person =
    hpr !== null || her !== null
      ? await db
          .selectFrom('person')
          .where('active', '=', true)
          .where((eb) => eb.or([...(hpr !== null ? [eb('hpr_number', '=', hpr)] : []), ...(her !== null ? [eb('her_id', '=', her)] : [])]))
          .select(['id', 'given_name', 'family_name', 'hpr_number'])
          // A match on HPR number wins over one on HER-id.
          .orderBy(sql`hpr_number is not distinct from ${hpr}`, 'desc')
          .executeTakeFirst()
      : undefined;
  if (!person) {
    const who = professional ? `${[professional.givenName, professional.familyName].filter(Boolean).join(' ')} (HPR ${professional.hprNumber ?? 'mangler'})` : 'uten navn';
    return { ok: false, errors: [appRecError('E20', `Avsenderen ${who} er ikke registrert som lege på denne plattformen.`)] };
  }
  const senderOrg = message.sender.organisation;
  const senderHer = asInt(senderOrg.herId);
  const office = await db
    .selectFrom('position as pos')
    .innerJoin('organisation as o', 'o.id', 'pos.organisation_id')
    .where('pos.person_id', '=', person.id)
    .where('o.kind', '=', 'gp_office')
    .select('o.id')
    // The practice the message came from, when the GP has several.
    .orderBy(
      sql`(${senderOrg.orgNumber ?? null}::text is not null and o.org_number = ${senderOrg.orgNumber ?? null}) or (${senderHer}::int is not null and ${senderHer}::int = any(o.her_ids))`,
      'desc',
    )
    .executeTakeFirst();

  const patient = await db.selectFrom('citizen').where('fnr', '=', message.patient.id).select(['id', 'nav_office_id']).executeTakeFirst();
  if (!patient) return { ok: false, errors: [appRecError('E35', 'Pasienten finnes ikke i NAVs system på denne plattformen.')] };
  return {
    ok: true,
    parties: {
      receiverOfficeId,
      gp: { personId: person.id, officeId: office?.id ?? null, name: [person.given_name, person.family_name].join(' ') },
      citizen: { id: patient.id, navOfficeId: patient.nav_office_id },
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
  for (const ref of refs) {
    const ours = UUID.test(ref)
      ? await db
          .selectFrom('dialogue_message as m')
          .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
          .where('m.id', '=', ref.toLowerCase())
          .select(['m.id', 'c.id as conversation_id', 'c.citizen_id', 'c.gp_person_id', 'c.gp_office_id'])
          .executeTakeFirst()
      : undefined;
    const viaInterop =
      ours ??
      (await db
        .selectFrom('interop_message as i')
        .innerJoin('conversation as c', 'c.id', 'i.conversation_id')
        .where('i.msg_id', '=', ref)
        .select(['i.dialogue_message_id as id', 'c.id as conversation_id', 'c.citizen_id', 'c.gp_person_id', 'c.gp_office_id'])
        .executeTakeFirst());
    if (!viaInterop) continue;
    const sameGp = viaInterop.gp_person_id === parties.gp.personId || (parties.gp.officeId !== null && viaInterop.gp_office_id === parties.gp.officeId);
    if (viaInterop.citizen_id !== parties.citizen.id || !sameGp) continue;
    return { conversationId: viaInterop.conversation_id, parentMessageId: viaInterop.id };
  }
  return null;
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
