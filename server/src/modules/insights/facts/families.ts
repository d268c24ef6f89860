/**
 * The pre-aggregated families (dialogue, sick-leave follow-up, meetings): for each, which (month,
 * NAV office) groups changed since a watermark, and the source rows of some offices in one month,
 * turned into contributions by the pure rules in ../domain/. Read-only SQL over other modules'
 * tables: the insights module reads them as a reporting database would, and writes only its own.
 *
 * Month boundaries are Oslo midnights. Changes are found from the rows' own timestamps (no trigger
 * on the hot write paths), plus deadlines and due days that passed since the watermark, since a
 * figure can change by time passing alone (an unanswered request becomes late).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { dialogueContributions, DIALOGUE_METRICS, GP_DIALOGUE_METRICS, type MessageRecord } from '../domain/dialogue-facts.js';
import { meetingContributions, MEETING_METRICS, type MeetingRecord } from '../domain/meeting-facts.js';
import { caseContributions, earlyMeetingContributions, MILESTONE_KPIS, noteContributions, SICKLEAVE_METRICS } from '../domain/sickleave-facts.js';
import type { Contribution } from '../domain/tally.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface Group {
  /** 'YYYY-MM-01' */
  month: string;
  officeId: string;
}

/** A contribution and the NAV office it belongs to. */
export type OfficeContribution = Contribution & { officeId: string };

export interface Family {
  name: string;
  /** Every metric the family writes (office and GP tables): a recomputed group's old rows go first. */
  metrics: readonly string[];
  changedGroups(db: Executor, since: Date | null, now: Date): Promise<Group[]>;
  contributions(db: Executor, month: string, officeIds: readonly string[], now: Date): Promise<OfficeContribution[]>;
}

const NEVER = new Date('1970-01-01T00:00:00Z');
const monthStartSql = (col: ReturnType<typeof sql>) => sql`date_trunc('month', ${col})::date`;
/** The Oslo instant a 'YYYY-MM-01' month starts, and the next month's. */
const monthBounds = (month: string) => ({
  start: sql`(${month}::date)::timestamp at time zone 'Europe/Oslo'`,
  end: sql`((${month}::date + interval '1 month')::date)::timestamp at time zone 'Europe/Oslo'`,
});
const groupsOf = (rows: { month: string | Date; office_id: string | null }[]): Group[] =>
  rows.filter((r) => r.office_id).map((r) => ({ month: typeof r.month === 'string' ? r.month.slice(0, 10) : osloDateOfMonth(r.month), officeId: r.office_id! }));
/** A `date` column read as a Date by the driver (midnight UTC): its calendar day. */
const osloDateOfMonth = (d: Date) => d.toISOString().slice(0, 10);
const tag = (officeId: string, list: Contribution[]) => list.map((c) => ({ ...c, officeId }));

export const dialogueFamily: Family = {
  name: 'dialogue',
  metrics: [...DIALOGUE_METRICS, ...GP_DIALOGUE_METRICS],
  async changedGroups(db, since, now) {
    const w = since ?? NEVER;
    const rows = await sql<{ month: string; office_id: string }>`
      select distinct ${monthStartSql(sql`m.created_at at time zone 'Europe/Oslo'`)} as month, c.nav_office_id as office_id
        from dialogue_message m join conversation c on c.id = m.conversation_id
       where m.created_at > ${w} or m.answered_at > ${w} or m.reminded_at > ${w} or m.escalated_at > ${w} or m.withdrawn_at > ${w}
          or (m.due_at > ${w} and m.due_at <= ${now})`.execute(db);
    return groupsOf(rows.rows);
  },
  async contributions(db, month, officeIds, now) {
    const { start, end } = monthBounds(month);
    const rows = await sql<{
      kind: MessageRecord['kind']; sender_side: MessageRecord['senderSide']; created_at: Date; expects_answer: boolean; due_at: Date | null; answered_at: Date | null;
      reminded_at: Date | null; escalated_at: Date | null; withdrawn_at: Date | null; gp_person_id: string; office_id: string; targeted: boolean; whole_record: boolean;
    }>`
      select m.kind, m.sender_side, m.created_at, m.expects_answer, m.due_at, m.answered_at, m.reminded_at, m.escalated_at, m.withdrawn_at,
             c.gp_person_id, c.nav_office_id as office_id,
             (m.kind = 'request' and exists (select 1 from request_question q where q.message_id = m.id and not q.is_open)) as targeted,
             (m.kind = 'answer' and exists (select 1 from dialogue_attachment a where a.message_id = m.id and a.category in ('journal', 'discharge_summary'))) as whole_record
        from dialogue_message m join conversation c on c.id = m.conversation_id
       where m.created_at >= ${start} and m.created_at < ${end} and c.nav_office_id = any(${officeIds}::uuid[])
         and (m.kind in ('request', 'answer') or (m.sender_side = 'gp' and m.expects_answer))`.execute(db);
    return rows.rows.flatMap((r) =>
      tag(r.office_id, dialogueContributions({
        kind: r.kind, senderSide: r.sender_side, createdAt: new Date(r.created_at), expectsAnswer: r.expects_answer, dueAt: r.due_at && new Date(r.due_at),
        answeredAt: r.answered_at && new Date(r.answered_at), remindedAt: r.reminded_at && new Date(r.reminded_at), escalatedAt: r.escalated_at && new Date(r.escalated_at),
        withdrawnAt: r.withdrawn_at && new Date(r.withdrawn_at), targeted: r.targeted, wholeRecord: r.whole_record, gpPersonId: r.gp_person_id,
      }, now)),
    );
  },
};

const WEEK_DAYS = MILESTONE_KPIS.map((k) => k.week * 7);
const caseOffice = sql`coalesce(sc.nav_office_id, ci.nav_office_id)`;

export const sickLeaveFamily: Family = {
  name: 'sickleave',
  metrics: [...SICKLEAVE_METRICS, 'gp_milestones'],
  async changedGroups(db, since, now) {
    const w = since ?? NEVER;
    const today = osloDate(now);
    const wDay = since ? osloDate(since) : '1970-01-01';
    const dueMonths = sql.join(WEEK_DAYS.map((d) => sql`(${monthStartSql(sql`(sc.first_day + ${d}::int)::timestamp`)}, ${caseOffice})`));
    const dueChanged = sql.join(WEEK_DAYS.map((d) => sql`(sc.first_day + ${d}::int) > ${wDay}::date and (sc.first_day + ${d}::int) <= ${today}::date`), sql` or `);
    const rows = await sql<{ month: string; office_id: string | null }>`
      select distinct g.month, g.office_id from (
        select v.month, v.office_id
          from sick_case sc join citizen ci on ci.id = sc.citizen_id
          cross join lateral (values ${dueMonths}) as v(month, office_id)
         where sc.updated_at > ${w} or sc.created_at > ${w} or (${dueChanged})
            or exists (select 1 from case_event e where e.case_id = sc.id and e.created_at > ${w})
            or exists (select 1 from case_decision d where d.case_id = sc.id and d.created_at > ${w})
        union
        select ${monthStartSql(sql`t.due_on::timestamp`)}, ${caseOffice}
          from case_task t join sick_case sc on sc.id = t.case_id join citizen ci on ci.id = sc.citizen_id
         where t.kind = 'early_meeting_requested'
           and (t.created_at > ${w} or t.done_at > ${w} or t.taken_at > ${w} or (t.due_on >= ${wDay}::date and t.due_on <= ${today}::date))
        union
        select ${monthStartSql(sql`n.issued_at at time zone 'Europe/Oslo'`)}, ${caseOffice}
          from sick_note n join sick_case sc on sc.id = n.case_id join citizen ci on ci.id = sc.citizen_id
         where n.created_at > ${w} or n.nav_first_opened_at > ${w}) g`.execute(db);
    return groupsOf(rows.rows);
  },
  async contributions(db, month, officeIds, now) {
    const asOfDay = osloDate(now);
    const { start, end } = monthBounds(month);
    const dueIn = sql.join(WEEK_DAYS.map((d) => sql`(sc.first_day + ${d}::int) >= ${month}::date and (sc.first_day + ${d}::int) < (${month}::date + interval '1 month')`), sql` or `);
    const firstEvent = (kind: string) => sql`(select min(e.occurred_on) from case_event e where e.case_id = sc.id and e.kind = ${kind})`;
    const [cases, tasks, notes] = await Promise.all([
      sql<{ first_day: string; last_day: string; office_id: string; gp: string | null; plan: string | null; dm1: string | null; dm2: string | null; dm2x: string | null }>`
        select sc.first_day::text, sc.last_day::text, ${caseOffice} as office_id,
               (select n.issuer_person_id from sick_note n where n.case_id = sc.id order by n.issued_at limit 1) as gp,
               ${firstEvent('follow_up_plan_received')}::text as plan, ${firstEvent('dialogue_meeting_1_held')}::text as dm1,
               ${firstEvent('dialogue_meeting_2_held')}::text as dm2,
               (select min(d.decided_on) from case_decision d where d.case_id = sc.id and d.kind = 'dialogue_meeting_2_not_needed')::text as dm2x
          from sick_case sc join citizen ci on ci.id = sc.citizen_id
         where ${caseOffice} = any(${officeIds}::uuid[]) and (${dueIn})`.execute(db),
      sql<{ due_on: string; done_at: Date | null; status: 'open' | 'taken' | 'done' | 'cancelled'; office_id: string }>`
        select t.due_on::text, t.done_at, t.status, ${caseOffice} as office_id
          from case_task t join sick_case sc on sc.id = t.case_id join citizen ci on ci.id = sc.citizen_id
         where t.kind = 'early_meeting_requested' and t.due_on >= ${month}::date and t.due_on < (${month}::date + interval '1 month')
           and ${caseOffice} = any(${officeIds}::uuid[])`.execute(db),
      sql<{ issued_at: Date; nav_first_opened_at: Date | null; office_id: string }>`
        select n.issued_at, n.nav_first_opened_at, ${caseOffice} as office_id
          from sick_note n join sick_case sc on sc.id = n.case_id join citizen ci on ci.id = sc.citizen_id
         where n.issued_at >= ${start} and n.issued_at < ${end} and ${caseOffice} = any(${officeIds}::uuid[])`.execute(db),
    ]);
    const events = (r: (typeof cases.rows)[number]) => ({
      ...(r.plan ? { follow_up_plan_received: r.plan } : {}),
      ...(r.dm1 ? { dialogue_meeting_1_held: r.dm1 } : {}),
      ...(r.dm2 ? { dialogue_meeting_2_held: r.dm2 } : {}),
      ...(r.dm2x ? { dialogue_meeting_2_not_needed: r.dm2x } : {}),
    });
    return [
      // A case counts towards other months too (its other due days): only this month's here.
      ...cases.rows.flatMap((r) => tag(r.office_id, caseContributions({ firstDay: r.first_day, lastDay: r.last_day, gpPersonId: r.gp, events: events(r) }, asOfDay).filter((c) => c.month === month))),
      ...tasks.rows.flatMap((r) => tag(r.office_id, earlyMeetingContributions({ dueOn: r.due_on, doneAt: r.done_at && new Date(r.done_at), status: r.status }, asOfDay))),
      ...notes.rows.flatMap((r) => tag(r.office_id, noteContributions({ issuedAt: new Date(r.issued_at), navFirstOpenedAt: r.nav_first_opened_at && new Date(r.nav_first_opened_at) }))),
    ];
  },
};

/** The day a meeting was held, as SQL: meeting 1 by its registered day, NAV's by their start in Oslo. */
const meetingDaySql = sql`coalesce(dm.held_on, (dm.starts_at at time zone 'Europe/Oslo')::date)`;

export const meetingFamily: Family = {
  name: 'meetings',
  metrics: [...MEETING_METRICS, 'gp_meeting_attended'],
  async changedGroups(db, since) {
    const w = since ?? NEVER;
    const rows = await sql<{ month: string; office_id: string | null }>`
      select distinct ${monthStartSql(sql`${meetingDaySql}::timestamp`)} as month, coalesce(dm.nav_office_id, ci.nav_office_id) as office_id
        from dialogue_meeting dm join citizen ci on ci.id = dm.citizen_id
       where dm.updated_at > ${w} or dm.created_at > ${w}`.execute(db);
    return groupsOf(rows.rows);
  },
  async contributions(db, month, officeIds) {
    const rows = await sql<{
      kind: MeetingRecord['kind']; status: MeetingRecord['status']; starts_at: Date; held_on: string | null; place_kind: MeetingRecord['placeKind'];
      gp_invited: boolean | null; gp_took_part: boolean | null; gp_person_id: string | null; gp_attended: boolean | null; gp_last_minutes: number | null; office_id: string;
    }>`
      select dm.kind, dm.status, dm.starts_at, dm.held_on::text, dm.place_kind, dm.gp_invited, dm.gp_took_part, dm.gp_person_id,
             gp.attended as gp_attended, gp.last_minutes as gp_last_minutes, coalesce(dm.nav_office_id, ci.nav_office_id) as office_id
        from dialogue_meeting dm join citizen ci on ci.id = dm.citizen_id
        left join lateral (select p.attended, p.last_minutes from meeting_participant p where p.meeting_id = dm.id and p.role = 'gp' order by p.position limit 1) gp on true
       where ${meetingDaySql} >= ${month}::date and ${meetingDaySql} < (${month}::date + interval '1 month')
         and coalesce(dm.nav_office_id, ci.nav_office_id) = any(${officeIds}::uuid[])`.execute(db);
    return rows.rows.flatMap((r) =>
      tag(r.office_id, meetingContributions({
        kind: r.kind, status: r.status, startsAt: new Date(r.starts_at), heldOn: r.held_on, placeKind: r.place_kind, gpInvited: r.gp_invited,
        gpTookPart: r.gp_took_part, gpPersonId: r.gp_person_id, gpAttended: r.gp_attended, gpLastMinutes: r.gp_last_minutes,
      })),
    );
  },
};

export const FAMILIES: readonly Family[] = [dialogueFamily, sickLeaveFamily, meetingFamily];
