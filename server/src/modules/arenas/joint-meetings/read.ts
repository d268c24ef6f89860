/** The joint meeting or meeting place as its page shows it: settings, sessions with agendas, proposals from both sides. */
import { auditArena, userSummaries, type Db, type OutreachCtx } from '../visits/outreach-access.js';
import { loadJointMeeting, requireVisibleJoint } from './access.js';
import { isEvening, jointMeetingSettings, sideOf } from './domain/sessions.js';

export async function readJointMeeting(db: Db, ctx: OutreachCtx, arenaId: string) {
  const arena = await loadJointMeeting(db, arenaId);
  const standing = await requireVisibleJoint(db, ctx.actor, arena);
  const [sessions, proposals, host, signedUp] = await Promise.all([
    db.selectFrom('arena_session').where('arena_id', '=', arenaId).selectAll().orderBy('ordinal').execute(),
    db.selectFrom('arena_agenda_proposal').where('arena_id', '=', arenaId).selectAll().orderBy('created_at').execute(),
    arena.host_organisation_id ? db.selectFrom('organisation').where('id', '=', arena.host_organisation_id).select(['id', 'name']).executeTakeFirst() : undefined,
    db.selectFrom('arena_participant').where('arena_id', '=', arenaId).where('status', '=', 'signed_up').where('part', '=', 'participant').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  const users = await userSummaries(db, [arena.organiser_user_id, ...proposals.map((p) => p.proposed_by)]);
  await auditArena(db, ctx, { action: 'read', objectType: 'arena', objectId: arenaId });
  return {
    id: arena.id,
    kind: arena.kind as 'joint_meeting' | 'meeting_place',
    title: arena.title,
    description: arena.description,
    status: arena.status,
    location: arena.location,
    municipalityNumbers: arena.municipality_numbers,
    countyNumber: arena.county_number,
    capacity: arena.capacity,
    signedUp: Number(signedUp?.n ?? 0),
    signupDeadline: arena.signup_deadline ? new Date(arena.signup_deadline as unknown as string).toISOString() : null,
    organiser: users.get(arena.organiser_user_id) ?? null,
    hostOrganisation: host ?? null,
    settings: jointMeetingSettings(arena.settings),
    sessions: sessions.map((s) => ({
      id: s.id,
      ordinal: s.ordinal,
      startsAt: s.starts_at.toISOString(),
      endsAt: s.ends_at.toISOString(),
      title: s.title,
      location: s.location,
      status: s.status,
      evening: isEvening({ startsAt: s.starts_at, endsAt: s.ends_at }),
      agenda: s.agenda.map((a) => ({ kind: a.kind, title: a.title, minutes: a.minutes, by: a.by ?? null })),
    })),
    proposals: proposals.map((p) => ({
      id: p.id,
      side: p.side,
      title: p.title,
      description: p.description,
      status: p.status,
      proposedBy: users.get(p.proposed_by) ?? null,
      sessionId: p.session_id,
      decisionNote: p.decision_note,
      createdAt: p.created_at.toISOString(),
    })),
    canManage: standing.manager,
    mySide: sideOf(ctx.actor.role),
  };
}

/** Joint meetings and meeting places the actor may see: those they organise or take part in, and those of their area (admins: all). */
export async function listJointMeetings(db: Db, ctx: OutreachCtx) {
  const { actor } = ctx;
  const org = actor.organisationId ? await db.selectFrom('organisation').where('id', '=', actor.organisationId).select('municipality_number').executeTakeFirst() : undefined;
  const municipality = org?.municipality_number ?? null;
  let query = db.selectFrom('arena as a').where('a.kind', 'in', ['joint_meeting', 'meeting_place']);
  if (actor.role !== 'admin') {
    query = query.where((eb) =>
      eb.or([
        eb('a.organiser_user_id', '=', actor.userId),
        eb.exists(eb.selectFrom('arena_participant as p').whereRef('p.arena_id', '=', 'a.id').where('p.user_id', '=', actor.userId).where('p.status', 'in', ['signed_up', 'waiting', 'nominated']).select('p.id')),
        ...(municipality
          ? [eb.and([eb('a.status', '!=', 'draft'), eb.or([eb(eb.val(municipality), '=', eb.fn.any('a.municipality_numbers')), eb.and([eb(eb.fn('cardinality', ['a.municipality_numbers']), '=', 0), eb('a.county_number', '=', municipality.slice(0, 2))])])])]
          : []),
      ]),
    );
  }
  const rows = await query
    .select((eb) => [
      'a.id',
      'a.kind',
      'a.title',
      'a.status',
      'a.location',
      'a.settings',
      eb.selectFrom('arena_session as s').whereRef('s.arena_id', '=', 'a.id').where('s.status', '=', 'planned').select((e) => e.fn.min('s.starts_at').as('n')).as('next_starts_at'),
    ])
    .orderBy('a.created_at', 'desc')
    .limit(200)
    .execute();
  await auditArena(db, ctx, { action: 'list', objectType: 'arena', detail: { kind: 'joint', rows: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as 'joint_meeting' | 'meeting_place',
    title: r.title,
    status: r.status,
    location: r.location,
    settings: jointMeetingSettings(r.settings),
    nextStartsAt: r.next_starts_at ? new Date(r.next_starts_at as unknown as string).toISOString() : null,
  }));
}
