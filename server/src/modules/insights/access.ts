/**
 * Who may see which figures (issue 12; docs/adr/0008-insights.md, Access). An office's figures are
 * for its own staff and leaders (and administrators); area figures — a municipality, a county,
 * the whole country — for municipal physicians, advisory and coordinating physicians, practice
 * consultants, forum members and secretaries, and administrators. A GP sees their own figures
 * beside the area's spread (read-gp.ts). Every figure is an aggregate with small cells hidden.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import type { Role } from '../../platform/access/roles.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

export type ScopeKind = 'office' | 'municipality' | 'county' | 'national';

export interface Scope {
  kind: ScopeKind;
  /** The office id, the municipality number, the county number; '' nationally. */
  key: string;
  name: string;
}

export const OFFICE_ROLES: ReadonlySet<Role> = new Set(['nav_adviser', 'nav_manager']);
export const AREA_ROLES: ReadonlySet<Role> = new Set(['municipal_physician', 'advisory_physician', 'coordinating_physician', 'practice_consultant', 'forum_member', 'forum_secretary', 'admin']);

/** County names by number (2024 numbering, and the 2020–2023 counties the demo's numbers still use). */
const COUNTY_NAMES: Record<string, string> = {
  '03': 'Oslo', '11': 'Rogaland', '15': 'Møre og Romsdal', '18': 'Nordland', '30': 'Viken', '31': 'Østfold', '32': 'Akershus', '33': 'Buskerud',
  '34': 'Innlandet', '38': 'Vestfold og Telemark', '39': 'Vestfold', '40': 'Telemark', '42': 'Agder', '46': 'Vestland', '50': 'Trøndelag',
  '54': 'Troms og Finnmark', '55': 'Troms', '56': 'Finnmark',
};
export const countyName = (number: string) => COUNTY_NAMES[number] ?? `Fylke ${number}`;

export function canSeeOffice(actor: Actor, officeId: string): boolean {
  return actor.role === 'admin' || (OFFICE_ROLES.has(actor.role) && actor.organisationId === officeId);
}

export const canSeeAreas = (actor: Actor) => AREA_ROLES.has(actor.role);

/** The scope asked for, known and allowed, or the code saying why not. */
export async function resolveScope(db: Kysely<Database>, actor: Actor, kind: ScopeKind, area: string | undefined): Promise<Scope> {
  if (kind === 'national') {
    if (!canSeeAreas(actor)) throw new AppError('INSIGHTS_AREA_FORBIDDEN');
    return { kind, key: '', name: 'Hele landet' };
  }
  if (!area) throw new AppError('INSIGHTS_AREA_MISSING');
  if (kind === 'office') {
    const office = /^[0-9a-f-]{36}$/i.test(area) ? await db.selectFrom('organisation').where('id', '=', area).where('kind', '=', 'nav_office').select(['id', 'name']).executeTakeFirst() : undefined;
    if (!office) throw new AppError('INSIGHTS_AREA_UNKNOWN');
    if (!canSeeOffice(actor, office.id)) throw new AppError('INSIGHTS_OFFICE_FORBIDDEN');
    return { kind, key: office.id, name: office.name };
  }
  const pattern = kind === 'municipality' ? /^\d{4}$/ : /^\d{2}$/;
  const found = pattern.test(area)
    ? (
        await sql<{ name: string | null }>`
          select min(municipality_name) as name from organisation
           where ${kind === 'municipality' ? sql`municipality_number = ${area}` : sql`left(municipality_number, 2) = ${area}`}
          having count(*) > 0`.execute(db)
      ).rows[0]
    : undefined;
  if (!found) throw new AppError('INSIGHTS_AREA_UNKNOWN');
  if (!canSeeAreas(actor)) throw new AppError('INSIGHTS_AREA_FORBIDDEN');
  return { kind, key: area, name: kind === 'municipality' ? (found.name ?? area) : countyName(area) };
}

/** The scopes the actor may pick, for the pickers. */
export async function pickableScopes(db: Kysely<Database>, actor: Actor) {
  const offices = await db
    .selectFrom('organisation')
    .where('kind', '=', 'nav_office')
    .where('active', '=', true)
    .$if(actor.role !== 'admin', (q) => q.where('id', '=', OFFICE_ROLES.has(actor.role) && actor.organisationId ? actor.organisationId : '00000000-0000-0000-0000-000000000000'))
    .select(['id', 'name', 'municipality_number'])
    .orderBy('name')
    .execute();
  if (!canSeeAreas(actor)) return { offices, municipalities: [], counties: [], national: false };
  const municipalities = await sql<{ number: string; name: string }>`
    select municipality_number as number, min(municipality_name) as name from organisation
     where municipality_number is not null and kind in ('nav_office', 'gp_office', 'municipality')
     group by municipality_number order by min(municipality_name)`.execute(db);
  const counties = [...new Set(municipalities.rows.map((m) => m.number.slice(0, 2)))].sort().map((number) => ({ number, name: countyName(number) }));
  return { offices, municipalities: municipalities.rows, counties, national: true };
}
