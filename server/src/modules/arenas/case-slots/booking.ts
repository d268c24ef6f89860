/**
 * Booking case slots (issue 10 point 5): an arena of kind 'case_slots' organised by the adviser,
 * with the GP as its one participant and a session per slot — proper arena_session rows, so the
 * core's calendar, reminders and .ics files show them to both. The GP is told.
 */
import type { Config } from '../../../platform/config.js';
import { AppError } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { notify } from '../../../platform/notify/notify.js';
import { addSessions } from '../joint-meetings/session-rows.js';
import { auditArena, refuse, type Db, type OutreachCtx } from '../visits/outreach-access.js';
import { planSlots, SLOT_LIMITS, type SlotBooking } from './domain/slots.js';

export const BOOKER_ROLES = new Set(['nav_adviser', 'nav_manager']);

export interface BookingInput extends SlotBooking {
  gpUserId: string;
  title?: string;
  location?: string;
  casesPerSlot?: number;
}

async function gpFor(db: Db, userId: string) {
  const gp = await db
    .selectFrom('app_user as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .leftJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .where('u.role', '=', 'gp')
    .select(['u.id', 'u.organisation_id', 'o.municipality_number', 'o.name as office_name', 'p.given_name', 'p.family_name'])
    .executeTakeFirst();
  if (!gp) throw new AppError('ARENA_USER_INVALID', { field: 'gpUserId' });
  return gp;
}

export async function bookCaseSlots(db: Db, ctx: OutreachCtx & { config: Pick<Config, 'publicUrl'> }, input: BookingInput): Promise<{ id: string; sessions: number }> {
  if (!BOOKER_ROLES.has(ctx.actor.role)) throw new AppError('ARENA_CASE_SLOTS_ROLE');
  const now = ctx.clock.now();
  const plan = planSlots(input, now);
  if (!plan.ok) refuse(plan.problem);
  const gp = await gpFor(db, input.gpUserId);
  const gpName = personName(gp.given_name, gp.family_name);
  const municipality = gp.municipality_number;
  const settings = { gpUserId: gp.id, perMonth: input.perMonth, casesPerSlot: input.casesPerSlot ?? SLOT_LIMITS.defaultCasesPerSlot };
  return db.transaction().execute(async (tx) => {
    const arena = await tx
      .insertInto('arena')
      .values({
        kind: 'case_slots',
        title: input.title?.trim() || `Saksgjennomgang med ${gpName}`,
        organiser_user_id: ctx.actor.userId,
        host_organisation_id: ctx.actor.organisationId,
        municipality_numbers: municipality ? [municipality] : [],
        county_number: municipality ? municipality.slice(0, 2) : null,
        location: input.location?.trim() ?? '',
        capacity: 1,
        status: 'open',
        settings: JSON.stringify(settings),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('arena_participant')
      .values({ arena_id: arena.id, user_id: gp.id, status: 'signed_up', organisation_id: gp.organisation_id, municipality_number: municipality, is_gp: true, signed_up_at: now, updated_at: now })
      .execute();
    await addSessions(tx, arena.id, plan.sessions.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, title: 'Saksgjennomgang', location: input.location })), now);
    await notify(
      tx,
      ctx.clock,
      {
        userIds: [gp.id],
        event: 'arena_update',
        title: { nb: 'Faste saksgjennomganger med NAV', en: 'Regular case slots with NAV' },
        body: { nb: `${ctx.actor.name} har satt opp ${plan.sessions.length} saksgjennomganger med deg.`, en: `${ctx.actor.name} has booked ${plan.sessions.length} case slots with you.` },
        link: `/moteplasser/saksgjennomgang/${arena.id}`,
      },
      ctx.config,
    );
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena', objectId: arena.id, detail: { kind: 'case_slots', gpUserId: gp.id, sessions: plan.sessions.length } });
    return { id: arena.id, sessions: plan.sessions.length };
  });
}

/** The actor's case slots: as the adviser who booked them or as the GP; the next planned slot first. */
export async function listCaseSlots(db: Db, ctx: OutreachCtx) {
  const { actor } = ctx;
  const rows = await db
    .selectFrom('arena as a')
    .where('a.kind', '=', 'case_slots')
    .where((eb) =>
      eb.or([
        eb('a.organiser_user_id', '=', actor.userId),
        eb.exists(eb.selectFrom('arena_participant as p').whereRef('p.arena_id', '=', 'a.id').where('p.user_id', '=', actor.userId).where('p.status', '=', 'signed_up').select('p.id')),
      ]),
    )
    .select((eb) => [
      'a.id',
      'a.title',
      'a.status',
      'a.organiser_user_id',
      'a.settings',
      eb.selectFrom('arena_session as s').whereRef('s.arena_id', '=', 'a.id').where('s.status', '=', 'planned').where('s.starts_at', '>', ctx.clock.now()).select((e) => e.fn.min('s.starts_at').as('n')).as('next_starts_at'),
    ])
    .orderBy('a.created_at', 'desc')
    .execute();
  const ids = [...new Set(rows.flatMap((r) => [r.organiser_user_id, String(r.settings.gpUserId)]))];
  const people = ids.length === 0 ? [] : await db.selectFrom('app_user as u').leftJoin('person as p', 'p.id', 'u.person_id').where('u.id', 'in', ids).select(['u.id', 'p.given_name', 'p.family_name']).execute();
  const nameOf = (id: string) => {
    const p = people.find((x) => x.id === id);
    return p ? personName(p.given_name, p.family_name) : '';
  };
  await auditArena(db, ctx, { action: 'list', objectType: 'arena', detail: { kind: 'case_slots', rows: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    adviser: { userId: r.organiser_user_id, name: nameOf(r.organiser_user_id) },
    gp: { userId: String(r.settings.gpUserId), name: nameOf(String(r.settings.gpUserId)) },
    perMonth: Number(r.settings.perMonth ?? 1),
    nextStartsAt: r.next_starts_at ? new Date(r.next_starts_at as unknown as string).toISOString() : null,
    mine: r.organiser_user_id === actor.userId ? ('adviser' as const) : ('gp' as const),
  }));
}

/** GPs the adviser can book slots with: GP users whose office lies in the adviser's county. */
export async function gpOptions(db: Db, ctx: OutreachCtx) {
  if (!BOOKER_ROLES.has(ctx.actor.role)) throw new AppError('ARENA_CASE_SLOTS_ROLE');
  const own = ctx.actor.organisationId ? await db.selectFrom('organisation').where('id', '=', ctx.actor.organisationId).select('municipality_number').executeTakeFirst() : undefined;
  const county = own?.municipality_number?.slice(0, 2);
  if (!county) return [];
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('person as p', 'p.id', 'u.person_id')
    .innerJoin('organisation as o', 'o.id', 'u.organisation_id')
    .where('u.role', '=', 'gp')
    .where('u.active', '=', true)
    .where('o.municipality_number', 'like', `${county}%`)
    .select(['u.id', 'p.given_name', 'p.family_name', 'o.name as office_name'])
    .orderBy('p.family_name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: personName(r.given_name, r.family_name), officeName: r.office_name }));
}
