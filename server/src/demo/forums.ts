/**
 * Demo collaboration forums (issue 9, report 004): a SUFF-like working committee for Vestfold
 * (5 GPs one per region, 2 hospital representatives, 2 municipal physicians; one GP seat vacant,
 * one term ending soon), with cases at every state, assessments, recommendations (one revised),
 * meetings held and planned and a draft annual plan; and a Møteplass-like working forum with open
 * thematic meetings, registrations and a published annual plan. Deterministic given "now".
 */
import type { Transaction } from 'kysely';
import type { Database, ForumMemberRole } from '../platform/db/schema.js';
import { personName } from '../platform/names.js';
import { annualFacts } from '../modules/forums/annual/facts.js';
import { annualPlanText } from '../modules/forums/domain/annual-document.js';
import { SUFF_RULES } from '../modules/forums/domain/composition.js';

import type { DemoData, DemoPerson } from './generate.js';
import { CASES, insertAssessments, insertCases, insertRecommendation, type Submitter } from './forum-cases.js';
import { osloDate } from '../platform/oslo-date.js';

const DAY = 86_400_000;
type Tx = Transaction<Database>;

interface Seat {
  person: DemoPerson | null;
  name?: string;
  userId?: string;
  represents: string;
  region?: string;
  role?: ForumMemberRole;
  termStart: string;
  termEnd: string | null;
}

async function insertBody(tx: Tx, values: { kind: 'committee' | 'forum'; name: string; slug: string; mandate: string; owner: string; rules: unknown[]; openPerYear: number }, now: Date) {
  const row = await tx
    .insertInto('forum_body')
    .values({ kind: values.kind, name: values.name, slug: values.slug, mandate: values.mandate, owner: values.owner, composition_rules: JSON.stringify(values.rules), open_meetings_per_year: values.openPerYear, honorarium_base_nok_per_hour: '1250.00', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertSeats(tx: Tx, bodyId: string, seats: Seat[], now: Date): Promise<string[]> {
  const rows = await tx
    .insertInto('forum_member')
    .values(
      seats.map((s) => ({
        body_id: bodyId,
        user_id: s.userId ?? null,
        person_id: s.person?.id ?? null,
        name: s.name ?? personName(s.person?.given_name, s.person?.family_name),
        represents: s.represents,
        region: s.region ?? null,
        role: s.role ?? 'member',
        appointed_how: s.represents === 'gp' ? ('elected' as const) : s.represents === 'secretariat' ? ('co_opted' as const) : ('appointed' as const),
        appointed_by: s.represents === 'gp' ? 'Allmennlegeforeningen i Vestfold' : s.represents === 'hospital' ? 'Sykehuset i Vestfold HF' : s.represents === 'municipal_physician' ? 'Kommunene i Vestfold' : null,
        term_start: s.termStart,
        term_end: s.termEnd,
        created_at: now,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

interface MeetingSpec {
  kind: 'ordinary' | 'open_thematic';
  title: string;
  theme?: string;
  days: number;
  place: string;
  capacity?: number;
  present?: string[];
  minutes?: string;
  items?: Array<{ submissionId?: string; recommendationId?: string; title: string; decision?: string }>;
}

async function insertMeeting(tx: Tx, bodyId: string, spec: MeetingSpec, now: Date): Promise<string> {
  const held = spec.days < 0;
  const startsAt = new Date(now.getTime() + spec.days * DAY);
  startsAt.setUTCHours(15, 0, 0, 0);
  const row = await tx
    .insertInto('forum_meeting')
    .values({ body_id: bodyId, kind: spec.kind, title: spec.title, theme: spec.theme ?? null, starts_at: startsAt, place: spec.place, capacity: spec.capacity ?? null, status: held ? 'held' : 'planned', present_member_ids: spec.present ?? [], minutes_text: spec.minutes ?? null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const items = spec.items ?? [];
  if (items.length > 0) {
    await tx
      .insertInto('forum_meeting_item')
      .values(items.map((item, i) => ({ meeting_id: row.id, position: i + 1, submission_id: item.submissionId ?? null, recommendation_id: item.recommendationId ?? null, title: item.title, decision: item.decision ?? null, created_at: now })))
      .execute();
  }
  if (held && spec.present) {
    await tx.insertInto('forum_member_hours').values(spec.present.map((memberId) => ({ member_id: memberId, meeting_id: row.id, worked_on: osloDate(startsAt), hours: 2.5, note: 'Møte og forberedelse', created_at: now }))).execute();
  }
  return row.id;
}

const peopleByRole = (data: DemoData, role: string, municipality?: string) => {
  const orgs = new Set(data.organisations.filter((o) => !municipality || o.municipality_name === municipality).map((o) => o.id));
  const ids = data.positions.filter((p) => p.role === role && orgs.has(p.organisation_id)).map((p) => p.person_id);
  return [...new Set(ids)].map((id) => data.people.find((p) => p.id === id)!);
};

export async function seedDemoForums(tx: Tx, data: DemoData, now: Date) {
  const userOf = (role: string) => data.users.find((u) => u.role === role)!;
  const personOf = (id: string | null) => data.people.find((p) => p.id === id) ?? null;
  const [secretaryUser, memberUser, gpUser] = [userOf('forum_secretary'), userOf('forum_member'), userOf('gp')];
  const [secretary, member, demoGp] = [personOf(secretaryUser.person_id), personOf(memberUser.person_id), personOf(gpUser.person_id)];
  const larvikGps = peopleByRole(data, 'gp', 'Larvik').filter((p) => p.id !== demoGp?.id);
  const [larvikPc] = peopleByRole(data, 'practice_consultant', 'Larvik');
  const [larvikMunicipal] = peopleByRole(data, 'municipal_physician', 'Larvik');
  const year = Number(osloDate(now).slice(0, 4));
  const day = (offsetDays: number) => osloDate(new Date(now.getTime() + offsetDays * DAY));

  const suffOwner = 'Overordnet samarbeidsutvalg, Sykehuset i Vestfold HF og kommunene';
  const suffId = await insertBody(tx, {
    kind: 'committee',
    name: 'Samarbeidsutvalget for fastleger (SUFF) Vestfold',
    slug: 'suff-vestfold',
    mandate: 'Et arbeidsutvalg der fastleger, sykehusleger og kommuneoverleger vurderer samhandlingsavvik og endringsforslag etter en kunnskapsbasert mal, og gir anbefalinger om samarbeidet mellom fastleger og sykehus.',
    owner: suffOwner,
    rules: SUFF_RULES,
    openPerYear: 0,
  }, now);
  const [secId, leaderId, gpSeatId, , , endingId, hospitalId, hospital2Id, municipalId] = await insertSeats(tx, suffId, [
    { person: secretary, userId: secretaryUser.id, represents: 'secretariat', role: 'secretary', termStart: `${year - 2}-01-01`, termEnd: null },
    { person: larvikGps[0]!, represents: 'gp', region: 'Larvik', role: 'leader', termStart: `${year - 1}-01-01`, termEnd: `${year}-12-31` },
    { person: demoGp, userId: gpUser.id, represents: 'gp', region: 'Sandefjord', termStart: `${year - 1}-01-01`, termEnd: `${year}-12-31` },
    { person: larvikGps[1]!, represents: 'gp', region: 'Tønsberg', termStart: `${year - 1}-01-01`, termEnd: `${year}-12-31` },
    { person: larvikGps[2]!, represents: 'gp', region: 'Horten og Holmestrand', termStart: `${year - 1}-01-01`, termEnd: `${year}-12-31` },
    // The Færder seat is vacant; this one's term runs out within the 90 days the overview warns about.
    { person: larvikGps[3]!, represents: 'gp', region: 'Larvik', role: 'deputy', termStart: `${year - 2}-01-01`, termEnd: day(45) },
    { person: member, userId: memberUser.id, represents: 'hospital', termStart: `${year - 1}-01-01`, termEnd: null },
    { person: larvikPc ?? null, name: larvikPc ? undefined : 'Praksiskonsulent SiV', represents: 'hospital', termStart: `${year - 1}-01-01`, termEnd: null },
    { person: larvikMunicipal ?? null, name: larvikMunicipal ? undefined : 'Kommuneoverlege Larvik', represents: 'municipal_physician', termStart: `${year - 1}-01-01`, termEnd: null },
    { person: null, name: 'Kommuneoverlege i Tønsberg', represents: 'municipal_physician', termStart: `${year - 1}-01-01`, termEnd: day(60) },
  ], now);
  const present = [secId!, leaderId!, gpSeatId!, hospitalId!, hospital2Id!, municipalId!];

  const name = (p: DemoPerson | null) => personName(p?.given_name, p?.family_name);
  const gpSubmitter: Submitter = { userId: gpUser.id, name: name(demoGp), role: 'gp' };
  const others: Submitter[] = larvikGps.slice(4, 7).map((p) => ({ userId: null, name: name(p), role: 'gp' }));
  const cases = await insertCases(tx, suffId, gpSubmitter, others.length > 0 ? others : [gpSubmitter], now);
  await insertAssessments(tx, suffId, cases, [gpSeatId!, hospitalId!], name(larvikGps[0]!), now);

  await seedSuffMeetings(tx, { suffId, suffOwner, present, cases }, now);

  const forumId = await seedMoteplass(tx, { secretary, secretaryUserId: secretaryUser.id, gpUserId: gpUser.id, gpName: name(demoGp), hospitalPerson: larvikPc ?? null, gps: larvikGps.slice(4, 7) }, now);
  await storeAnnualPlan(tx, suffId, year, osloDate(now), false, now);
  await storeAnnualPlan(tx, forumId, year, osloDate(now), true, now);
}

/** The committee's meetings (two held with minutes and hours, two planned) and its recommendations: two published (one revised), one draft on the next agenda. */
async function seedSuffMeetings(tx: Tx, suff: { suffId: string; suffOwner: string; present: string[]; cases: Map<string, string> }, now: Date) {
  const { suffId, suffOwner, present, cases } = suff;
  const admin = { id: suffId, owner: suffOwner, administrator: 'Sekretariatet for SUFF, Sykehuset i Vestfold HF' };
  const m1 = await insertMeeting(tx, suffId, { kind: 'ordinary', title: 'Utvalgsmøte', days: -120, place: 'Sykehuset i Vestfold, Tønsberg', present, minutes: 'Utvalget gikk gjennom innkomne saker og godkjente to anbefalinger.' }, now);
  const m2 = await insertMeeting(tx, suffId, { kind: 'ordinary', title: 'Utvalgsmøte', days: -30, place: 'Videomøte', present, minutes: 'Revidert anbefaling om multidose godkjent.' }, now);
  const rec1 = await insertRecommendation(tx, admin, 'epikrise-til-fastlegen-innen-tre-virkedager', ['discharge_summaries'], [cases.get('late_summary')!], [
    { title: 'Epikrise til fastlegen innen tre virkedager', summary: 'Epikrisen sendes fastlegen elektronisk senest tre virkedager etter utskrivning.', text: 'Sykehuset sender epikrisen elektronisk til fastlegen senest tre virkedager etter utskrivning. Haster oppfølgingen, sendes et foreløpig notat samme dag med endringer i legemidler og avtalt oppfølging.', approvedMeetingId: m1, daysAgo: 120 },
  ], now);
  const rec2 = await insertRecommendation(tx, admin, 'endringer-i-multidose-meldes-fastlegen-samme-dag', ['multidose', 'medication_lists'], [cases.get('multidose')!], [
    { title: 'Endringer i multidose meldes fastlegen samme dag', summary: 'Avdelingen melder legemiddelendringer til fastlegen samme dag som de gjøres.', text: 'Når legemidler endres under innleggelse for en pasient med multidose, melder avdelingen endringen til fastlegen samme dag.', approvedMeetingId: m1, daysAgo: 120 },
    { title: 'Endringer i multidose meldes fastlegen og hjemmetjenesten samme dag', summary: 'Avdelingen melder legemiddelendringer til fastlegen og hjemmetjenesten samme dag.', text: 'Når legemidler endres under innleggelse for en pasient med multidose, melder avdelingen endringen til fastlegen og hjemmetjenesten samme dag, med oppdatert legemiddelliste. Fastlegen oppdaterer multidoseforskrivningen.', changeNote: 'Hjemmetjenesten tatt med etter innspill fra kommunene.', approvedMeetingId: m2, daysAgo: 30 },
  ], now);
  const draft = await insertRecommendation(tx, admin, 'den-som-rekvirerer-prover-folger-opp-svaret', ['test_results'], [cases.get('test_results')!], [
    { title: 'Den som rekvirerer prøver, følger opp svaret', summary: 'Utkast til behandling.', text: 'Den som rekvirerer en prøve, har ansvaret for å følge opp svaret, også etter utskrivning.', approvedMeetingId: null, daysAgo: 5 },
  ], now);
  const caseTitle = (key: string) => CASES.find((c) => c.key === key)!.title;
  await tx.insertInto('forum_meeting_item').values([
    { meeting_id: m1, position: 1, submission_id: cases.get('late_summary')!, recommendation_id: null, title: `Samhandlingsavvik: ${caseTitle('late_summary')}`, decision: 'Anbefaling utarbeidet og godkjent, se sak 2.', created_at: now },
    { meeting_id: m1, position: 2, submission_id: null, recommendation_id: rec1, title: 'Godkjenning av anbefaling: Epikrise til fastlegen innen tre virkedager (versjon 1)', decision: 'Godkjent.', created_at: now },
    { meeting_id: m1, position: 3, submission_id: null, recommendation_id: rec2, title: 'Godkjenning av anbefaling: Endringer i multidose meldes fastlegen samme dag (versjon 1)', decision: 'Godkjent.', created_at: now },
    { meeting_id: m2, position: 1, submission_id: cases.get('moved_tasks')!, recommendation_id: null, title: `Samhandlingsavvik: ${caseTitle('moved_tasks')}`, decision: 'Vurderingen er ferdig; sekretariatet lager utkast til anbefaling.', created_at: now },
    { meeting_id: m2, position: 2, submission_id: null, recommendation_id: rec2, title: 'Godkjenning av anbefaling: Endringer i multidose meldes fastlegen og hjemmetjenesten samme dag (versjon 2)', decision: 'Godkjent.', created_at: now },
  ]).execute();
  await insertMeeting(tx, suffId, { kind: 'ordinary', title: 'Utvalgsmøte', days: 21, place: 'Sykehuset i Vestfold, Tønsberg', items: [
    { submissionId: cases.get('rejected_referral')!, title: `Samhandlingsavvik: ${caseTitle('rejected_referral')}` },
    { recommendationId: draft, title: 'Godkjenning av anbefaling: Den som rekvirerer prøver, følger opp svaret (versjon 1)' },
  ] }, now);
  await insertMeeting(tx, suffId, { kind: 'ordinary', title: 'Utvalgsmøte', days: 90, place: 'Videomøte' }, now);

}

/** Møteplass-like working forum: no decision power, at least three open thematic meetings a year. */
async function seedMoteplass(tx: Tx, people: { secretary: DemoPerson | null; secretaryUserId: string; gpUserId: string; gpName: string; hospitalPerson: DemoPerson | null; gps: DemoPerson[] }, now: Date) {
  const year = Number(osloDate(now).slice(0, 4));
  const forumId = await insertBody(tx, {
    kind: 'forum',
    name: 'Møteplass fastleger og sykehus Vestfold',
    slug: 'moteplass-vestfold',
    mandate: 'Et arbeidsforum uten beslutningsmyndighet der fastleger og sykehusleger møtes om samhandling. Forumet holder minst tre åpne temamøter i året og legger fram årsplan og årsrapport.',
    owner: 'Overordnet samarbeidsutvalg, Sykehuset i Vestfold HF og kommunene',
    rules: [{ key: 'gp', nb: 'Fastleger', en: 'GPs', represents: 'gp', count: 3 }, { key: 'hospital', nb: 'Sykehusleger', en: 'Hospital doctors', represents: 'hospital', count: 2 }],
    openPerYear: 3,
  }, now);
  const seats: Seat[] = [
    { person: people.secretary, userId: people.secretaryUserId, represents: 'secretariat', role: 'secretary', termStart: `${year - 1}-01-01`, termEnd: null },
    { person: people.hospitalPerson, name: people.hospitalPerson ? undefined : 'Overlege, medisinsk klinikk', represents: 'hospital', role: 'leader', termStart: `${year - 1}-01-01`, termEnd: null },
    { person: null, name: 'Overlege, kirurgisk klinikk', represents: 'hospital', termStart: `${year - 1}-01-01`, termEnd: null },
    ...people.gps.map((p) => ({ person: p, represents: 'gp', termStart: `${year - 1}-01-01`, termEnd: null })),
  ];
  const memberIds = await insertSeats(tx, forumId, seats, now);
  await insertMeeting(tx, forumId, { kind: 'open_thematic', title: 'Åpent temamøte: legemiddellister og multidose', theme: 'Legemiddellister', days: -60, place: 'Sykehuset i Vestfold, auditoriet', capacity: 80, present: memberIds.slice(0, 4), minutes: 'Om lag 40 deltakere. Innspillene tas med i utvalgets arbeid med multidose.' }, now);
  const open = await insertMeeting(tx, forumId, { kind: 'open_thematic', title: 'Åpent temamøte: henvisninger – hva trenger sykehuset?', theme: 'Henvisninger', days: 35, place: 'Sykehuset i Vestfold, auditoriet', capacity: 60 }, now);
  await insertMeeting(tx, forumId, { kind: 'open_thematic', title: 'Åpent temamøte: oppfølging av prøvesvar', theme: 'Prøvesvar', days: 120, place: 'Larvik kulturhus', capacity: 100 }, now);
  await tx.insertInto('forum_meeting_registration').values([
    { meeting_id: open, user_id: people.gpUserId, name: people.gpName, email: null, organisation: 'Torget legesenter', created_at: now },
    { meeting_id: open, user_id: null, name: 'Legesekretær ved Stavern legekontor', email: 'post@stavern.legekontor.example.no', organisation: 'Stavern legekontor', created_at: now },
    { meeting_id: open, user_id: null, name: 'Overlege, ortopedisk poliklinikk', email: 'ortopedi@siv.example.no', organisation: 'Sykehuset i Vestfold HF', created_at: now },
  ]).execute();
  return forumId;
}

async function storeAnnualPlan(tx: Tx, bodyId: string, year: number, today: string, published: boolean, now: Date) {
  const text = annualPlanText(await annualFacts(tx, bodyId, year, today));
  await tx.insertInto('forum_annual_document').values({ body_id: bodyId, year, kind: 'plan', text, published_at: published ? now : null, updated_by_name: 'Sekretariatet', created_at: now, updated_at: now }).execute();
}
