import type { Executor, ParticipantRow, SessionRow } from '../access.js';
import { minutesBetween } from '../access.js';
import { personName } from '../../../platform/names.js';

/** Shared read helpers: names of users, counts per arena, sessions as the API shows them. */
export const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

export async function userNames(db: Executor, userIds: readonly string[]): Promise<Map<string, { name: string; role: string }>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('app_user as u').leftJoin('person as p', 'p.id', 'u.person_id').where('u.id', 'in', ids).select(['u.id', 'u.role', 'p.given_name', 'p.family_name']).execute();
  return new Map(rows.map((r) => [r.id, { name: personName(r.given_name, r.family_name) || '—', role: r.role }]));
}

export interface ArenaCounts {
  signedUp: number;
  waiting: number;
  sessionCount: number;
  nextSessionAt: string | null;
}

/** Seats taken, waiting list and the next planned session, for many arenas in two queries. */
export async function countsFor(db: Executor, arenaIds: readonly string[], now: Date): Promise<Map<string, ArenaCounts>> {
  const result = new Map<string, ArenaCounts>(arenaIds.map((id) => [id, { signedUp: 0, waiting: 0, sessionCount: 0, nextSessionAt: null }]));
  if (arenaIds.length === 0) return result;
  const [people, sessions] = await Promise.all([
    db
      .selectFrom('arena_participant')
      .where('arena_id', 'in', arenaIds)
      .where('part', '=', 'participant')
      .where('status', 'in', ['signed_up', 'waiting'])
      .select(['arena_id', 'status', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy(['arena_id', 'status'])
      .execute(),
    db
      .selectFrom('arena_session')
      .where('arena_id', 'in', arenaIds)
      .select(['arena_id', (eb) => eb.fn.countAll<string>().as('n'), (eb) => eb.fn.min(eb.case().when(eb.and([eb('status', '=', 'planned'), eb('starts_at', '>=', now)])).then(eb.ref('starts_at')).end()).as('next')])
      .groupBy('arena_id')
      .execute(),
  ]);
  for (const row of people) {
    const counts = result.get(row.arena_id)!;
    if (row.status === 'signed_up') counts.signedUp = Number(row.n);
    else counts.waiting = Number(row.n);
  }
  for (const row of sessions) {
    const counts = result.get(row.arena_id)!;
    counts.sessionCount = Number(row.n);
    counts.nextSessionAt = iso(row.next as Date | null);
  }
  return result;
}

export function sessionDto(s: SessionRow) {
  return {
    id: s.id,
    ordinal: s.ordinal,
    startsAt: iso(s.starts_at)!,
    endsAt: iso(s.ends_at)!,
    minutes: minutesBetween(s.starts_at, s.ends_at),
    title: s.title,
    location: s.location,
    agenda: s.agenda,
    status: s.status,
    cancelReason: s.cancel_reason,
  };
}

export const isActive = (p: ParticipantRow | null | undefined) => p?.part === 'participant' && (p.status === 'signed_up' || p.status === 'waiting');
