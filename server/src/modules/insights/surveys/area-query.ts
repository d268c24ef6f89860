import { sql } from 'kysely';
import type { Executor } from './access.js';
import type { SurveyArea } from './domain/area.js';

/** Organisations in an area: by municipality number, or every municipality of the county. */
export function organisationsInArea(db: Executor, area: Pick<SurveyArea, 'municipalities' | 'county'>) {
  const query = db.selectFrom('organisation as o').where('o.active', '=', true);
  return area.municipalities.length > 0
    ? query.where('o.municipality_number', 'in', area.municipalities)
    : query.where(sql<boolean>`left(o.municipality_number, 2) = ${area.county}`);
}

/** The municipality names the directory has for an area, for showing it. */
export async function areaNames(db: Executor, area: Pick<SurveyArea, 'municipalities' | 'county'>): Promise<string[]> {
  const rows = await organisationsInArea(db, area).where('o.municipality_name', 'is not', null).select('o.municipality_name').distinct().orderBy('o.municipality_name').execute();
  return rows.map((r) => r.municipality_name!);
}
