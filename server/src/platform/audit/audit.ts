import { LRUCache } from 'lru-cache';
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { Database } from '../db/schema.js';
import type { Clock } from '../clock.js';

export type AuditAction = 'read' | 'list' | 'search' | 'create' | 'update' | 'delete' | 'import' | 'sign_in' | 'sign_out';

/** Why personal data was touched, as recorded and shown to the person on the innsyn page. */
export type AuditPurpose =
  | 'health_care'
  | 'sick_leave_follow_up'
  | 'employer_follow_up'
  | 'own_data'
  | 'directory_administration'
  | 'audit_review'
  | 'authentication'
  /** Collaboration forums and committees: members' work on deviations, proposals and their own terms. */
  | 'collaboration_forum'
  /** Arenas and meeting places: sign-ups, attendance, fee claims, visit rounds. */
  | 'professional_arena'
  /** The catalogue's editorial work (who wrote and reviewed what). */
  | 'content_editing'
  /** Pulse surveys: organisers composing, opening and closing rounds and reading their anonymous results (never who answered what). */
  | 'pulse_survey'
  /** KPI dashboards and a GP's own figures: aggregates only, no person shown (who looked at which area's figures). */
  | 'insights_statistics';

export interface AuditEntry {
  action: AuditAction;
  outcome?: 'allowed' | 'denied';
  citizenId?: string | null;
  /** A list read: the subject set (recordSubjectSet) of everyone it showed, instead of one entry per row. */
  subjectSetId?: string;
  objectType: string;
  objectId?: string | null;
  purpose: AuditPurpose;
  detail?: Record<string, unknown>;
}

export interface AuditContext {
  actor: Actor | null;
  requestId: string;
  clock: Clock;
}

/**
 * Every read and write of personal data goes through here. Writers pass their transaction so
 * the entry commits, or rolls back, with the change it describes.
 */
/** The audit_log rows for entries (a hot path may write them in its own statement). */
export function auditRows(context: AuditContext, list: AuditEntry[]) {
  const { actor } = context;
  const at = context.clock.now();
  return list.map((entry) => ({
    at,
    request_id: context.requestId,
    actor_user_id: actor?.userId ?? null,
    actor_name: actor?.name ?? null,
    actor_role: actor?.role ?? null,
    actor_org_name: actor?.organisationName ?? null,
    action: entry.action,
    outcome: entry.outcome ?? 'allowed',
    citizen_id: entry.citizenId ?? null,
    subject_set_id: entry.subjectSetId ?? null,
    object_type: entry.objectType,
    object_id: entry.objectId ?? null,
    purpose: entry.purpose,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
  }));
}

export async function recordAudit(
  executor: Kysely<Database> | Transaction<Database>,
  context: AuditContext,
  entries: AuditEntry | AuditEntry[],
): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await executor.insertInto('audit_log').values(auditRows(context, list)).execute();
}

type AuditRow = ReturnType<typeof auditRows>[number];

/**
 * Audit entries of reads that arrive together are written together: each caller waits until its
 * entry is stored (so nothing is shown unaudited), but twenty list reads in the same moment cost
 * one INSERT instead of twenty. For reads outside a transaction only; writes audit in their own.
 */
export class AuditBatcher {
  private queue: { row: AuditRow; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  // One INSERT at a time: what arrives meanwhile goes into the next (group commit).
  private writing = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxBatch = 500,
  ) {}

  record(context: AuditContext, entry: AuditEntry): Promise<void> {
    const [row] = auditRows(context, [entry]);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ row: row!, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.writing = true;
    try {
      await this.db.insertInto('audit_log').values(batch.map((b) => b.row)).execute();
      for (const b of batch) b.resolve();
    } catch (error) {
      for (const b of batch) b.reject(error);
    } finally {
      this.writing = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}

/** Stores who a list answer shows, once; each read of the answer then refers to it. */
export async function recordSubjectSet(executor: Kysely<Database> | Transaction<Database>, citizenIds: readonly string[]): Promise<string> {
  const row = await executor.insertInto('audit_subject_set').values({ citizen_ids: [...citizenIds] }).returning('id').executeTakeFirstOrThrow();
  return String(row.id);
}

/**
 * Subject sets remembered by content: twenty reads of the same inbox page name the same people,
 * so they share one stored set instead of writing (and indexing) it twenty times. A set is
 * append-only and never changes, so remembering its id is always correct.
 */
export class SubjectSets {
  private readonly known = new LRUCache<string, string>({ max: 10_000 });

  constructor(private readonly db: Kysely<Database>) {}

  async idFor(citizenIds: readonly string[]): Promise<string> {
    const key = [...citizenIds].sort().join(',');
    const hit = this.known.get(key);
    if (hit) return hit;
    const id = await recordSubjectSet(this.db, citizenIds);
    this.known.set(key, id);
    return id;
  }
}

/**
 * The audit entries about one person: those naming them alone and the list reads that showed
 * them. `table` is the audit_log alias in the query. Both forms are indexed.
 */
export function concernsCitizen(citizenId: string, table = 'audit_log'): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${table}.citizen_id`)} = ${citizenId} or ${sql.ref(`${table}.subject_set_id`)} in (select id from audit_subject_set where citizen_ids @> array[${citizenId}]::uuid[]))`;
}

/**
 * The audit of a list read: one entry naming everyone the list showed, through a subject set
 * remembered by content, written with the other reads of the same moment. Every module's lists
 * use this one mechanism.
 */
export class ListReadAudit {
  private readonly sets: SubjectSets;
  private readonly batch: AuditBatcher;

  constructor(db: Kysely<Database>) {
    this.sets = new SubjectSets(db);
    this.batch = new AuditBatcher(db);
  }

  async record(context: AuditContext, citizenIds: readonly string[], what: { objectType: string; purpose: AuditPurpose; rows: number; action?: AuditAction }) {
    const distinct = [...new Set(citizenIds)];
    if (distinct.length === 0) return;
    const subjectSetId = await this.sets.idFor(distinct);
    await this.batch.record(context, { action: what.action ?? 'list', subjectSetId, objectType: what.objectType, purpose: what.purpose, detail: { rows: what.rows } });
  }
}
