import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorizeCitizen, purposeOf } from '../../platform/access/guard.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import { NAV_ROLES } from '../../platform/access/roles.js';
import type { Database } from '../../platform/db/schema.js';
import { personName } from '../../platform/names.js';
import { AppError, type Lang } from '../../platform/errors.js';
import type { SickLeaveRules } from './domain/index.js';
import { loadCase, timelinesFor, toFacts } from './case-rows.js';
import type { SickLeaveSettings } from './settings.js';


/**
 * One case as the asking actor may see it. The employer gets the employer copy (no diagnosis, no
 * medical text); the GP sees NAV's information as far as each switch allows; the first time NAV
 * opens the case, its notes are marked as seen by NAV.
 */
export async function caseDetail(
  db: Kysely<Database>,
  ctx: AuditContext & { actor: Actor },
  caseId: string,
  rules: SickLeaveRules,
  settings: SickLeaveSettings,
  lang: Lang,
) {
  const row = await loadCase(db, caseId);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  const { actor } = ctx;
  const employerView = actor.role === 'employer';
  // The employer's relationship is the one named on this case, not whatever the register says.
  await authorizeCitizen(db, ctx, row.citizen_id, employerView ? 'citizen.read_employment' : 'citizen.read', 'sick_case', { employerId: row.employer_id });

  const isNav = NAV_ROLES.has(actor.role);
  if (isNav) {
    await db
      .updateTable('sick_note')
      .set({ nav_first_opened_at: ctx.clock.now(), nav_first_opened_by: actor.userId })
      .where('case_id', '=', caseId)
      .where('nav_first_opened_at', 'is', null)
      .execute();
  }
  const [notes, periods, measures, decisions, tasks, timelines] = await Promise.all([
    db
      .selectFrom('sick_note as n')
      .innerJoin('person as p', 'p.id', 'n.issuer_person_id')
      .where('n.case_id', '=', caseId)
      .selectAll('n')
      .select(['p.given_name as issuer_given', 'p.family_name as issuer_family'])
      .orderBy('n.issued_at')
      .execute(),
    db
      .selectFrom('sick_note_period as sp')
      .innerJoin('sick_note as n', 'n.id', 'sp.note_id')
      .where('n.case_id', '=', caseId)
      .select(['sp.note_id', 'sp.fom', 'sp.tom', 'sp.grade', 'sp.type'])
      .orderBy('sp.fom')
      .execute(),
    db
      .selectFrom('case_measure as m')
      .innerJoin('measure_catalogue as c', 'c.code', 'm.code')
      .where('m.case_id', '=', caseId)
      .select(['m.id', 'm.code', 'c.name_nb', 'c.name_en', 'm.starts_on', 'm.ends_on', 'm.result'])
      .orderBy('m.starts_on')
      .execute(),
    db.selectFrom('case_decision').where('case_id', '=', caseId).selectAll().orderBy('decided_on').execute(),
    db.selectFrom('case_task').where('case_id', '=', caseId).selectAll().orderBy('due_on').execute(),
    timelinesFor(db, [toFacts(row)], ctx.clock.now(), rules),
  ]);
  const timeline = timelines.get(caseId)!;
  const feed = actor.role === 'gp' ? settings.gpFeed : { milestones: true, maksdato: true, measures: true, decisions: true, adviser: true, navSeenNote: true };

  await recordAudit(db, ctx, {
    action: 'read',
    citizenId: row.citizen_id,
    objectType: employerView ? 'sick_case_employer_copy' : 'sick_case',
    objectId: caseId,
    purpose: purposeOf(actor),
  });

  const noteView = notes.map((n) => {
    const base = {
      id: n.id,
      issuedAt: new Date(n.issued_at).toISOString(),
      issuer: personName(n.issuer_given, n.issuer_family),
      periods: periods.filter((p) => p.note_id === n.id).map((p) => ({ fom: p.fom, tom: p.tom, grade: p.grade, type: p.type })),
      workAdaptationNote: n.work_adaptation_note,
    };
    if (employerView) return base;
    return {
      ...base,
      diagnosis: { system: n.diagnosis_system, code: n.diagnosis_code, text: n.diagnosis_text },
      symptomsFindings: n.symptoms_findings,
      functionDailyLife: n.function_daily_life,
      functionWork: n.function_work,
      remainingCapacity: n.remaining_capacity,
      assessment: n.assessment,
      treatmentPlan: n.treatment_plan,
      prognosis: n.prognosis,
      expectedDuration: n.expected_duration,
      fullLeaveJustification: n.full_leave_justification,
      wantsEarlyMeeting: n.wants_early_meeting,
      wantsEarlyDialogue: n.wants_early_dialogue,
      followUpClass: n.follow_up_class,
      navFirstOpenedAt: feed.navSeenNote && n.nav_first_opened_at ? new Date(n.nav_first_opened_at).toISOString() : null,
    };
  });

  const employerMilestones = new Set(['follow_up_plan', 'dialogue_meeting_1']);
  return {
    id: row.id,
    view: employerView ? ('employer_copy' as const) : ('full' as const),
    citizen: { id: row.citizen_id, name: personName(row.given_name, row.family_name) },
    employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
    status: row.status,
    firstDay: row.first_day,
    lastDay: row.last_day,
    week: timeline.week,
    adviser: feed.adviser && row.assigned_user_id ? { userId: row.assigned_user_id, name: personName(row.adviser_given, row.adviser_family), phone: row.adviser_phone, email: row.adviser_email } : null,
    maksdato: employerView || !feed.maksdato ? null : timeline.maksdato,
    milestones: !feed.milestones ? [] : employerView ? timeline.milestones.filter((m) => employerMilestones.has(m.key)) : timeline.milestones,
    notes: noteView,
    measures: employerView || !feed.measures ? [] : measures.map((m) => ({ id: m.id, code: m.code, name: lang === 'en' ? m.name_en : m.name_nb, startsOn: m.starts_on, endsOn: m.ends_on, result: m.result })),
    decisions: employerView || !feed.decisions ? [] : decisions.map((d) => ({ id: d.id, kind: d.kind, decidedOn: d.decided_on, effectiveFrom: d.effective_from, note: d.note })),
    tasks: tasks
      .filter((t) => !employerView || t.owner_kind === 'employer')
      .map((t) => ({
        id: t.id,
        kind: t.kind,
        ownerKind: t.owner_kind,
        dueOn: t.due_on,
        status: t.status,
        takenAt: t.taken_at ? new Date(t.taken_at).toISOString() : null,
        // Tasks agreed in a dialogue meeting say what was agreed, and link to it.
        text: t.text,
        meetingId: t.meeting_id,
      })),
  };
}
