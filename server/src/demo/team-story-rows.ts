/**
 * Writes one demo story of the work-focus team (team-stories.ts) as the platform would have: the
 * referral with its registration facts and the patient's consent, the team's decision, the course
 * with its sessions, goals, shared summary and final report, and the GP's short updates — with
 * the same texts the referral and course code write.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import type { TeamGpUpdateKind, WorkStatus } from '../platform/db/schema-teams.js';
import { personName } from '../platform/names.js';
import { finalReportUpdateText, goalReachedText, droppedOutText, sessionInvitationText, startedWorkText, tariffHint, type TariffRow } from '../modules/teams/domain/gp-texts.js';
import { startedWork, workStatusFromSickLeave } from '../modules/teams/domain/work-status.js';
import { acceptedText, declinedText, waitingText } from '../modules/teams/referrals/texts.js';
import type { DemoCitizen } from './generate.js';
import type { CourseSpec, StorySpec } from './team-stories.js';
import type { ReferralFacts } from './teams.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (instant: Date) => instant.toISOString().slice(0, 10);
const DURATION = { assessment: 60, start: 60, end: 60, joint: 60, regular: 45, refresher: 45 } as const;
const GP_MINUTES = 15;

export interface StoryContext {
  now: Date;
  team: { id: string; name: string; budget: number };
  office: { id: string; name: string };
  gp: { userId: string; personId: string; name: string };
  therapist: { memberId: string; userId: string; name: string };
  jobSpecialist: { memberId: string; name: string };
  tariff: TariffRow | null;
  teamDay: (days: number, hour: number) => Date;
}

interface Update {
  kind: TeamGpUpdateKind;
  title: string;
  body: string;
  at: Date;
  tariffHint?: string;
  toNav?: boolean;
}

const ageInside = (f: ReferralFacts) => f.age >= 18 && f.age <= 55;
const earlyInside = (f: ReferralFacts) => f.status === 'at_risk' || (f.weeks ?? 0) <= 8;

/** The criteria as the GP ticked them, and the GP's reason when the person is outside them. */
function criteriaOf(f: ReferralFacts, outside: boolean) {
  const answers = { age_18_55: ageInside(f), early_sick_leave: earlyInside(f), mild_moderate: true, wants_simultaneous_help: true };
  if (!outside) return { answers, reason: null };
  if (!ageInside(f)) return { answers, reason: `Utenfor aldersgrensen (${f.age} år), men fastlegen vurderer at samtidig hjelp med helse og arbeid kan hindre et langt fravær.` };
  if (!earlyInside(f)) return { answers, reason: `Sykmeldt i ${f.weeks ?? '?'} uker, over grensen på 8. Arbeidsgiver ønsker personen tilbake, og personen er motivert.` };
  return { answers: { ...answers, mild_moderate: false }, reason: 'Usikkert om plagene er lette til moderate. Fastlegen ber teamet vurdere om tilbudet passer.' };
}

async function insertReferral(tx: Transaction<Database>, ctx: StoryContext, story: StorySpec, citizen: DemoCitizen, facts: ReferralFacts, at: { referred: Date; decided: Date | null; expectedStart: string | null }) {
  const criteria = criteriaOf(facts, Boolean(story.outsideCriteria));
  return tx
    .insertInto('team_referral')
    .values({
      team_id: ctx.team.id,
      citizen_id: citizen.id,
      case_id: facts.caseId,
      referred_by: ctx.gp.userId,
      referred_by_role: 'gp',
      referred_by_name: ctx.gp.name,
      gp_person_id: ctx.gp.personId,
      status: story.status,
      criteria_answers: JSON.stringify(criteria.answers),
      outside_criteria_reason: criteria.reason,
      reason: story.reason,
      age_at_referral: facts.age,
      sick_leave_status: facts.status,
      sick_leave_grade: facts.grade,
      sick_leave_weeks: facts.weeks,
      nav_office_id: citizen.nav_office_id,
      waiting_since: story.status === 'waiting' ? at.decided : null,
      expected_start: at.expectedStart,
      decided_at: at.decided,
      decided_by_name: at.decided ? ctx.therapist.name : null,
      decline_reason: story.decline?.reason ?? null,
      recommendation: story.decline?.recommendation ?? null,
      created_at: at.referred,
      updated_at: at.decided ?? at.referred,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The course's rows; answers the GP updates the course gave along the way. */
async function insertCourse(tx: Transaction<Database>, ctx: StoryContext, referralId: string, citizen: DemoCitizen, start: WorkStatus, spec: CourseSpec, decided: Date): Promise<Update[]> {
  const name = personName(citizen.given_name, citizen.family_name);
  const sessions = spec.sessions.map((s) => ({ ...s, startsAt: ctx.teamDay(s.day, s.hour) }));
  const firstAt = sessions[0]!.startsAt;
  const closedAt = spec.closedDaysAgo !== undefined ? new Date(ctx.now.getTime() - spec.closedDaysAgo * DAY) : null;
  const lastHeld = sessions.filter((s) => s.status === 'held').at(-1)?.startsAt ?? decided;
  // A change of work status is kept only when it is a start in work from where this person started.
  const current = spec.current && startedWork(start, spec.current.status) ? spec.current : undefined;
  const course = await tx
    .insertInto('team_course')
    .values({
      referral_id: referralId,
      team_id: ctx.team.id,
      citizen_id: citizen.id,
      status: spec.status,
      therapist_member_id: ctx.therapist.memberId,
      job_specialist_member_id: spec.jobSpecialist ? ctx.jobSpecialist.memberId : null,
      session_budget: ctx.team.budget,
      work_status_start: start,
      work_status_end: spec.end ?? null,
      work_status_current: current?.status ?? null,
      work_status_changed_at: current ? new Date(ctx.now.getTime() - current.daysAgo * DAY) : null,
      employer_involved: spec.employerInvolved ?? false,
      summary: spec.summary,
      summary_updated_at: new Date(lastHeld.getTime() + 2 * HOUR),
      summary_updated_by_name: ctx.therapist.name,
      final_report: spec.finalReport ? JSON.stringify(spec.finalReport) : null,
      final_report_at: spec.finalReport && closedAt ? new Date(closedAt.getTime() - DAY) : null,
      closure_reason: spec.closureReason ?? null,
      started_on: iso(firstAt),
      closed_at: closedAt,
      created_at: decided,
      updated_at: closedAt ?? lastHeld,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('team_session')
    .values(
      sessions.map((s) => ({
        course_id: course.id,
        kind: s.kind,
        status: s.status,
        starts_at: s.startsAt,
        duration_minutes: DURATION[s.kind],
        organisation_id: ctx.office.id,
        gp_last_minutes: s.kind === 'start' || s.kind === 'end' ? GP_MINUTES : null,
        attendees: s.attendees,
        note: s.note ?? null,
        created_by_name: ctx.therapist.name,
        created_at: decided,
        updated_at: s.status === 'booked' ? decided : new Date(s.startsAt.getTime() + 2 * HOUR),
      })),
    )
    .execute();
  const goals = await insertGoals(tx, course.id, spec, decided, closedAt ?? lastHeld);
  return courseUpdates(ctx, name, start, { ...spec, current }, { sessions, closedAt, goals }).map((u) => ({ ...u, courseId: course.id }));
}

async function insertGoals(tx: Transaction<Database>, courseId: string, spec: CourseSpec, from: Date, reachedBy: Date) {
  const [main, ...subs] = spec.goals;
  if (!main) return { total: 0, reached: 0 };
  const row = (g: typeof main, parentId: string | null) => ({
    course_id: courseId,
    parent_id: parentId,
    area: g.area,
    text: g.text,
    status: g.status,
    reached_at: g.status === 'reached' ? reachedBy : null,
    created_at: from,
    updated_at: g.status === 'open' ? from : reachedBy,
  });
  const parent = await tx.insertInto('team_goal').values(row(main, null)).returning('id').executeTakeFirstOrThrow();
  if (subs.length) await tx.insertInto('team_goal').values(subs.map((g) => row(g, parent.id))).execute();
  return { total: spec.goals.length, reached: spec.goals.filter((g) => g.status === 'reached').length };
}

function courseUpdates(ctx: StoryContext, name: string, start: WorkStatus, spec: CourseSpec, facts: { sessions: { kind: string; startsAt: Date; status: string }[]; closedAt: Date | null; goals: { total: number; reached: number } }): Update[] {
  const updates: Update[] = [];
  const startSession = facts.sessions.find((s) => s.kind === 'start');
  if (startSession) {
    const invitation = sessionInvitationText({
      kind: 'start', personName: name, teamName: ctx.team.name, therapistName: ctx.therapist.name, jobSpecialistName: spec.jobSpecialist ? ctx.jobSpecialist.name : null,
      startsAt: startSession.startsAt, durationMinutes: DURATION.start, placeName: ctx.office.name, gpLastMinutes: GP_MINUTES, sessionBudget: ctx.team.budget, goals: [],
    });
    updates.push({ kind: 'started', title: invitation.title.nb, body: invitation.body.nb, at: new Date(facts.sessions[0]!.startsAt.getTime() + 3 * HOUR), tariffHint: tariffHint(ctx.tariff, GP_MINUTES).nb });
  }
  if (spec.current) {
    const on = new Date(ctx.now.getTime() - spec.current.daysAgo * DAY);
    const text = startedWorkText({ personName: name, from: start, to: spec.current.status, on });
    updates.push({ kind: 'started_work', title: text.title.nb, body: text.body.nb, at: on, toNav: true });
  }
  const main = spec.goals[0];
  if (main?.status === 'reached' && !spec.finalReport) {
    const text = goalReachedText({ personName: name, goal: main.text, area: main.area, main: true });
    updates.push({ kind: 'goal_reached', title: text.title.nb, body: text.body.nb, at: new Date(ctx.now.getTime() - 10 * DAY) });
  }
  if (spec.finalReport && facts.closedAt && spec.end) {
    const held = facts.sessions.filter((s) => s.status === 'held').length;
    const text = finalReportUpdateText({ personName: name, teamName: ctx.team.name, workStatusStart: start, workStatusEnd: spec.end, sessionsHeld: held, goalsReached: facts.goals.reached, goalsTotal: facts.goals.total, report: spec.finalReport });
    updates.push({ kind: 'final_report', title: text.title.nb, body: text.body.nb, at: facts.closedAt, toNav: true });
  }
  if (spec.status === 'dropped_out' && facts.closedAt) {
    const text = droppedOutText({ personName: name, teamName: ctx.team.name, reason: spec.closureReason ?? '', workStatusEnd: spec.end ?? null, report: null });
    updates.push({ kind: 'dropped_out', title: text.title.nb, body: text.body.nb, at: facts.closedAt });
  }
  return updates;
}

/** The team's answer to the referral: accepted (with the first session), on the waiting list, or declined. */
function decisionUpdate(ctx: StoryContext, story: StorySpec, decided: Date, firstSession: Date | null, expectedStart: string | null): Update | null {
  if (story.status === 'accepted' && firstSession) {
    const text = acceptedText({ teamName: ctx.team.name, startsAt: firstSession, durationMinutes: DURATION.assessment, therapistName: ctx.therapist.name, place: ctx.office.name, lateStart: false, targetBy: iso(new Date(decided.getTime() + 7 * DAY)) });
    return { kind: 'accepted', ...text, at: decided };
  }
  if (story.status === 'waiting') return { kind: 'waiting', ...waitingText({ teamName: ctx.team.name, position: 1, expectedStart, byTeam: true, reason: story.waitingReason }), at: decided };
  if (story.status === 'declined' && story.decline) return { kind: 'declined', ...declinedText({ teamName: ctx.team.name, ...story.decline }), at: decided };
  return null;
}

export async function insertDemoStory(tx: Transaction<Database>, ctx: StoryContext, story: StorySpec, citizen: DemoCitizen, facts: ReferralFacts) {
  const referred = new Date(ctx.now.getTime() - story.daysAgo * DAY);
  const firstSession = story.course ? ctx.teamDay(story.course.sessions[0]!.day, story.course.sessions[0]!.hour) : null;
  // The team decides at its next day at the office, and always before the first session.
  const decided = story.status === 'submitted' ? null : new Date(Math.min(referred.getTime() + 2 * DAY, (firstSession?.getTime() ?? Infinity) - DAY));
  const expectedStart = firstSession ? iso(firstSession) : story.status === 'waiting' ? iso(new Date(ctx.now.getTime() + 21 * DAY)) : story.status === 'submitted' ? iso(ctx.teamDay(7, 10)) : null;
  const referral = await insertReferral(tx, ctx, story, citizen, facts, { referred, decided, expectedStart });
  await tx
    .insertInto('team_consent')
    .values({ referral_id: referral.id, citizen_id: citizen.id, team_id: ctx.team.id, scope: story.consent, given_on: iso(referred), recorded_by: ctx.gp.userId, recorded_by_name: ctx.gp.name, created_at: referred })
    .execute();
  const updates: (Update & { courseId?: string })[] = [];
  const decision = decided ? decisionUpdate(ctx, story, decided, firstSession, expectedStart) : null;
  if (decision) updates.push(decision);
  if (story.course && decided) updates.push(...(await insertCourse(tx, ctx, referral.id, citizen, workStatusFromSickLeave(facts.status), story.course, decided)));
  if (updates.length === 0) return;
  const readBefore = ctx.now.getTime() - 2 * DAY;
  await tx
    .insertInto('team_gp_update')
    .values(
      updates.map((u) => ({
        referral_id: referral.id,
        course_id: u.courseId ?? null,
        gp_person_id: ctx.gp.personId,
        kind: u.kind,
        title: u.title,
        body: u.body,
        tariff_hint: u.tariffHint ?? null,
        sent_to_nav: Boolean(u.toNav) && story.consent.includes('nav'),
        read_at: u.at.getTime() < readBefore ? new Date(u.at.getTime() + DAY) : null,
        created_by_name: ctx.therapist.name,
        created_at: u.at,
      })),
    )
    .execute();
}
