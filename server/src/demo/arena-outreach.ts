/**
 * Demo outreach arenas (issue 10 points 3–5; docs/adr/0006-arenas.md, "Outreach"): NAV Larvik's
 * visit round to the town's GP offices (one visited, one booked, one that declined), an annual
 * joint meeting for GPs and NAV in Larvik with proposals from both sides and a PKO-NAV meeting
 * place, the demo practice consultant's post with hours, and case slots between the demo NAV
 * adviser and the demo GP with cases listed. Deterministic given "now".
 */
import { addDays, formatISO } from 'date-fns';
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import type { ArenaAgendaItem } from '../platform/db/schema-arenas.js';
import { osloDate } from '../platform/oslo-date.js';
import { isWorkingDay } from '../platform/working-days.js';
import { osloInstant } from '../modules/arenas/domain/series.js';
import type { DemoData } from './generate.js';

type Tx = Transaction<Database>;
const MINUTE = 60_000;

function demoUser(data: DemoData, role: string, descriptionStart?: string) {
  const user = data.users.find((u) => u.role === role && (!descriptionStart || u.description.startsWith(descriptionStart)));
  if (!user) throw new Error(`demo: no ${role} user`);
  return user;
}

/**
 * An Oslo wall-clock time on the first working day from `days` days from now (meetings and visits
 * are on working days; Saturday becomes Monday), as an instant.
 */
function at(now: Date, days: number, time: string): Date {
  let date = formatISO(addDays(new Date(`${osloDate(now)}T12:00:00Z`), days), { representation: 'date' });
  while (!isWorkingDay(date)) date = formatISO(addDays(new Date(`${date}T12:00:00Z`), 1), { representation: 'date' });
  return osloInstant(date, time);
}
const dateIn = (now: Date, days: number) => osloDate(addDays(now, days));

export async function seedDemoArenaOutreach(tx: Tx, data: DemoData, now: Date): Promise<void> {
  const people = {
    adviser: demoUser(data, 'nav_adviser', 'Veileder for sykefraværsoppfølging'),
    manager: demoUser(data, 'nav_manager'),
    physician: demoUser(data, 'advisory_physician'),
    coordinator: demoUser(data, 'coordinating_physician'),
    consultant: demoUser(data, 'practice_consultant'),
    gp: demoUser(data, 'gp', 'Fastlege med 80 %'),
  };
  await seedVisitRound(tx, people, now);
  const jointId = await seedJointMeeting(tx, people, now);
  await seedMeetingPlace(tx, people, now);
  await seedConsultantPost(tx, people, jointId, now);
  await seedCaseSlots(tx, people, now);
}

type People = Record<'adviser' | 'manager' | 'physician' | 'coordinator' | 'consultant' | 'gp', DemoData['users'][number]>;

async function seedVisitRound(tx: Tx, p: People, now: Date) {
  const round = await tx
    .insertInto('arena_visit_round')
    .values({
      title: 'Besøksrunde til legekontorene i Larvik',
      description: 'Vi besøker alle legekontorene i Larvik: hvem i NAV de kan ringe, hva NAV kan tilby, og hva legene trenger fra oss.',
      organiser_user_id: p.adviser.id,
      host_organisation_id: p.adviser.organisation_id,
      municipality_numbers: ['3805'],
      default_format: 'lunch',
      created_at: addDays(now, -60),
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const offices = await tx.selectFrom('organisation').where('kind', '=', 'gp_office').where('municipality_number', '=', '3805').select(['id', 'name']).orderBy('name').execute();
  const plan: Record<number, { stage: 'done' | 'booked' | 'declined'; path: string[]; visitAt: Date | null; length: number | null; format: 'lunch' | 'morning_meeting' | null; reason?: string; notes: string }> = {
    0: { stage: 'done', path: ['not_contacted', 'letter_sent', 'called', 'booked', 'done'], visitAt: at(now, -21, '11:30'), length: 45, format: 'lunch', notes: 'God stemning. Legene ønsket ett fast nummer til NAV og kortere forespørsler.' },
    1: { stage: 'booked', path: ['not_contacted', 'letter_sent', 'booked'], visitAt: at(now, 9, '08:00'), length: 30, format: 'morning_meeting', notes: 'Morgenmøtet starter 08.00; vi får de første 30 minuttene.' },
    2: { stage: 'declined', path: ['not_contacted', 'letter_sent', 'called', 'declined'], visitAt: null, length: null, format: null, reason: 'Ingen kompensasjon for tapt inntekt', notes: 'Kan være aktuelt om besøket legges til lunsjen og er kortere.' },
  };
  for (const [i, office] of offices.entries()) {
    const spec = plan[i];
    const row = await tx
      .insertInto('arena_visit_office')
      .values({
        round_id: round.id,
        organisation_id: office.id,
        municipality_number: '3805',
        stage: spec?.stage ?? 'not_contacted',
        decline_reason: spec?.reason ?? null,
        format: spec?.format ?? null,
        length_minutes: spec?.length ?? null,
        visit_at: spec?.visitAt ?? null,
        notes: spec?.notes ?? '',
        stage_changed_at: spec ? addDays(now, -10) : null,
        version: spec ? spec.path.length : 1,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!spec) continue;
    await tx
      .insertInto('arena_visit_event')
      .values(spec.path.slice(1).map((to, step) => ({ visit_office_id: row.id, from_stage: spec.path[step] as 'not_contacted', to_stage: to as 'done', note: to === 'declined' ? spec.reason! : null, by_user_id: p.adviser.id, at: addDays(now, -50 + 10 * step) })))
      .execute();
    if (spec.stage !== 'declined') {
      await tx.insertInto('arena_visit_participant').values([p.adviser.id, p.physician.id, ...(spec.stage === 'done' ? [p.manager.id] : [])].map((user_id) => ({ visit_office_id: row.id, user_id }))).execute();
    }
    if (spec.stage === 'done') {
      await tx
        .insertInto('arena_visit_follow_up')
        .values([
          { visit_office_id: row.id, text: 'Sende legekontoret oversikten over NAVs virkemidler', owner_user_id: p.adviser.id, due_on: dateIn(now, -14), done_at: addDays(now, -15), done_by: p.adviser.id, created_by: p.adviser.id, created_at: addDays(now, -21) },
          { visit_office_id: row.id, text: 'Fast kontaktperson i NAV for legekontoret, med direktenummer', owner_user_id: p.manager.id, due_on: dateIn(now, 10), created_by: p.adviser.id, created_at: addDays(now, -21) },
        ])
        .execute();
    }
  }
}

const agenda = (items: Array<[ArenaAgendaItem['kind'], string, number, string?]>): string => JSON.stringify(items.map(([kind, title, minutes, by]) => ({ kind, title, minutes, ...(by ? { by } : {}) })));

async function insertArena(tx: Tx, values: { kind: 'joint_meeting' | 'meeting_place'; title: string; description: string; organiser: string; host: string | null; location: string; settings: object }, now: Date) {
  const row = await tx
    .insertInto('arena')
    .values({ kind: values.kind, title: values.title, description: values.description, organiser_user_id: values.organiser, host_organisation_id: values.host, municipality_numbers: ['3805'], county_number: '38', location: values.location, status: 'open', settings: JSON.stringify(values.settings), created_at: addDays(now, -40), updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function seedJointMeeting(tx: Tx, p: People, now: Date): Promise<string> {
  const arenaId = await insertArena(
    tx,
    {
      kind: 'joint_meeting',
      title: 'Årlig fellesmøte for fastleger og NAV i Larvik',
      description: 'Fastleger, NAV-veiledere og rådgivende leger møtes en kveld i året: tall for området, saker fra begge sider og god tid til å bli kjent.',
      organiser: p.consultant.id,
      host: p.adviser.organisation_id,
      location: 'Larvik kulturhus, møterom 2',
      settings: { eveningSlots: true, countsTowardsSpecialisation: true, specialisationNote: 'Godkjent som klinisk emnekurs i allmennmedisin, 3 timer' },
    },
    now,
  );
  const session = await tx
    .insertInto('arena_session')
    .values({
      arena_id: arenaId,
      ordinal: 1,
      starts_at: at(now, 35, '18:00'),
      ends_at: at(now, 35, '21:00'),
      title: 'Fellesmøtet',
      location: 'Larvik kulturhus, møterom 2',
      agenda: agenda([
        ['talk', 'Sykefraværet i Larvik: tall fra plattformen', 20, 'Praksiskonsulenten'],
        ['nav_measures', 'NAVs virkemidler: hva er nytt i år', 30, 'NAV Larvik'],
        ['other', 'Aktivitetskravet ved åtte uker: hva trenger NAV fra legen?', 20, 'NAV'],
      ]),
      created_at: addDays(now, -40),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('arena_agenda_proposal')
    .values([
      { arena_id: arenaId, side: 'nav', title: 'Aktivitetskravet ved åtte uker: hva trenger NAV fra legen?', description: 'Mange forespørsler om aktivitetskravet kommer tilbake uten de opplysningene vi trenger.', proposed_by: p.adviser.id, status: 'accepted', session_id: session.id, decided_by: p.consultant.id, decided_at: addDays(now, -20), created_at: addDays(now, -30) },
      { arena_id: arenaId, side: 'gp', title: 'Kortere og tydeligere forespørsler fra NAV', description: 'Ønske om at forespørsler sier hva som trengs og hvilken takst som gjelder.', proposed_by: p.gp.id, status: 'proposed', created_at: addDays(now, -12) },
      { arena_id: arenaId, side: 'gp', title: 'Telefontid for rådgivende lege etter kl. 15', description: '', proposed_by: p.gp.id, status: 'declined', decision_note: 'Tas opp i samarbeidsutvalget i stedet.', decided_by: p.consultant.id, decided_at: addDays(now, -5), created_at: addDays(now, -25) },
    ])
    .execute();
  await tx.insertInto('arena_participant').values({ arena_id: arenaId, user_id: p.gp.id, status: 'signed_up', organisation_id: p.gp.organisation_id, municipality_number: '3805', is_gp: true, signed_up_at: addDays(now, -10), updated_at: addDays(now, -10) }).execute();
  return arenaId;
}

async function seedMeetingPlace(tx: Tx, p: People, now: Date) {
  const arenaId = await insertArena(
    tx,
    {
      kind: 'meeting_place',
      title: 'PKO–NAV møteplass Vestfold',
      description: 'Praksiskonsulenten, rådgivende leger og veiledere møtes hvert kvartal om samhandlingen med fastlegene.',
      organiser: p.consultant.id,
      host: p.physician.organisation_id,
      location: 'NAV Larvik',
      settings: { eveningSlots: false, countsTowardsSpecialisation: false, specialisationNote: '' },
    },
    now,
  );
  await tx
    .insertInto('arena_session')
    .values([
      { arena_id: arenaId, ordinal: 1, starts_at: at(now, -28, '12:00'), ends_at: at(now, -28, '13:30'), status: 'held', title: 'Kvartalsmøte', location: 'NAV Larvik', agenda: agenda([['cases', 'Erfaringer fra besøksrunden', 45]]), created_at: addDays(now, -40) },
      { arena_id: arenaId, ordinal: 2, starts_at: at(now, 63, '12:00'), ends_at: at(now, 63, '13:30'), title: 'Kvartalsmøte', location: 'NAV Larvik', agenda: '[]', created_at: addDays(now, -40) },
    ])
    .execute();
}

async function seedConsultantPost(tx: Tx, p: People, jointId: string, now: Date) {
  const year = osloDate(now).slice(0, 4);
  const post = await tx
    .insertInto('arena_consultant_post')
    .values({ user_id: p.consultant.id, share_percent: 20, host_organisation_id: p.physician.organisation_id!, period_from: `${year}-01-01`, period_to: `${Number(year) + 1}-12-31`, base_nok_per_hour: 1250, note: 'PKO-NAV: bindeledd mellom fastlegene og NAV i Vestfold.', created_at: addDays(now, -90), updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entries: Array<[number, number, string, string | null]> = [
    [-45, 3, 'Møte med NAV-veilederne om forespørsler til fastleger', null],
    [-30, 2, 'Forberedelse av fellesmøtet: program og tall', jointId],
    [-28, 1.5, 'Kvartalsmøte på PKO–NAV-møteplassen', null],
    [-14, 4, 'Besøk på legekontor sammen med NAV', null],
    [-3, 2.5, 'Gjennomgang av forslag til fellesmøtet', jointId],
  ];
  // Only days already in the post's period (the year began less than 45 days ago in early January).
  const rows = entries.map(([days, hours, activity, arenaId]) => ({ post_id: post.id, worked_on: dateIn(now, days), hours, activity, arena_id: arenaId, created_by: p.consultant.id, created_at: now })).filter((r) => r.worked_on >= `${year}-01-01`);
  if (rows.length > 0) await tx.insertInto('arena_consultant_hours').values(rows).execute();
}

async function seedCaseSlots(tx: Tx, p: People, now: Date) {
  const gpPerson = personIdOf(p.gp);
  const arena = await tx
    .insertInto('arena')
    .values({ kind: 'case_slots', title: 'Saksgjennomgang med fastlegen', organiser_user_id: p.adviser.id, host_organisation_id: p.adviser.organisation_id, municipality_numbers: ['3805'], county_number: '38', location: 'Video', capacity: 1, status: 'open', settings: JSON.stringify({ gpUserId: p.gp.id, perMonth: 1, casesPerSlot: 6 }), created_at: addDays(now, -35), updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('arena_participant').values({ arena_id: arena.id, user_id: p.gp.id, status: 'signed_up', organisation_id: p.gp.organisation_id, municipality_number: '3805', is_gp: true, signed_up_at: addDays(now, -35), updated_at: addDays(now, -35) }).execute();
  const slot = (ordinal: number, days: number, status: 'planned' | 'held') => ({ arena_id: arena.id, ordinal, starts_at: at(now, days, '14:00'), ends_at: new Date(at(now, days, '14:00').getTime() + 45 * MINUTE), title: 'Saksgjennomgang', location: 'Video', status, created_at: addDays(now, -35) });
  const sessions = await tx.insertInto('arena_session').values([slot(1, -14, 'held'), slot(2, 14, 'planned'), slot(3, 42, 'planned'), slot(4, 70, 'planned')]).returning(['id', 'ordinal']).execute();
  // Cases both may see: the demo GP's own patients followed by NAV Larvik, neither protected nor shielded.
  const cases = await tx
    .selectFrom('sick_case as sc')
    .innerJoin('citizen as c', 'c.id', 'sc.citizen_id')
    .where('c.regular_gp_person_id', '=', gpPerson)
    .where('c.nav_office_id', '=', p.adviser.organisation_id!)
    .where('c.protection', '=', 'none')
    .where('c.shielded', '=', false)
    .where('sc.status', 'in', ['active', 'graded', 'pending'])
    .select(['sc.id', 'sc.citizen_id'])
    .orderBy('sc.first_day')
    .limit(4)
    .execute();
  const held = sessions.find((s) => s.ordinal === 1)!.id;
  const next = sessions.find((s) => s.ordinal === 2)!.id;
  const listed = cases.map((c, i) => ({
    session_id: i < 2 ? held : next,
    case_id: c.id,
    citizen_id: c.citizen_id,
    status: i < 2 ? ('discussed' as const) : ('listed' as const),
    note: i === 0 ? 'Gradert sykmelding fra neste uke; legen sender L8 innen fredag.' : i === 1 ? 'Vurdere arbeidsrettet rehabilitering.' : '',
    added_by: p.adviser.id,
    created_at: addDays(now, -20),
    updated_at: addDays(now, -14),
  }));
  if (listed.length > 0) await tx.insertInto('arena_case_slot_case').values(listed).execute();
}

function personIdOf(user: DemoData['users'][number]): string {
  if (!user.person_id) throw new Error('demo: the GP user has no person');
  return user.person_id;
}
