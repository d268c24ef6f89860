import { sql } from 'kysely';
import type { Executor } from '../../dialogue/access.js';
import { appRecError, type AppRecErrorItem } from '../domain/xml/apprec-errors.js';
import type { Dialogmelding } from '../domain/model.js';
import { OPEN_STATUSES } from '../../sickleave/queries.js';

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

/** The directory facts of the person a message is about, read with the parties (for a new thread). */
export interface PatientFacts {
  givenName: string;
  familyName: string;
  /** The person's open sick-leave case, newest first day, when there is one. */
  openCase: { id: string; navOfficeId: string | null; assignedUserId: string | null } | null;
}

export type Resolution = { ok: true; parties: ResolvedParties; patient: PatientFacts } | { ok: false; errors: AppRecErrorItem[] };

/**
 * Who each message is from, to and about, in the platform's directory — one statement for a
 * whole batch. A message to an address that is not NAV's (E21), from a practitioner the directory
 * does not know (E20) or about a person the platform does not know (E35) is refused: it must not
 * land with the wrong party.
 */
export async function resolvePartiesMany(db: Executor, messages: readonly Dialogmelding[], nav: NavAddress): Promise<Resolution[]> {
  if (messages.length === 0) return [];
  const inputs = messages.map((message) => {
    const receiver = message.receiver.organisation;
    const professional = message.sender.professional;
    const senderOrg = message.sender.organisation;
    return {
      receiverOrg: receiver.orgNumber ?? null,
      receiverHer: asInt(receiver.herId),
      toNational: receiver.orgNumber === nav.orgNumber || receiver.herId === nav.herId,
      hpr: asInt(professional?.hprNumber),
      her: asInt(professional?.herId),
      senderOrg: senderOrg.orgNumber ?? null,
      senderHer: asInt(senderOrg.herId),
      fnr: message.patient.id,
    };
  });
  const column = <K extends keyof (typeof inputs)[number]>(key: K) => inputs.map((i) => i[key]);
  // Per message: the receiving office, the practitioner (a match on HPR number wins over one on
  // HER-id), their practice (the one the message came from, when they have several), the patient
  // and their open sick-leave case (a new thread is about it).
  const found = await sql<{
    n: string;
    receiver_office_id: string | null;
    person_id: string | null;
    person_name: string | null;
    gp_office_id: string | null;
    citizen_id: string | null;
    citizen_office_id: string | null;
    given_name: string | null;
    family_name: string | null;
    case_id: string | null;
    case_office_id: string | null;
    case_user_id: string | null;
  }>`
    select i.n,
      case when i.to_national then null::uuid else (select o.id from organisation o where o.kind = 'nav_office' and o.active
        and (o.org_number = i.receiver_org or i.receiver_her = any(o.her_ids)) limit 1) end as receiver_office_id,
      pr.id as person_id, pr.name as person_name,
      (select o.id from position pos join organisation o on o.id = pos.organisation_id
        where pos.person_id = pr.id and o.kind = 'gp_office'
        order by (o.org_number = i.sender_org or i.sender_her = any(o.her_ids)) is true desc limit 1) as gp_office_id,
      z.id as citizen_id, z.nav_office_id as citizen_office_id, z.given_name, z.family_name,
      sc.id as case_id, sc.nav_office_id as case_office_id, sc.assigned_user_id as case_user_id
    from unnest(${column('receiverOrg')}::text[], ${column('receiverHer')}::int[], ${column('toNational')}::bool[], ${column('hpr')}::int[],
                ${column('her')}::int[], ${column('senderOrg')}::text[], ${column('senderHer')}::int[], ${column('fnr')}::text[])
      with ordinality as i(receiver_org, receiver_her, to_national, hpr, her, sender_org, sender_her, fnr, n)
    left join lateral (
      select p.id, p.given_name || ' ' || p.family_name as name from person p
      where p.active and (p.hpr_number = i.hpr or p.her_id = i.her)
      order by p.hpr_number is not distinct from i.hpr desc limit 1) pr on true
    left join citizen z on z.fnr = i.fnr
    left join lateral (
      select s.id, s.nav_office_id, s.assigned_user_id from sick_case s
      where s.citizen_id = z.id and s.status in (${sql.join(OPEN_STATUSES)})
      order by s.first_day desc limit 1) sc on true
    order by i.n`.execute(db);
  return messages.map((message, index): Resolution => {
    const row = found.rows[index]!;
    const receiver = message.receiver.organisation;
    const professional = message.sender.professional;
    if (!inputs[index]!.toNational && (!row.receiver_office_id || (!receiver.orgNumber && inputs[index]!.receiverHer === null))) {
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
      patient: {
        givenName: row.given_name ?? '',
        familyName: row.family_name ?? '',
        openCase: row.case_id ? { id: row.case_id, navOfficeId: row.case_office_id, assignedUserId: row.case_user_id } : null,
      },
    };
  });
}

function describeOrg(org: Dialogmelding['receiver']['organisation']) {
  const ids = [org.orgNumber ? `org.nr. ${org.orgNumber}` : null, org.herId ? `HER-id ${org.herId}` : null].filter(Boolean).join(', ');
  return `${org.name}${ids ? ` (${ids})` : ''}`;
}

/** What the database offers a message as its thread, read for a whole batch in one statement. */
export interface ThreadCandidates {
  /** The first reference that leads to a thread of the same patient and GP or practice. */
  reference: { conversationId: string; messageId: string | null; messageKind: string | null; messageParentId: string | null } | null;
  /** The GP's open (unanswered, not withdrawn) request about the patient, newest first. */
  openRequest: { id: string; conversationId: string } | null;
  /** The newest thread between the GP and NAV about the patient. */
  latestThread: string | null;
  /** For a meeting reply: the thread of the GP's open invitation about the patient (from the meetings module). */
  invitation?: string | null;
}

export interface ThreadFacts {
  navOfficeId: string;
  assignedUserId: string | null;
  caseId: string | null;
}

/**
 * The threads each message may belong to: by the references it carries (RefToParent,
 * RefToConversation, the quoted request's document id — ours are our message ids, and a GP's own
 * earlier messages are found by their MsgId), always for the same patient and the same GP or
 * practice; and, for answers and meeting replies, the open request and the latest thread. With
 * the facts of every thread named, so the caller decides without asking again.
 */
export async function threadCandidates(
  db: Executor,
  items: readonly { message: Dialogmelding; parties: ResolvedParties; fallbacks: boolean }[],
): Promise<{ candidates: ThreadCandidates[]; facts: Map<string, ThreadFacts> }> {
  if (items.length === 0) return { candidates: [], facts: new Map() };
  const refs: { n: number; ref: string; id: string | null }[] = [];
  items.forEach(({ message }, n) => {
    for (const ref of [message.conversation?.parentId, message.body.answersRequest?.documentId, message.conversation?.conversationId]) {
      // Our message ids where a reference is one (its position kept, so the first reference wins).
      if (typeof ref === 'string' && ref.length > 0 && ref.length <= 200) refs.push({ n, ref, id: UUID.test(ref) ? ref.toLowerCase() : null });
    }
  });
  const found = await sql<{
    n: number;
    ref_conversation_id: string | null;
    ref_message_id: string | null;
    ref_kind: string | null;
    ref_parent_id: string | null;
    open_id: string | null;
    open_conversation_id: string | null;
    latest_id: string | null;
    facts: { id: string; nav_office_id: string; assigned_user_id: string | null; case_id: string | null }[];
  }>`
    with p as (
      select * from unnest(${items.map((_, n) => n)}::int[], ${items.map((i) => i.parties.citizen.id)}::uuid[], ${items.map((i) => i.parties.gp.personId)}::uuid[],
                           ${items.map((i) => i.parties.gp.officeId)}::uuid[], ${items.map((i) => i.fallbacks)}::bool[]) as p(n, citizen, gp, office, fallbacks)
    ), refs as (
      select * from unnest(${refs.map((r) => r.n)}::int[], ${refs.map((r) => r.ref)}::text[], ${refs.map((r) => r.id)}::uuid[]) with ordinality as r(n, ref, id, rank)
    ), hits as (
      select refs.n, refs.rank, m.conversation_id, m.id as message_id from refs join dialogue_message m on m.id = refs.id
      union all
      select refs.n, refs.rank, i.conversation_id, i.dialogue_message_id from refs join interop_message i on i.msg_id = refs.ref
      where i.conversation_id is not null
    ), linked as (
      select distinct on (hits.n) hits.n, hits.conversation_id, hits.message_id from hits
      join p on p.n = hits.n join conversation c on c.id = hits.conversation_id
      where c.citizen_id = p.citizen and (c.gp_person_id = p.gp or c.gp_office_id = p.office)
      order by hits.n, hits.rank
    ), picked as (
      select p.n, l.conversation_id as ref_conversation_id, l.message_id as ref_message_id, rm.kind as ref_kind, rm.parent_id as ref_parent_id,
        o.id as open_id, o.conversation_id as open_conversation_id, t.id as latest_id
      from p
      left join linked l on l.n = p.n
      left join dialogue_message rm on rm.id = l.message_id
      left join lateral (
        select m.id, m.conversation_id from dialogue_message m join conversation c on c.id = m.conversation_id
        where p.fallbacks and c.citizen_id = p.citizen and c.gp_person_id = p.gp and m.kind = 'request' and m.answered_at is null and m.withdrawn_at is null
        order by m.created_at desc limit 1) o on true
      left join lateral (
        select c.id from conversation c where p.fallbacks and c.citizen_id = p.citizen and c.gp_person_id = p.gp
        order by c.last_message_at desc limit 1) t on true
    )
    select picked.*, coalesce((select json_agg(json_build_object('id', c.id, 'nav_office_id', c.nav_office_id, 'assigned_user_id', c.assigned_user_id, 'case_id', c.case_id))
      from conversation c where c.id in (picked.ref_conversation_id, picked.open_conversation_id, picked.latest_id)), '[]') as facts
    from picked order by picked.n`.execute(db);
  const facts = new Map<string, ThreadFacts>();
  const candidates = found.rows.map((row): ThreadCandidates => {
    for (const f of row.facts) facts.set(f.id, { navOfficeId: f.nav_office_id, assignedUserId: f.assigned_user_id, caseId: f.case_id });
    return {
      reference: row.ref_conversation_id ? { conversationId: row.ref_conversation_id, messageId: row.ref_message_id, messageKind: row.ref_kind, messageParentId: row.ref_parent_id } : null,
      openRequest: row.open_id && row.open_conversation_id ? { id: row.open_id, conversationId: row.open_conversation_id } : null,
      latestThread: row.latest_id,
    };
  });
  return { candidates, facts };
}
