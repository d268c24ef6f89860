/**
 * Demo teams (issue 8): the work-focus team at the demo GP's office (report 003's model: a
 * cognitive therapist and a job specialist, Tuesdays and Thursdays at the office) with a dozen
 * referrals at every stage, and the municipality's dementia team, which others may refer to with
 * the GP's approval. Deterministic: who gets which story is drawn from a seeded generator. The
 * demo patient user's own citizen is left out, so the end-to-end test can refer them.
 */
import { TZDate } from '@date-fns/tz';
import type { Transaction } from 'kysely';
import type { Database, InclusionCriterion, SickLeaveStatusAtReferral } from '../platform/db/schema.js';
import { personName } from '../platform/names.js';
import { isWorkingDay } from '../platform/working-days.js';
import { ageOn, sickLeaveWeeks, WORK_FOCUS_CRITERIA, WORK_FOCUS_LIMITS } from '../modules/teams/domain/inclusion.js';
import type { DemoCitizen, DemoData } from './generate.js';
import type { DemoSickLeave } from './sick-leave.js';
import { SeededRandom } from './random.js';
import { WORK_FOCUS_STORIES, type StorySpec } from './team-stories.js';
import { insertDemoStory, type StoryContext } from './team-story-rows.js';

const DAY = 86_400_000;
const ZONE = 'Europe/Oslo';
const osloIso = (instant: Date) => new TZDate(instant.getTime(), ZONE).toISOString().slice(0, 10);

const DEMENTIA_CRITERIA: InclusionCriterion[] = [
  { key: 'memory_concern', nb: 'Mistanke om kognitiv svikt eller demens', en: 'Suspected cognitive impairment or dementia', required: true },
  { key: 'home_dwelling', nb: 'Bor hjemme i kommunen', en: 'Lives at home in the municipality', required: true },
  { key: 'next_of_kin_informed', nb: 'Pårørende er informert, eller personen ønsker ikke det', en: 'Next of kin are informed, or the person does not want that', required: false },
];

/** The referral's registration facts on a day, from the person's sick-leave case as it stood then. */
export interface ReferralFacts {
  age: number;
  status: SickLeaveStatusAtReferral;
  weeks: number | null;
  grade: number | null;
  caseId: string | null;
}

export function referralFactsOn(citizen: DemoCitizen, sick: DemoSickLeave, day: string): ReferralFacts {
  const age = ageOn(citizen.birth_date, day);
  const sickCase = sick.cases.find((c) => c.citizen_id === citizen.id && c.first_day <= day && (c.ended_on ?? c.last_day) >= day);
  if (!sickCase) return { age, status: 'at_risk', weeks: null, grade: null, caseId: null };
  const notes = new Set(sick.notes.filter((n) => n.case_id === sickCase.id).map((n) => n.id as string));
  const period = sick.periods.find((p) => notes.has(p.note_id) && p.fom <= day && p.tom >= day);
  const grade = period?.grade ?? 100;
  return { age, status: grade < 100 ? 'sick_listed_graded' : 'sick_listed_full', weeks: sickLeaveWeeks(sickCase.first_day, day), grade, caseId: sickCase.id };
}

const fits = (f: ReferralFacts) =>
  f.age >= WORK_FOCUS_LIMITS.ageMin && f.age <= WORK_FOCUS_LIMITS.ageMax && (f.status === 'at_risk' || (f.weeks ?? 0) <= WORK_FOCUS_LIMITS.maxSickLeaveWeeks);

/**
 * Who gets which story: in a seeded order, the first free person who best fits — the story's
 * situation (at risk or sick-listed) first, then the criteria (or, for the story about a referral
 * outside them, not). Few of the demo's people are early in their sick leave (as in report 003,
 * where the largest group had been sick-listed over 8 weeks), so some referrals fall outside the
 * criteria; those carry the GP's reason, as the rules require.
 */
function castStories(candidates: DemoCitizen[], sick: DemoSickLeave, now: Date): { story: StorySpec; citizen: DemoCitizen; facts: ReferralFacts }[] {
  const random = new SeededRandom(20_260_408);
  const order = candidates.map((c) => ({ c, key: random.next() })).sort((a, b) => a.key - b.key).map((x) => x.c);
  const used = new Set<string>();
  const cast: { story: StorySpec; citizen: DemoCitizen; facts: ReferralFacts }[] = [];
  for (const story of WORK_FOCUS_STORIES) {
    const day = osloIso(new Date(now.getTime() - story.daysAgo * DAY));
    const situation = (f: ReferralFacts) =>
      !story.situation || (story.situation === 'sick_listed' ? f.status !== 'at_risk' : f.status === story.situation);
    const score = (f: ReferralFacts) => (situation(f) ? 0 : 2) + (fits(f) === Boolean(story.outsideCriteria) ? 1 : 0);
    let best: { citizen: DemoCitizen; facts: ReferralFacts; score: number } | null = null;
    for (const citizen of order) {
      if (used.has(citizen.id)) continue;
      const facts = referralFactsOn(citizen, sick, day);
      if (!best || score(facts) < best.score) best = { citizen, facts, score: score(facts) };
    }
    if (!best) break;
    used.add(best.citizen.id);
    cast.push({ story: { ...story, outsideCriteria: Boolean(story.outsideCriteria) || !fits(best.facts) }, citizen: best.citizen, facts: best.facts });
  }
  return cast;
}

/** The nearest Tuesday or Thursday working day from `days` away (searching away from today), at `hour` in Oslo. */
export function teamDay(now: Date, days: number, hour: number): Date {
  const step = days < 0 ? -1 : 1;
  let at = new TZDate(now.getTime() + days * DAY, ZONE);
  const ok = (d: TZDate) => (d.getDay() === 2 || d.getDay() === 4) && isWorkingDay(d.toISOString().slice(0, 10));
  while (!ok(at)) at = new TZDate(at.getTime() + step * DAY, ZONE);
  return new Date(new TZDate(at.getFullYear(), at.getMonth(), at.getDate(), hour, 0, ZONE).getTime());
}

async function insertTeams(tx: Transaction<Database>, data: DemoData, now: Date, gpOfficeId: string) {
  const org = (predicate: (o: DemoData['organisations'][number]) => boolean) => data.organisations.find(predicate)!;
  const gpOffice = org((o) => o.id === gpOfficeId);
  const municipality = org((o) => o.kind === 'municipality' && o.municipality_number === gpOffice.municipality_number);
  const officesThere = data.organisations.filter((o) => o.kind === 'gp_office' && o.municipality_number === gpOffice.municipality_number);
  const workFocus = await tx
    .insertInto('team')
    .values({
      kind: 'work_focus',
      name: `Arbeidsfokus ${gpOffice.name}`,
      description: 'Kognitiv terapeut og jobbspesialist på legekontoret tirsdag og torsdag. Samtidig hjelp med helse og arbeid for pasienter som står i fare for, eller nylig er blitt, sykmeldt.',
      trial_site: gpOffice.municipality_name,
      host_organisation_id: municipality.id,
      criteria: JSON.stringify(WORK_FOCUS_CRITERIA),
      age_min: WORK_FOCUS_LIMITS.ageMin,
      age_max: WORK_FOCUS_LIMITS.ageMax,
      max_sick_leave_weeks: WORK_FOCUS_LIMITS.maxSickLeaveWeeks,
      referral_policy: 'gp_only',
      capacity: 10,
      session_budget: 10,
      refresher_limit: 5,
      created_at: new Date(now.getTime() - 400 * DAY),
      updated_at: new Date(now.getTime() - 400 * DAY),
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const dementia = await tx
    .insertInto('team')
    .values({
      kind: 'dementia',
      name: `Demensteamet i ${municipality.name}`,
      description: 'Utredning og oppfølging av hjemmeboende med mistanke om demens, og støtte til pårørende. Hjemmesykepleien og andre kan henvise når fastlegen godkjenner.',
      host_organisation_id: municipality.id,
      criteria: JSON.stringify(DEMENTIA_CRITERIA),
      referral_policy: 'gp_approval',
      capacity: 25,
      session_budget: 6,
      refresher_limit: 2,
      first_session_target_days: 14,
      created_at: new Date(now.getTime() - 700 * DAY),
      updated_at: new Date(now.getTime() - 700 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('team_served_organisation')
    .values([{ team_id: workFocus.id, organisation_id: gpOffice.id }, ...[municipality, ...officesThere].map((o) => ({ team_id: dementia.id, organisation_id: o.id }))])
    .execute();
  return { workFocus, gpOffice };
}

/** The team's members: the co-located team member leads and treats; the job specialist comes from NAV. */
async function insertMembers(tx: Transaction<Database>, teamId: string, officeId: string, therapistUserId: string, jobSpecialistUserId: string, since: Date) {
  const rows = await tx
    .insertInto('team_member')
    .values([
      { team_id: teamId, user_id: therapistUserId, role: 'cognitive_therapist', created_at: since },
      { team_id: teamId, user_id: therapistUserId, role: 'team_lead', created_at: since },
      { team_id: teamId, user_id: jobSpecialistUserId, role: 'job_specialist', created_at: since },
    ])
    .returning(['id', 'role'])
    .execute();
  const therapist = rows.find((r) => r.role === 'cognitive_therapist')!.id;
  const jobSpecialist = rows.find((r) => r.role === 'job_specialist')!.id;
  await tx
    .insertInto('team_presence')
    .values([therapist, jobSpecialist].flatMap((memberId) => [2, 4].map((weekday) => ({ member_id: memberId, organisation_id: officeId, weekday, from_time: '08:00', to_time: '15:30' }))))
    .execute();
  return { therapist, jobSpecialist };
}

export async function seedDemoTeams(tx: Transaction<Database>, data: DemoData, sick: DemoSickLeave, now: Date) {
  const gpUser = data.users.find((u) => u.role === 'gp' && u.description.includes('80 %'));
  const therapistUser = data.users.find((u) => u.role === 'team_member' && u.description.startsWith('Samlokalisert team'));
  const jobSpecialistUser = data.users.find((u) => u.role === 'team_member' && u.description.startsWith('Jobbspesialist'));
  if (!gpUser?.person_id || !gpUser.organisation_id || !therapistUser?.person_id || !jobSpecialistUser?.person_id) return;
  const person = (id: string) => data.people.find((p) => p.id === id)!;
  const nameOf = (id: string) => personName(person(id).given_name, person(id).family_name);
  const { workFocus, gpOffice } = await insertTeams(tx, data, now, gpUser.organisation_id);
  const members = await insertMembers(tx, workFocus.id, gpOffice.id, therapistUser.id, jobSpecialistUser.id, new Date(now.getTime() - 400 * DAY));
  const demoPatients = new Set(data.users.filter((u) => u.role === 'patient' && u.citizen_id).map((u) => u.citizen_id!));
  const candidates = data.citizens.filter((c) => c.regular_gp_person_id === gpUser.person_id && c.protection === 'none' && !c.shielded && !demoPatients.has(c.id));
  const tariff = await tx.selectFrom('tariff').where('code', '=', 'DM').orderBy('valid_from', 'desc').selectAll().executeTakeFirst();
  const ctx: StoryContext = {
    now,
    team: { id: workFocus.id, name: workFocus.name, budget: 10 },
    office: { id: gpOffice.id, name: gpOffice.name },
    gp: { userId: gpUser.id, personId: gpUser.person_id, name: nameOf(gpUser.person_id) },
    therapist: { memberId: members.therapist, userId: therapistUser.id, name: nameOf(therapistUser.person_id) },
    jobSpecialist: { memberId: members.jobSpecialist, name: nameOf(jobSpecialistUser.person_id) },
    tariff: tariff ?? null,
    teamDay: (days, hour) => teamDay(now, days, hour),
  };
  for (const { story, citizen, facts } of castStories(candidates, sick, now)) await insertDemoStory(tx, ctx, story, citizen, facts);
}
