import { isValid, parseISO } from 'date-fns';
import type { Config } from '../../../platform/config.js';
import { AppError } from '../../../platform/errors.js';
import { notify } from '../../../platform/notify/notify.js';
import { auditForum, osloToday, requireBodyManager, type Db, type ForumCtx, type Tx } from '../access.js';
import { detectPersonalData } from '../domain/identifier-detector.js';
import { mayReceiveMerge, mayTriage, NEXT_STATUS, OUTCOME_MAX, REASON_MAX, unknownThemes, type TriageAction } from '../domain/submission-state.js';
import { loadSubmission, type StoredSubmission } from './view.js';

/**
 * Triage by the body's leader or secretary (issue 9, point 3): accept, merge a duplicate into
 * another case, forward to a hospital department or municipality with a reply deadline, reject
 * with a reason, tag by theme, mark ready for a meeting, and record the outcome. The submitter is
 * told of every change of state (notification texts carry no case content).
 */
export type TriageDeps = ForumCtx & { config: Pick<Config, 'publicUrl'> };

export const MY_SUBMISSIONS_PATH = '/mine-innmeldinger';

const NOTICE = {
  title: { nb: 'Nytt om saken du meldte til samarbeidsforumet', en: 'News about the case you reported to the collaboration forum' },
  body: { nb: 'Se status og utfall under Mine innmeldinger.', en: 'See its status and outcome under My submissions.' },
};

/** Loads and locks the case, checks the actor manages its body and the action fits its state, then runs the change. */
async function triage<T>(db: Db, deps: TriageDeps, id: string, action: TriageAction, change: (tx: Tx, row: StoredSubmission) => Promise<T>): Promise<T> {
  const current = await loadSubmission(db, id);
  await requireBodyManager(db, deps, current.body_id);
  return db.transaction().execute(async (tx) => {
    const row = await loadSubmission(tx, id, true);
    if (!mayTriage(action, row.status)) throw new AppError('FORUM_SUBMISSION_STATE', { action, status: row.status });
    const result = await change(tx, row);
    await auditForum(tx, deps, { action: 'update', objectType: 'forum_submission', objectId: id, detail: { triage: action } });
    return result;
  });
}

async function setStatus(tx: Tx, deps: TriageDeps, row: StoredSubmission, action: TriageAction, columns: Record<string, unknown> = {}): Promise<void> {
  const status = NEXT_STATUS[action]!;
  await tx.updateTable('forum_submission').set({ ...columns, status, updated_at: deps.clock.now() }).where('id', '=', row.id).execute();
  await tellSubmitters(tx, deps, row.submitted_by ? [row.submitted_by] : []);
}

async function tellSubmitters(tx: Tx, deps: TriageDeps, userIds: readonly string[]): Promise<void> {
  const others = userIds.filter((id) => id !== deps.actor.userId);
  if (others.length > 0) await notify(tx, deps.clock, { userIds: others, event: 'forum_update', ...NOTICE, link: MY_SUBMISSIONS_PATH }, deps.config);
}

/** A text the body writes back (a reason, an outcome): present, not too long, no patient data. */
function checkReply(text: string, field: string, max: number): string {
  const value = text.trim();
  if (!value) throw new AppError('FORUM_REASON_MISSING', { field });
  if (value.length > max) throw new AppError('FORUM_TEXT_TOO_LONG', { field, max });
  const kind = detectPersonalData(value);
  if (kind) throw new AppError('FORUM_PERSONAL_DATA', { field, kind });
  return value;
}

export const acceptSubmission = (db: Db, deps: TriageDeps, id: string) => triage(db, deps, id, 'accept', (tx, row) => setStatus(tx, deps, row, 'accept'));

export function rejectSubmission(db: Db, deps: TriageDeps, id: string, reason: string) {
  const text = checkReply(reason, 'reason', REASON_MAX);
  return triage(db, deps, id, 'reject', (tx, row) => setStatus(tx, deps, row, 'reject', { reject_reason: text, outcome_at: deps.clock.now() }));
}

export function forwardSubmission(db: Db, deps: TriageDeps, id: string, to: string, dueOn: string) {
  const recipient = to.trim();
  if (!recipient) throw new AppError('FORUM_TEXT_EMPTY', { field: 'to' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !isValid(parseISO(dueOn))) throw new AppError('VALIDATION_FAILED', { field: 'dueOn' });
  if (dueOn < osloToday(deps.clock)) throw new AppError('FORUM_FORWARD_DUE_PAST');
  return triage(db, deps, id, 'forward', (tx, row) => setStatus(tx, deps, row, 'forward', { forwarded_to: recipient, forward_due_on: dueOn, forward_reminded_at: null }));
}

/** A duplicate joins another open case of the same body and follows its outcome from then on. */
export function mergeSubmission(db: Db, deps: TriageDeps, id: string, intoId: string) {
  if (intoId === id) throw new AppError('FORUM_MERGE_INVALID');
  return triage(db, deps, id, 'merge', async (tx, row) => {
    const target = await tx.selectFrom('forum_submission').where('id', '=', intoId).select(['id', 'body_id', 'status', 'merged_into']).executeTakeFirst();
    if (!target) throw new AppError('FORUM_SUBMISSION_NOT_FOUND', { field: 'intoId' });
    if (target.body_id !== row.body_id || !mayReceiveMerge(target.status)) throw new AppError('FORUM_MERGE_INVALID');
    // Cases already merged into this one now follow the new target too: no chains to walk.
    await tx.updateTable('forum_submission').set({ merged_into: intoId, updated_at: deps.clock.now() }).where('merged_into', '=', id).execute();
    await setStatus(tx, deps, row, 'merge', { merged_into: intoId, ready_for_meeting: false });
  });
}

export function setThemes(db: Db, deps: TriageDeps, id: string, themes: readonly string[]) {
  const unique = [...new Set(themes)];
  const unknown = unknownThemes(unique);
  if (unknown.length > 0) throw new AppError('FORUM_THEME_UNKNOWN', { themes: unknown });
  return triage(db, deps, id, 'themes', async (tx, row) => {
    await tx.updateTable('forum_submission').set({ themes: unique, updated_at: deps.clock.now() }).where('id', '=', row.id).execute();
  });
}

export function markReady(db: Db, deps: TriageDeps, id: string, ready: boolean) {
  return triage(db, deps, id, 'ready', async (tx, row) => {
    await tx.updateTable('forum_submission').set({ ready_for_meeting: ready, updated_at: deps.clock.now() }).where('id', '=', row.id).execute();
  });
}

/** The body's answer: the case is answered, and its submitter and those of merged duplicates are told. */
export function setOutcome(db: Db, deps: TriageDeps, id: string, text: string) {
  const outcome = checkReply(text, 'text', OUTCOME_MAX);
  return triage(db, deps, id, 'outcome', async (tx, row) => {
    const now = deps.clock.now();
    await tx.updateTable('forum_submission').set({ status: 'answered', outcome, outcome_at: now, ready_for_meeting: false, updated_at: now }).where('id', '=', row.id).execute();
    const merged = await tx.selectFrom('forum_submission').where('merged_into', '=', row.id).select('submitted_by').execute();
    const toTell = [row.submitted_by, ...merged.map((m) => m.submitted_by)].filter((u): u is string => u !== null);
    await tellSubmitters(tx, deps, [...new Set(toTell)]);
  });
}
