import type { Executor } from '../access.js';
import { organisationsInArea } from '../area-query.js';
import type { SurveyArea } from '../domain/area.js';
import type { SurveyAudience } from '../domain/question-bank.js';

/** The directory role each audience is drawn from: the report's two respondent groups. */
export const ROLE_OF: Readonly<Record<SurveyAudience, 'gp' | 'nav_adviser'>> = { gps: 'gp', nav_advisers: 'nav_adviser' };
const AUDIENCE_OF: Readonly<Record<string, SurveyAudience>> = { gp: 'gps', nav_adviser: 'nav_advisers' };

export interface Recipient {
  personId: string;
  audience: SurveyAudience;
  email: string | null;
  /** Their active user accounts in that role (told in the platform); empty: told by e-mail only. */
  userIds: string[];
}

/**
 * Everyone the directory has in the audiences' roles in the area's organisations on `today`: a GP
 * of the area is invited whether or not they use the platform, since answering needs no sign-in.
 * A person with positions in both roles is asked once, as a GP.
 */
export async function recipientsOf(db: Executor, area: Pick<SurveyArea, 'municipalities' | 'county'>, audiences: readonly SurveyAudience[], today: string): Promise<Recipient[]> {
  const roles = audiences.map((a) => ROLE_OF[a]);
  const positions = await organisationsInArea(db, area)
    .innerJoin('position as ps', 'ps.organisation_id', 'o.id')
    .innerJoin('person as p', 'p.id', 'ps.person_id')
    .where('p.active', '=', true)
    .where('ps.role', 'in', roles)
    .where('ps.valid_from', '<=', today)
    .where((eb) => eb.or([eb('ps.valid_to', 'is', null), eb('ps.valid_to', '>=', today)]))
    .select(['p.id', 'p.email', 'ps.role'])
    .orderBy('ps.role')
    .execute();
  const byPerson = new Map<string, Recipient>();
  for (const row of positions) {
    if (!byPerson.has(row.id)) byPerson.set(row.id, { personId: row.id, audience: AUDIENCE_OF[row.role]!, email: row.email, userIds: [] });
  }
  if (byPerson.size === 0) return [];
  const users = await db
    .selectFrom('app_user')
    .where('person_id', 'in', [...byPerson.keys()])
    .where('role', 'in', roles)
    .where('active', '=', true)
    .select(['id', 'person_id', 'role'])
    .execute();
  for (const user of users) {
    const recipient = byPerson.get(user.person_id!);
    if (recipient && ROLE_OF[recipient.audience] === user.role) recipient.userIds.push(user.id);
  }
  return [...byPerson.values()];
}
