/** PostgreSQL error classes, as thrown by both pg and PGlite. */
interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

export function isUniqueViolation(error: unknown, constraintPart?: string): boolean {
  const e = error as PgError;
  if (e?.code !== '23505') return false;
  return !constraintPart || (e.constraint ?? e.detail ?? '').includes(constraintPart);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return (error as PgError)?.code === '23503';
}
