import { AppError } from '../../../platform/errors.js';
import { submitValues } from '../../forms/domain/index.js';
import { auditArena, requireManager, requireVisible, type ArenaCtx, type ArenaRow, type Db, type Executor } from '../access.js';
import { iso } from '../core/view.js';
import { COURSE_EVALUATION_KEY, COURSE_EVALUATION_V1, evaluationSummary } from '../domain/evaluation-template.js';
import { osloInstant } from '../domain/series.js';
import { osloDate } from '../../../platform/oslo-date.js';

/**
 * The course evaluation on the last day: open from the start of the last course day (Oslo
 * midnight) until 30 days after it ends; one answer per participant, replaced if sent again; the
 * organiser sees the answers without names, with next year's topic list.
 */
const OPEN_DAYS_AFTER = 30;

async function evaluationWindow(db: Executor, arena: ArenaRow): Promise<{ opensAt: Date; closesAt: Date } | null> {
  const last = await db.selectFrom('arena_session').where('arena_id', '=', arena.id).where('status', '<>', 'cancelled').select(['starts_at', 'ends_at']).orderBy('starts_at', 'desc').limit(1).executeTakeFirst();
  if (!last) return null;
  return { opensAt: osloInstant(osloDate(last.starts_at), '00:00'), closesAt: new Date(new Date(last.ends_at).getTime() + OPEN_DAYS_AFTER * 86_400_000) };
}

const isOpen = (window: { opensAt: Date; closesAt: Date } | null, now: Date) => window !== null && window.opensAt <= now && now <= window.closesAt;

export async function readEvaluation(db: Db, ctx: ArenaCtx, arenaId: string) {
  const { arena, standing } = await requireVisible(db, ctx, arenaId);
  if (arena.kind !== 'course') throw new AppError('ARENA_NOT_A_COURSE');
  const window = await evaluationWindow(db, arena);
  const own = standing.participant;
  const answer = own ? await db.selectFrom('arena_evaluation').where('arena_id', '=', arena.id).where('participant_id', '=', own.id).selectAll().executeTakeFirst() : undefined;
  const open = isOpen(window, ctx.clock.now());
  return {
    template: COURSE_EVALUATION_V1,
    open,
    opensAt: iso(window?.opensAt),
    closesAt: iso(window?.closesAt),
    canAnswer: open && own?.part === 'participant' && own.status === 'signed_up',
    answers: answer?.answers ?? null,
    submittedAt: iso(answer?.submitted_at),
  };
}

export async function submitEvaluation(db: Db, ctx: ArenaCtx, arenaId: string, values: Record<string, unknown>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { arena, standing } = await requireVisible(tx, ctx, arenaId);
    if (arena.kind !== 'course') throw new AppError('ARENA_NOT_A_COURSE');
    const own = standing.participant;
    if (!own || own.part !== 'participant' || own.status !== 'signed_up') throw new AppError('ARENA_NOT_SIGNED_UP');
    if (!isOpen(await evaluationWindow(tx, arena), ctx.clock.now())) throw new AppError('ARENA_EVALUATION_NOT_OPEN');
    const checked = submitValues(COURSE_EVALUATION_V1, values);
    if (!checked.ok) throw new AppError('ARENA_EVALUATION_INVALID', { problems: checked.problems });
    const row = { template_key: COURSE_EVALUATION_KEY, template_version: COURSE_EVALUATION_V1.version, answers: JSON.stringify(checked.values), submitted_at: ctx.clock.now() };
    await tx.insertInto('arena_evaluation').values({ arena_id: arena.id, participant_id: own.id, ...row }).onConflict((oc) => oc.columns(['arena_id', 'participant_id']).doUpdateSet(row)).execute();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_evaluation', objectId: arena.id });
  });
}

export async function readEvaluationSummary(db: Db, ctx: ArenaCtx, arenaId: string) {
  const { arena } = await requireManager(db, ctx, arenaId);
  if (arena.kind !== 'course') throw new AppError('ARENA_NOT_A_COURSE');
  const [rows, participants] = await Promise.all([
    db.selectFrom('arena_evaluation').where('arena_id', '=', arena.id).select('answers').execute(),
    db.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('part', '=', 'participant').where('status', '=', 'signed_up').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_evaluation', objectId: arena.id, detail: { answers: rows.length } });
  return { ...evaluationSummary(rows.map((r) => r.answers)), participants: Number(participants?.n ?? 0) };
}
