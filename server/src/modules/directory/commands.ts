import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { ContactPurpose, Database } from '../../platform/db/schema.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { AppError } from '../../platform/errors.js';
import { checkPeriod, normaliseHerIds, normaliseHprNumber, normaliseOrgNumber, type FieldProblem } from './domain/validate.js';
import { requireDirectoryAdmin } from './policies.js';
import type {
  ContactRoleInputDto,
  OrganisationInputDto,
  OrganisationPatchDto,
  PersonInputDto,
  PersonPatchDto,
  PositionInputDto,
  PositionPatchDto,
} from './schemas.js';

type Db = Kysely<Database>;
type Tx = Transaction<Database>;

function throwFirst(problems: FieldProblem[]) {
  const first = problems[0];
  if (first) throw new AppError(first.code, { field: first.field, reason: first.reason, problems });
}

/** Runs a directory change as an administrator, in one transaction with its audit entry. */
async function adminWrite<T>(db: Db, ctx: AuditContext & { actor: Actor }, work: (tx: Tx) => Promise<T>): Promise<T> {
  requireDirectoryAdmin(ctx.actor);
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (isUniqueViolation(error, 'org_number')) throw new AppError('ORG_NUMBER_TAKEN');
    if (isUniqueViolation(error, 'hpr_number')) throw new AppError('HPR_NUMBER_TAKEN');
    if (isUniqueViolation(error, 'contact_role')) throw new AppError('CONTACT_ROLE_EXISTS');
    throw error;
  }
}

const audit = (tx: Tx, ctx: AuditContext, action: 'create' | 'update' | 'delete', objectType: string, objectId: string, detail?: Record<string, unknown>) =>
  recordAudit(tx, ctx, { action, objectType, objectId, purpose: 'directory_administration', detail });

export function organisationRow(input: OrganisationInputDto | OrganisationPatchDto, problems: FieldProblem[]) {
  const row: Record<string, unknown> = {};
  if ('kind' in input && input.kind !== undefined) row.kind = input.kind;
  if (input.name !== undefined) row.name = input.name.trim();
  if (input.orgNumber !== undefined) row.org_number = normaliseOrgNumber(input.orgNumber, problems);
  if (input.herIds !== undefined) row.her_ids = normaliseHerIds(input.herIds, problems);
  if (input.street !== undefined) row.street = input.street;
  if (input.postalCode !== undefined) row.postal_code = input.postalCode;
  if (input.city !== undefined) row.city = input.city;
  if (input.municipalityNumber !== undefined) row.municipality_number = input.municipalityNumber;
  if (input.municipalityName !== undefined) row.municipality_name = input.municipalityName;
  if (input.phone !== undefined) row.phone = input.phone;
  if (input.email !== undefined) row.email = input.email;
  if (input.openingHours !== undefined) row.opening_hours = JSON.stringify(input.openingHours);
  if ('active' in input && input.active !== undefined) row.active = input.active;
  return row;
}

export function personRow(input: PersonInputDto | PersonPatchDto, problems: FieldProblem[]) {
  const row: Record<string, unknown> = {};
  if (input.givenName !== undefined) row.given_name = input.givenName.trim();
  if (input.familyName !== undefined) row.family_name = input.familyName.trim();
  if (input.hprNumber !== undefined) row.hpr_number = normaliseHprNumber(input.hprNumber, problems);
  if (input.phone !== undefined) row.phone = input.phone;
  if (input.email !== undefined) row.email = input.email;
  if ('active' in input && input.active !== undefined) row.active = input.active;
  return row;
}

export async function createOrganisation(db: Db, ctx: AuditContext & { actor: Actor }, input: OrganisationInputDto) {
  const problems: FieldProblem[] = [];
  const row = organisationRow(input, problems);
  throwFirst(problems);
  return adminWrite(db, ctx, async (tx) => {
    const { id } = await tx.insertInto('organisation').values(row as never).returning('id').executeTakeFirstOrThrow();
    await audit(tx, ctx, 'create', 'organisation', id);
    return { id };
  });
}

export async function updateOrganisation(db: Db, ctx: AuditContext & { actor: Actor }, id: string, patch: OrganisationPatchDto) {
  const problems: FieldProblem[] = [];
  const row = organisationRow(patch, problems);
  throwFirst(problems);
  return adminWrite(db, ctx, async (tx) => {
    const updated = await tx
      .updateTable('organisation')
      .set({ ...row, updated_at: ctx.clock.now() } as never)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new AppError('ORGANISATION_NOT_FOUND');
    await audit(tx, ctx, 'update', 'organisation', id, { fields: Object.keys(patch) });
    return { id };
  });
}

export async function createPerson(db: Db, ctx: AuditContext & { actor: Actor }, input: PersonInputDto) {
  const problems: FieldProblem[] = [];
  const row = personRow(input, problems);
  throwFirst(problems);
  return adminWrite(db, ctx, async (tx) => {
    const { id } = await tx.insertInto('person').values(row as never).returning('id').executeTakeFirstOrThrow();
    await audit(tx, ctx, 'create', 'person', id);
    return { id };
  });
}

export async function updatePerson(db: Db, ctx: AuditContext & { actor: Actor }, id: string, patch: PersonPatchDto) {
  const problems: FieldProblem[] = [];
  const row = personRow(patch, problems);
  throwFirst(problems);
  return adminWrite(db, ctx, async (tx) => {
    const updated = await tx
      .updateTable('person')
      .set({ ...row, updated_at: ctx.clock.now() } as never)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw new AppError('PERSON_NOT_FOUND');
    await audit(tx, ctx, 'update', 'person', id, { fields: Object.keys(patch) });
    return { id };
  });
}

export async function addPosition(db: Db, ctx: AuditContext & { actor: Actor }, personId: string, input: PositionInputDto) {
  const problems: FieldProblem[] = [];
  checkPeriod(input.validFrom, input.validTo, problems);
  throwFirst(problems);
  return adminWrite(db, ctx, async (tx) => {
    await mustExist(tx, 'person', personId);
    await mustExist(tx, 'organisation', input.organisationId);
    const { id } = await tx
      .insertInto('position')
      .values({
        person_id: personId,
        organisation_id: input.organisationId,
        role: input.role,
        title: input.title,
        share_percent: input.sharePercent ?? 100,
        valid_from: input.validFrom,
        valid_to: input.validTo ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, ctx, 'create', 'position', id, { personId });
    return { id };
  });
}

export async function updatePosition(db: Db, ctx: AuditContext & { actor: Actor }, id: string, patch: PositionPatchDto) {
  return adminWrite(db, ctx, async (tx) => {
    const current = await tx.selectFrom('position').where('id', '=', id).select(['valid_from', 'valid_to']).executeTakeFirst();
    if (!current) throw new AppError('POSITION_NOT_FOUND');
    const problems: FieldProblem[] = [];
    checkPeriod(patch.validFrom ?? current.valid_from, patch.validTo === undefined ? current.valid_to : patch.validTo, problems);
    throwFirst(problems);
    await tx
      .updateTable('position')
      .set({
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.sharePercent !== undefined && { share_percent: patch.sharePercent }),
        ...(patch.validFrom !== undefined && { valid_from: patch.validFrom }),
        ...(patch.validTo !== undefined && { valid_to: patch.validTo }),
      })
      .where('id', '=', id)
      .execute();
    await audit(tx, ctx, 'update', 'position', id, { fields: Object.keys(patch) });
    return { id };
  });
}

export async function addContactRole(db: Db, ctx: AuditContext & { actor: Actor }, organisationId: string, input: ContactRoleInputDto) {
  return adminWrite(db, ctx, async (tx) => {
    await mustExist(tx, 'organisation', organisationId);
    await mustExist(tx, 'person', input.personId);
    const { id } = await tx
      .insertInto('contact_role')
      .values({ organisation_id: organisationId, person_id: input.personId, purpose: input.purpose as ContactPurpose, note: input.note ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, ctx, 'create', 'contact_role', id, { organisationId, personId: input.personId });
    return { id };
  });
}

export async function removeContactRole(db: Db, ctx: AuditContext & { actor: Actor }, id: string) {
  return adminWrite(db, ctx, async (tx) => {
    const removed = await tx.deleteFrom('contact_role').where('id', '=', id).returning('id').executeTakeFirst();
    if (!removed) throw new AppError('CONTACT_ROLE_NOT_FOUND');
    await audit(tx, ctx, 'delete', 'contact_role', id);
  });
}

async function mustExist(tx: Tx, table: 'person' | 'organisation', id: string) {
  const found = await tx.selectFrom(table).where('id', '=', id).select('id').executeTakeFirst();
  if (!found) throw new AppError(table === 'person' ? 'PERSON_NOT_FOUND' : 'ORGANISATION_NOT_FOUND');
}
