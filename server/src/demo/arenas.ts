/**
 * Demo small-group series and course (issue 10; docs/adr/0006-arenas.md, "Series" and "Courses"):
 * a Fredrikstad-like small group for GPs in Larvik — six first-Wednesday sessions, two of them
 * held with attendance, GPs signed up, a NAV topic taken into the agenda and one waiting, and an
 * invitation sent through the municipal physician (the demo GP, in Larvik, is not signed up and
 * sees the series as open to them) — and an Innlandet-like two-day course with sign-ups from
 * four municipalities and a computed table plan. Deterministic given "now".
 *
 * Participants other than the demo users are the demo's own GPs and NAV staff, given a platform
 * user that cannot sign in (inactive, not a demo user, no organisation on the user itself, so no
 * office list or notification ever reaches them); their sign-up keeps their workplace.
 */
import { addMonths, formatISO, startOfMonth } from 'date-fns';
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import type { ArenaAgendaItem } from '../platform/db/schema-arenas.js';
import { osloDate } from '../platform/oslo-date.js';
import { DEFAULT_SERIES_AGENDA, sessionAgenda, withProposal } from '../modules/arenas/domain/agenda.js';
import { generateSeries, osloInstant, type PlannedSession } from '../modules/arenas/domain/series.js';
import { DEFAULT_FEE, DEFAULT_REMINDER_HOURS } from '../modules/arenas/domain/settings.js';
import { planTables } from '../modules/arenas/domain/table-plan.js';
import type { DemoData } from './generate.js';

type Tx = Transaction<Database>;
const DAY = 86_400_000;
const NAV_ROLES = new Set(['nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician']);

function demoUser(data: DemoData, role: string, descriptionStart?: string) {
  const user = data.users.find((u) => u.role === role && (!descriptionStart || u.description.startsWith(descriptionStart)));
  if (!user) throw new Error(`demo: no ${role} user`);
  return user;
}

interface Attendee {
  userId: string;
  organisationId: string;
  municipality: string;
  role: string;
}

/** Inactive users for demo staff who have none, so they can appear as participants (see above). */
async function participantUsers(tx: Tx, data: DemoData, roles: ReadonlySet<string>, now: Date): Promise<Attendee[]> {
  const withUser = new Set(data.users.map((u) => u.person_id));
  const municipalityOf = new Map(data.organisations.map((o) => [o.id, o.municipality_number]));
  const positions = data.positions.filter((p) => roles.has(p.role) && !withUser.has(p.person_id));
  const seen = new Set<string>();
  const chosen = positions.filter((p) => !seen.has(p.person_id) && seen.add(p.person_id));
  if (chosen.length === 0) return [];
  const rows = await tx
    .insertInto('app_user')
    .values(chosen.map((p) => ({ role: p.role, person_id: p.person_id, citizen_id: null, organisation_id: null, oidc_subject: null, is_demo: false, active: false, description: 'Demo-deltaker på møteplasser (kan ikke logge inn)', created_at: now })))
    .returning('id')
    .execute();
  return chosen.map((p, i) => ({ userId: rows[i]!.id, organisationId: p.organisation_id, municipality: municipalityOf.get(p.organisation_id) ?? '', role: p.role }));
}

/** A first-Wednesday rule whose first two sessions have been held and the third is still ahead. */
function seriesSessions(now: Date): PlannedSession[] {
  for (const monthsBack of [2, 1]) {
    const firstDate = formatISO(startOfMonth(addMonths(new Date(`${osloDate(now)}T12:00:00Z`), -monthsBack)), { representation: 'date' });
    const result = generateSeries({ rule: { pattern: 'monthly_weekday', weekday: 3, week: 1 }, firstDate, count: 6, startTime: '18:00', durationMinutes: 90, holidays: 'move' });
    if (result.ok && result.sessions[1]!.endsAt < now && result.sessions[2]!.startsAt > now) return result.sessions;
  }
  throw new Error('demo: no series shape fits');
}

export async function seedDemoArenas(tx: Tx, data: DemoData, now: Date): Promise<void> {
  const participants = await participantUsers(tx, data, new Set(['gp', ...NAV_ROLES]), now);
  await seedSeries(tx, data, participants.filter((p) => p.role === 'gp' && p.municipality === '3805'), now);
  await seedCourse(tx, data, participants, now);
}

async function seedSeries(tx: Tx, data: DemoData, larvikGps: Attendee[], now: Date) {
  const organiser = demoUser(data, 'advisory_physician');
  const municipalPhysician = demoUser(data, 'municipal_physician');
  const adviser = demoUser(data, 'nav_adviser', 'Veileder for sykefraværsoppfølging');
  const guests = [
    { name: 'Arbeidsrettet rehabilitering (AiR)', organisation: 'Sykehuset i Vestfold', topic: 'Hva AiR kan tilby' },
    { name: 'Jobbmestringssenteret', organisation: 'NAV Vestfold og Telemark', topic: 'Jobbmestring med psykiske plager' },
  ];
  const sessions = seriesSessions(now);
  const arena = await tx
    .insertInto('arena')
    .values({
      kind: 'small_group_series',
      title: 'Smågruppe om sykefravær for fastleger i Larvik',
      description: 'Etter modellen fra Fredrikstad: seks samlinger på 90 minutter, første onsdag i måneden. Kort innlegg, spørsmål og anonymiserte kasus; NAVs virkemidler er fast punkt. Påmelding gjelder hele serien. Møtegodtgjørelse etter takst 14.',
      organiser_user_id: organiser.id,
      host_organisation_id: organiser.organisation_id,
      municipality_numbers: ['3805'],
      county_number: '38',
      location: 'NAV Larvik, møterommet i 2. etasje',
      capacity: 10,
      status: 'open',
      settings: JSON.stringify({ holidays: 'move', fee: DEFAULT_FEE, agendaTemplate: DEFAULT_SERIES_AGENDA, guests, reminderHours: DEFAULT_REMINDER_HOURS, rule: null }),
      created_at: new Date(sessions[0]!.startsAt.getTime() - 30 * DAY),
      updated_at: now,
    })
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  const sessionRows = await tx
    .insertInto('arena_session')
    .values(
      sessions.map((s) => {
        const agenda: ArenaAgendaItem[] = sessionAgenda(DEFAULT_SERIES_AGENDA, guests, s.ordinal);
        return { arena_id: arena.id, ordinal: s.ordinal, starts_at: s.startsAt, ends_at: s.endsAt, agenda: JSON.stringify(s.ordinal === 3 ? withProposal(agenda, { kind: 'talk', title: 'Aktivitetskravet ved 8 uker', minutes: 10, by: 'Veileder, NAV Larvik' }) : agenda), status: s.endsAt < now ? ('held' as const) : ('planned' as const), created_at: now };
      }),
    )
    .returning(['id', 'ordinal', 'starts_at', 'ends_at'])
    .execute();
  await tx
    .insertInto('arena_participant')
    .values({ arena_id: arena.id, user_id: municipalPhysician.id, part: 'co_organiser', status: 'signed_up', organisation_id: municipalPhysician.organisation_id, municipality_number: '3907', signed_up_at: now, updated_at: now })
    .execute();
  const gps = larvikGps.slice(0, 6);
  const signedUpAt = new Date(sessions[0]!.startsAt.getTime() - 14 * DAY);
  const rows = await tx
    .insertInto('arena_participant')
    .values(gps.map((g) => ({ arena_id: arena.id, user_id: g.userId, status: 'signed_up' as const, organisation_id: g.organisationId, municipality_number: g.municipality, is_gp: true, signed_up_at: signedUpAt, updated_at: signedUpAt })))
    .returning('id')
    .execute();
  const held = sessionRows.filter((s) => s.ordinal <= 2);
  await tx
    .insertInto('arena_attendance')
    .values(held.flatMap((s) => rows.map((p, i) => ({ session_id: s.id, participant_id: p.id, attended: (i + s.ordinal) % 5 !== 0, minutes: (i + s.ordinal) % 5 !== 0 ? 90 : 0, recorded_by: organiser.id, recorded_at: new Date(s.ends_at) }))))
    .execute();
  const third = sessionRows.find((s) => s.ordinal === 3)!;
  await tx
    .insertInto('arena_proposal')
    .values([
      { arena_id: arena.id, kind: 'topic', title: 'Aktivitetskravet ved 8 uker', text: 'Hva NAV vurderer, og hva legen kan skrive for å få fram medisinske grunner.', proposed_by: adviser.id, proposer_name: 'Veileder, NAV Larvik', proposer_role: 'nav_adviser', status: 'accepted', session_id: third.id, decided_by: organiser.id, decided_at: now, created_at: new Date(now.getTime() - 20 * DAY) },
      { arena_id: arena.id, kind: 'topic', title: 'Graderte sykmeldinger i praksis', text: 'Erfaringer fra arbeidsgivere som har fått til gradering.', proposed_by: adviser.id, proposer_name: 'Veileder, NAV Larvik', proposer_role: 'nav_adviser', created_at: new Date(now.getTime() - 3 * DAY) },
    ])
    .execute();
  // The invitation sent through the municipal physician. Its notification is not seeded (the demo
  // GP's inbox starts empty); sending one more from the arena page reaches the demo GP.
  const physicianPerson = data.people.find((p) => p.id === municipalPhysician.person_id);
  const via = `${physicianPerson ? `${physicianPerson.given_name} ${physicianPerson.family_name}` : 'Kommuneoverlegen'}, kommuneoverlege`;
  await tx
    .insertInto('arena_invitation')
    .values({ arena_id: arena.id, sent_by_user_id: municipalPhysician.id, via_user_id: municipalPhysician.id, via_name: via, message: 'Det er fortsatt ledige plasser.', recipient_count: 1, sent_at: new Date(now.getTime() - 2 * DAY) })
    .execute();
}

async function seedCourse(tx: Tx, data: DemoData, people: Attendee[], now: Date) {
  const organiser = demoUser(data, 'coordinating_physician');
  const day = (offset: number) => osloDate(new Date(now.getTime() + offset * DAY));
  const programme1: ArenaAgendaItem[] = [
    { kind: 'talk', title: 'Sykefraværsoppfølging: hvem gjør hva, og når?', minutes: 60, by: 'Rådgivende lege, NAV Innlandet' },
    { kind: 'talk', title: 'Aktivitetskravet og graderte sykmeldinger', minutes: 45, by: 'Fastlege og praksiskonsulent' },
    { kind: 'other', title: 'Gruppearbeid ved bordene: kasus fra egen kommune', minutes: 90 },
    { kind: 'nav_measures', title: 'NAVs virkemidler', minutes: 45, by: 'NAV Innlandet' },
  ];
  const programme2: ArenaAgendaItem[] = [
    { kind: 'talk', title: 'Dialogmøter: forberedelse og oppfølging', minutes: 60, by: 'NAV-veileder og fastlege' },
    { kind: 'questions', title: 'Spørsmål og veien videre i kommunene', minutes: 60 },
    { kind: 'other', title: 'Evaluering', minutes: 15 },
  ];
  const arena = await tx
    .insertInto('arena')
    .values({
      kind: 'course',
      title: 'Sykefraværskurs for fastleger og NAV-ansatte',
      description: 'Todagers kurs med overnatting etter modellen fra Innlandet: fastleger og NAV-ansatte fra samme kommune sitter sammen. Fastleger prioriteres ved påmelding.',
      organiser_user_id: organiser.id,
      host_organisation_id: organiser.organisation_id,
      municipality_numbers: ['3411', '3805', '4204', '3205'],
      county_number: '34',
      location: 'Hotell ved Mjøsa, Moelv',
      capacity: 140,
      signup_deadline: new Date(now.getTime() + 14 * DAY),
      status: 'open',
      settings: JSON.stringify({ overnightStay: true, accommodation: 'Enkeltrom, middag første kveld', coursePoints: 15, approval: { status: 'approved', by: 'Den norske legeforening' }, gpPriority: true, allocation: 'first_come', reminderHours: 72 }),
      created_at: new Date(now.getTime() - 40 * DAY),
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('arena_session')
    .values([
      { arena_id: arena.id, ordinal: 1, starts_at: osloInstant(day(30), '10:00'), ends_at: osloInstant(day(30), '16:30'), title: 'Dag 1', agenda: JSON.stringify(programme1), created_at: now },
      { arena_id: arena.id, ordinal: 2, starts_at: osloInstant(day(31), '08:30'), ends_at: osloInstant(day(31), '13:00'), title: 'Dag 2', agenda: JSON.stringify(programme2), created_at: now },
    ])
    .execute();
  const rows = await tx
    .insertInto('arena_participant')
    .values(
      people.map((p, i) => {
        const at = new Date(now.getTime() - (30 - (i % 25)) * DAY);
        const isGp = p.role === 'gp';
        return { arena_id: arena.id, user_id: p.userId, status: 'signed_up' as const, priority: isGp ? 0 : 1, organisation_id: p.organisationId, municipality_number: p.municipality, is_gp: isGp, is_nav: NAV_ROLES.has(p.role), signed_up_at: at, updated_at: at };
      }),
    )
    .returning(['id', 'municipality_number', 'is_gp', 'is_nav'])
    .execute();
  const plan = planTables(rows.map((r) => ({ id: r.id, municipality: r.municipality_number, isGp: r.is_gp, isNav: r.is_nav })), 16, 8);
  if (!plan.ok) throw new Error('demo: table plan does not fit');
  await tx.insertInto('arena_table_plan').values({ arena_id: arena.id, table_count: 16, seats_per_table: 8, computed_at: now, updated_at: now, updated_by: organiser.id }).execute();
  const seats = plan.tables.flatMap((t) => t.personIds.map((participant_id) => ({ arena_id: arena.id, participant_id, table_number: t.number })));
  if (seats.length > 0) await tx.insertInto('arena_table_seat').values(seats).execute();
}
