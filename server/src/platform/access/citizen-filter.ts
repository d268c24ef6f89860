import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Actor } from './actor.js';
import type { Database } from '../db/schema.js';

/**
 * The SQL form of decideCitizenAccess for lists: the filter goes into the query, never applied
 * after fetching. A test checks that both forms agree on the demo population.
 */
export function visibleCitizens(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'citizen'>): Expression<SqlBool> => {
    switch (actor.role) {
      case 'patient':
        return actor.citizenId ? eb('citizen.id', '=', actor.citizenId) : sql<boolean>`false`;
      case 'gp': {
        const personId = actor.personId;
        if (!personId) return sql<boolean>`false`;
        return eb.or([
          eb('citizen.regular_gp_person_id', '=', personId),
          eb.exists(
            eb
              .selectFrom('sick_note')
              .whereRef('sick_note.citizen_id', '=', 'citizen.id')
              .where('sick_note.issuer_person_id', '=', personId)
              .select('sick_note.id'),
          ),
        ]);
      }
      case 'nav_adviser':
      case 'nav_manager': {
        if (!actor.organisationId) return sql<boolean>`false`;
        const conditions = [eb('citizen.nav_office_id', '=', actor.organisationId)];
        if (!actor.grants.has('shielded')) conditions.push(eb('citizen.shielded', '=', false));
        if (!actor.grants.has('protected_address')) conditions.push(eb('citizen.protection', '!=', 'strengt_fortrolig'));
        return eb.and(conditions);
      }
      default:
        return sql<boolean>`false`;
    }
  };
}
