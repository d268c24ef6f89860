import { sql, type Kysely, type OperationNodeSource, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * Several inserts written as one statement (data-modifying CTEs): atomic on its own, one round
 * trip, and foreign keys between the rows are checked when the statement ends, so rows that point
 * at each other can be written together. For hot paths; a plain transaction reads better elsewhere.
 */
export async function writeInOneStatement(db: Kysely<Database> | Transaction<Database>, writes: ReadonlyArray<OperationNodeSource | RawBuilder<unknown>>) {
  if (writes.length === 0) return;
  const parts = writes.map((write, i) => sql`${sql.raw(`w${i}`)} as (${write})`);
  await sql`with ${sql.join(parts, sql`, `)} select 1`.execute(db);
}
