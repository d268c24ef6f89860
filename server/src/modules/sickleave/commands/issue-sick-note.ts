import { addDays, formatISO, parseISO } from 'date-fns';
import { addWorkingDays } from '../../../platform/working-days.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { refreshCaseDeadlines } from '../deadlines.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, ERRORS, type ErrorCode } from '../../../platform/errors.js';
import { checkIdentityNumber, checkOrgNumber } from '../../../platform/identifiers.js';
import { joinNotesIntoCases, validateNote, type NotePeriod, type SickLeaveRules, type SickNote } from '../domain/index.js';
import type { SickNoteInputDto } from '../schemas.js';
import type { SickLeaveSettings } from '../settings.js';

type Tx = Transaction<Database>;
const iso = (date: Date) => formatISO(date, { representation: 'date' });

export interface IssueContext extends AuditContext {
  actor: Actor;
  rules: SickLeaveRules;
  settings: SickLeaveSettings;
  allowSyntheticIdentifiers: boolean;
}

/**
 * A GP issues a sick note: validated, joined into the person's case with the same employer,
 * stored with its periods, and turned into work (early signals and follow-up classes become
 * tasks with deadlines). All in one transaction with its audit entry: nothing half-written.
 */
export async function issueSickNote(db: Kysely<Database>, ctx: IssueContext, fnrHeader: string | undefined, input: SickNoteInputDto) {
  const { actor } = ctx;
  if (actor.role !== 'gp' || !actor.personId) throw new AppError('ACCESS_DENIED_ROLE');
  if (!fnrHeader) throw new AppError('FNR_MISSING');
  const identity = checkIdentityNumber(fnrHeader, { allowSynthetic: ctx.allowSyntheticIdentifiers });
  if (!identity.ok) throw new AppError('FNR_INVALID', { reason: identity.reason });

  const today = iso(ctx.clock.now());
  const problems: { code: string; periodIndexes: number[]; message: string }[] = validateNote(
    toDomainNote('new', '', null, actor.personId, today, input),
    today,
    ctx.rules,
  );
  input.periods.forEach((period, index) => {
    if ((period.type === 'full' && period.grade !== 100) || (period.type === 'graded' && period.grade >= 100)) {
      problems.push({ code: 'GRADE_TYPE_MISMATCH', periodIndexes: [index], message: `${period.type} with grade ${period.grade}` });
    }
  });
  const first = problems[0];
  if (first) throw new AppError(first.code in ERRORS ? (first.code as ErrorCode) : 'VALIDATION_FAILED', { problems });
  if (input.periods.some((p) => p.grade === 100 && p.type !== 'pending') && !input.fullLeaveJustification?.trim()) {
    throw new AppError('FULL_LEAVE_JUSTIFICATION_REQUIRED', { field: 'fullLeaveJustification' });
  }

  const citizen = await db
    .selectFrom('citizen')
    .where('fnr', '=', identity.value.fnr)
    .select(['id', 'nav_office_id'])
    .executeTakeFirst();
  if (!citizen) throw new AppError('CITIZEN_NOT_FOUND');
  const employerId = await findEmployer(db, input.employerOrgNumber);

  return db.transaction().execute(async (tx) => {
    // One writer per person at a time, so two notes arriving together join the same case.
    await sql`select id from citizen where id = ${citizen.id} for update`.execute(tx);
    await refuseDuplicate(tx, citizen.id, actor.personId!, input);
    const caseId = await attachToCase(tx, ctx, citizen.id, employerId, citizen.nav_office_id, input);
    const note = await tx
      .insertInto('sick_note')
      .values({
        case_id: caseId,
        citizen_id: citizen.id,
        employer_id: employerId,
        issuer_person_id: actor.personId!,
        issuer_user_id: actor.userId,
        issued_at: ctx.clock.now(),
        diagnosis_system: input.diagnosis.system,
        diagnosis_code: input.diagnosis.code,
        diagnosis_text: input.diagnosis.text ?? null,
        symptoms_findings: input.symptomsFindings,
        function_daily_life: input.functionDailyLife,
        function_work: input.functionWork,
        remaining_capacity: input.remainingCapacity,
        assessment: input.assessment ?? null,
        treatment_plan: input.treatmentPlan ?? null,
        prognosis: input.prognosis ?? null,
        expected_duration: input.expectedDuration ?? null,
        full_leave_justification: input.fullLeaveJustification ?? null,
        extended_answers: JSON.stringify(input.extendedQuestions ? { [input.extendedQuestions.week]: input.extendedQuestions.answers } : {}),
        wants_early_meeting: input.wantsEarlyMeeting ?? false,
        wants_early_dialogue: input.wantsEarlyDialogue ?? false,
        follow_up_class: input.followUpClass,
        work_adaptation_note: input.workAdaptationNote ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('sick_note_period')
      .values(input.periods.map((p) => ({ note_id: note.id, fom: p.fom, tom: p.tom, grade: p.grade, type: p.type })))
      .execute();
    if (input.extendedQuestions) {
      await tx
        .insertInto('case_event')
        .values({ case_id: caseId, kind: `extended_questions_answered_${input.extendedQuestions.week}`, occurred_on: today, recorded_by: actor.userId })
        .execute();
    }
    const tasks = await createTasks(tx, ctx, caseId, note.id, citizen.nav_office_id, employerId, input, today);
    await refreshCaseDeadlines(tx, [caseId], ctx.clock.now(), ctx.rules);
    await recordAudit(tx, ctx, { action: 'create', citizenId: citizen.id, objectType: 'sick_note', objectId: note.id, purpose: 'health_care' });
    return { noteId: note.id, caseId, tasks };
  });
}

async function findEmployer(db: Kysely<Database>, orgNumber: string | null | undefined): Promise<string | null> {
  if (!orgNumber) return null;
  const check = checkOrgNumber(orgNumber);
  if (!check.ok) throw new AppError('ORG_NUMBER_INVALID', { field: 'employerOrgNumber', reason: check.reason });
  const employer = await db
    .selectFrom('organisation')
    .where('org_number', '=', check.value)
    .where('active', '=', true)
    .select('id')
    .executeTakeFirst();
  if (!employer) throw new AppError('EMPLOYER_NOT_FOUND');
  return employer.id;
}

function toDomainNote(id: string, personId: string, employerId: string | null, issuerPersonId: string, issuedAt: string, input: Pick<SickNoteInputDto, 'periods'>): SickNote {
  return {
    id,
    personId,
    employerId,
    periods: input.periods.map((p) => ({ fom: p.fom, tom: p.tom, grade: p.grade, type: p.type as SickNote['periods'][number]['type'] })),
    issuedAt,
    issuerPersonId,
  };
}

/**
 * Finds the case the note belongs to by the joining rule over all the person's notes with this
 * employer, creating a case or merging two that the new note bridges.
 */
async function attachToCase(tx: Tx, ctx: IssueContext, citizenId: string, employerId: string | null, navOfficeId: string | null, input: SickNoteInputDto): Promise<string> {
  let existing = tx
    .selectFrom('sick_note as n')
    .innerJoin('sick_note_period as p', 'p.note_id', 'n.id')
    .where('n.citizen_id', '=', citizenId)
    .select(['n.id', 'n.case_id', 'n.issued_at', 'n.issuer_person_id', 'p.fom', 'p.tom', 'p.grade', 'p.type']);
  existing = employerId === null ? existing.where('n.employer_id', 'is', null) : existing.where('n.employer_id', '=', employerId);
  const rows = await existing.execute();
  const notes = new Map<string, SickNote & { caseId: string; periods: NotePeriod[] }>();
  for (const r of rows) {
    const note = notes.get(r.id) ?? { id: r.id, caseId: r.case_id, personId: citizenId, employerId, periods: [], issuedAt: iso(new Date(r.issued_at)), issuerPersonId: r.issuer_person_id };
    note.periods.push({ fom: r.fom, tom: r.tom, grade: r.grade, type: r.type });
    notes.set(r.id, note);
  }
  const incoming = toDomainNote('incoming', citizenId, employerId, ctx.actor.personId!, iso(ctx.clock.now()), input);
  const cases = joinNotesIntoCases([...notes.values(), incoming], ctx.rules);
  const mine = cases.find((c) => c.noteIds.includes('incoming'));
  if (!mine) throw new Error('the incoming note joined no case');

  checkExtendedQuestions(mine.firstDay, input, ctx);
  const status = caseStatusOf(input);
  const caseIds = [...new Set(mine.noteIds.filter((id) => id !== 'incoming').map((id) => notes.get(id)!.caseId))];
  if (caseIds.length === 0) {
    const created = await tx
      .insertInto('sick_case')
      .values({ citizen_id: citizenId, employer_id: employerId, nav_office_id: navOfficeId, first_day: mine.firstDay, last_day: mine.lastDay, status })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
  const ordered = await tx.selectFrom('sick_case').where('id', 'in', caseIds).select(['id']).orderBy('created_at').execute();
  const keep = ordered[0]!.id;
  const merged = ordered.slice(1).map((c) => c.id);
  if (merged.length > 0) {
    for (const table of ['sick_note', 'case_event', 'case_measure', 'case_decision', 'case_task'] as const) {
      await tx.updateTable(table).set({ case_id: keep }).where('case_id', 'in', merged).execute();
    }
    await tx.deleteFrom('sick_case').where('id', 'in', merged).execute();
  }
  await tx
    .updateTable('sick_case')
    .set({ first_day: mine.firstDay, last_day: mine.lastDay, status, ended_on: null, updated_at: ctx.clock.now() })
    .where('id', '=', keep)
    .execute();
  return keep;
}

function caseStatusOf(input: SickNoteInputDto): 'active' | 'graded' | 'pending' {
  const latest = [...input.periods].sort((a, b) => a.tom.localeCompare(b.tom)).at(-1)!;
  return latest.type === 'graded' ? 'graded' : latest.type === 'pending' ? 'pending' : 'active';
}

/** A note that carries the case past week 7, 17 or 39 must answer that week's extended questions. */
function checkExtendedQuestions(firstDay: string, input: SickNoteInputDto, ctx: IssueContext) {
  const fom = input.periods.map((p) => p.fom).sort()[0]!;
  const tom = input.periods.map((p) => p.tom).sort().at(-1)!;
  const weeks = ctx.rules.milestones.filter((m) => m.key.startsWith('extended_questions_') && m.week !== null).map((m) => m.week!);
  for (const week of weeks) {
    const weekStart = iso(addDays(parseISO(firstDay), week * 7));
    const passes = fom <= weekStart && tom >= weekStart;
    if (passes && input.extendedQuestions?.week !== week) {
      throw new AppError('EXTENDED_QUESTIONS_REQUIRED', { week, field: 'extendedQuestions' });
    }
  }
}

async function createTasks(
  tx: Tx,
  ctx: IssueContext,
  caseId: string,
  noteId: string,
  navOfficeId: string | null,
  employerId: string | null,
  input: SickNoteInputDto,
  today: string,
) {
  const navDue = addWorkingDays(today, ctx.settings.navTaskWorkingDays);
  const tasks: { kind: string; owner_kind: 'nav_office' | 'employer' | 'gp'; owner_org_id: string | null; owner_person_id: string | null; due_on: string }[] = [];
  if (input.wantsEarlyMeeting) tasks.push({ kind: 'early_meeting_requested', owner_kind: 'nav_office', owner_org_id: navOfficeId, owner_person_id: null, due_on: navDue });
  if (input.wantsEarlyDialogue) tasks.push({ kind: 'early_dialogue_requested', owner_kind: 'nav_office', owner_org_id: navOfficeId, owner_person_id: null, due_on: navDue });
  if (input.followUpClass === 4) tasks.push({ kind: 'nav_follow_up_now', owner_kind: 'nav_office', owner_org_id: navOfficeId, owner_person_id: null, due_on: navDue });
  if (input.followUpClass === 3 && employerId) {
    tasks.push({ kind: 'employer_adapt_work', owner_kind: 'employer', owner_org_id: employerId, owner_person_id: null, due_on: addWorkingDays(today, ctx.settings.employerTaskWorkingDays) });
  }
  if (input.followUpClass === 2) {
    // The GP follows up medically: remind them before the note runs out.
    const lastDay = input.periods.map((p) => p.tom).sort().at(-1)!;
    const reminder = iso(addDays(parseISO(lastDay), -ctx.settings.gpReminderDaysBeforeEnd));
    tasks.push({ kind: 'gp_follow_up_reminder', owner_kind: 'gp', owner_org_id: null, owner_person_id: ctx.actor.personId, due_on: reminder < today ? today : reminder });
  }
  if (tasks.length > 0) await tx.insertInto('case_task').values(tasks.map((t) => ({ ...t, case_id: caseId, note_id: noteId }))).execute();
  return tasks.map((t) => ({ kind: t.kind, ownerKind: t.owner_kind, dueOn: t.due_on }));
}

/**
 * The same note sent twice (a double click, a retry after a lost answer) is recognised: same
 * person, issuer, diagnosis and periods. The answer names the note already stored.
 */
async function refuseDuplicate(tx: Tx, citizenId: string, issuerPersonId: string, input: SickNoteInputDto) {
  const key = (periods: readonly { fom: string; tom: string; grade: number; type: string }[]) =>
    periods.map((p) => `${p.fom}/${p.tom}/${p.grade}/${p.type}`).sort().join(',');
  const wanted = key(input.periods);
  const rows = await tx
    .selectFrom('sick_note as n')
    .innerJoin('sick_note_period as p', 'p.note_id', 'n.id')
    .where('n.citizen_id', '=', citizenId)
    .where('n.issuer_person_id', '=', issuerPersonId)
    .where('n.diagnosis_code', '=', input.diagnosis.code)
    .select(['n.id', 'n.case_id', 'p.fom', 'p.tom', 'p.grade', 'p.type'])
    .execute();
  const byNote = new Map<string, { caseId: string; periods: typeof rows }>();
  for (const row of rows) byNote.set(row.id, { caseId: row.case_id, periods: [...(byNote.get(row.id)?.periods ?? []), row] });
  for (const [noteId, note] of byNote) {
    if (key(note.periods) === wanted) throw new AppError('SICK_NOTE_DUPLICATE', { noteId, caseId: note.caseId });
  }
}
