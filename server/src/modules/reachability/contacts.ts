import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorizeCitizen, purposeOf } from '../../platform/access/guard.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { ContactPurpose, Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { loadCase } from '../sickleave/case-rows.js';
import { lineStatus } from './domain/opening-hours.js';
import { onCallAt } from './physicians.js';
import type { ReachabilitySettings } from './settings.js';

type Db = Kysely<Database>;

/**
 * "Knowing whom to reach": 26 % of GPs name not knowing where to turn at NAV as a large barrier
 * (report 001 L1767–1771). For one GP office: its named NAV contact person, the escalation contacts
 * (department heads, Kristiansand), the advisory physicians named for it, the NAV office and the
 * clinicians' line with whether each is open now, and who is on call.
 */
export async function officeContacts(db: Db, gpOfficeId: string, now: Date, settings: ReachabilitySettings, navOfficeIdOfCase: string | null = null) {
  const office = await db.selectFrom('organisation').where('id', '=', gpOfficeId).where('kind', '=', 'gp_office').select(['id', 'name', 'municipality_number']).executeTakeFirst();
  if (!office) throw new AppError('ORGANISATION_NOT_FOUND');

  const roles = await db
    .selectFrom('contact_role as cr')
    .innerJoin('person as p', 'p.id', 'cr.person_id')
    .where('cr.organisation_id', '=', gpOfficeId)
    .where('cr.purpose', 'in', ['nav_contact', 'escalation', 'callback'])
    .where('p.active', '=', true)
    .select(['cr.purpose', 'cr.note', 'p.id as person_id', 'p.given_name', 'p.family_name', 'p.phone', 'p.email'])
    .orderBy('p.family_name')
    .execute();
  const personIds = [...new Set(roles.map((r) => r.person_id))];
  // The contact's job at NAV: the title and office they hold, so a GP knows who they are calling.
  const positions = personIds.length
    ? await db
        .selectFrom('position as pos')
        .innerJoin('organisation as o', 'o.id', 'pos.organisation_id')
        .where('pos.person_id', 'in', personIds)
        .where('o.kind', '=', 'nav_office')
        .where((eb) => eb.or([eb('pos.valid_to', 'is', null), eb('pos.valid_to', '>=', sql<string>`current_date`)]))
        .select(['pos.person_id', 'pos.role', 'pos.title', 'o.id as org_id', 'o.name as org_name'])
        .orderBy('pos.share_percent', 'desc')
        .execute()
    : [];
  const contactsFor = (purpose: ContactPurpose) =>
    roles
      .filter((r) => r.purpose === purpose)
      .map((r) => {
        const position = positions.find((p) => p.person_id === r.person_id);
        return {
          personId: r.person_id,
          name: personName(r.given_name, r.family_name),
          title: position?.title ?? null,
          organisationName: position?.org_name ?? null,
          phone: r.phone,
          email: r.email,
          note: r.note,
        };
      });

  // The NAV office: the case's own; else the office where the named contact works; else the
  // office of the same municipality with sick-leave advisers (not the advisory physicians' unit).
  const contactOfficeId = positions.find((p) => roles.some((r) => r.purpose === 'nav_contact' && r.person_id === p.person_id) && (p.role === 'nav_adviser' || p.role === 'nav_manager'))?.org_id;
  let navOfficeId = navOfficeIdOfCase ?? contactOfficeId ?? null;
  if (!navOfficeId && office.municipality_number) {
    const local = await db
      .selectFrom('organisation as o')
      .where('o.kind', '=', 'nav_office')
      .where('o.active', '=', true)
      .where('o.municipality_number', '=', office.municipality_number)
      .where((eb) => eb.exists(eb.selectFrom('position').whereRef('position.organisation_id', '=', 'o.id').where('position.role', '=', 'nav_adviser').select('position.id')))
      .select('o.id')
      .orderBy('o.name')
      .executeTakeFirst();
    navOfficeId = local?.id ?? null;
  }
  const nav = navOfficeId
    ? await db.selectFrom('organisation').where('id', '=', navOfficeId).select(['id', 'name', 'phone', 'email', 'opening_hours']).executeTakeFirst()
    : undefined;
  const line = settings.clinicianLine;
  return {
    gpOffice: { id: office.id, name: office.name },
    navOffice: nav ? { id: nav.id, name: nav.name, phone: nav.phone, email: nav.email, openingHours: nav.opening_hours, ...lineStatus(nav.opening_hours, now) } : null,
    navContacts: contactsFor('nav_contact'),
    escalationContacts: contactsFor('escalation'),
    callbackContacts: contactsFor('callback'),
    clinicianLine: { name: line.name, phone: line.phone, openingHours: line.openingHours, ...lineStatus(line.openingHours, now) },
    onCall: nav ? await onCallAt(db, now, { navOfficeId: nav.id }) : [],
  };
}

/** The contacts for the GP office of the signed-in GP, or of the office asked for. */
export async function contactsForOffice(db: Db, actor: Actor, gpOfficeId: string | undefined, now: Date, settings: ReachabilitySettings) {
  const officeId = gpOfficeId ?? (actor.organisationKind === 'gp_office' ? actor.organisationId : null);
  if (!officeId) throw new AppError('VALIDATION_FAILED', [{ field: 'querystring.gpOfficeId', rule: 'required', message: 'gpOfficeId is required unless you work at a GP office' }]);
  return officeContacts(db, officeId, now, settings);
}

/**
 * The contacts on a case: for the GP office of the patient's GP and the case's NAV office. Only
 * those who may see the case get them, and the read is audited like a read of the case.
 */
export async function caseContacts(db: Db, ctx: AuditContext & { actor: Actor }, caseId: string, settings: ReachabilitySettings) {
  const row = await loadCase(db, caseId);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read', 'case_contacts');
  const citizen = await db.selectFrom('citizen').where('id', '=', row.citizen_id).select('gp_office_id').executeTakeFirstOrThrow();
  const gpOfficeId = citizen.gp_office_id ?? (ctx.actor.organisationKind === 'gp_office' ? ctx.actor.organisationId : null);
  if (!gpOfficeId) throw new AppError('ORGANISATION_NOT_FOUND');
  const contacts = await officeContacts(db, gpOfficeId, ctx.clock.now(), settings, row.nav_office_id);
  await recordAudit(db, ctx, { action: 'read', citizenId: row.citizen_id, objectType: 'case_contacts', objectId: caseId, purpose: purposeOf(ctx.actor) });
  return contacts;
}
