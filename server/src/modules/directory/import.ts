import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { isRole } from '../../platform/access/roles.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Database, OrganisationKind } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { readCsv, type RowProblem } from './domain/csv-rows.js';
import { normaliseHerIds, normaliseHprNumber, normaliseOrgNumber, type FieldProblem } from './domain/validate.js';
import { requireDirectoryAdmin } from './policies.js';

export const ORGANISATION_COLUMNS = [
  'kind', 'name', 'org_number', 'her_ids', 'street', 'postal_code', 'city',
  'municipality_number', 'municipality_name', 'phone', 'email',
] as const;
export const PEOPLE_COLUMNS = [
  'given_name', 'family_name', 'hpr_number', 'phone', 'email',
  'organisation_org_number', 'role', 'title', 'share_percent', 'valid_from',
] as const;

const ORG_KINDS: readonly string[] = ['nav_office', 'gp_office', 'municipality', 'hospital', 'employer'];
const FIELD_COLUMN: Record<string, string> = { orgNumber: 'org_number', herIds: 'her_ids', hprNumber: 'hpr_number' };
const MAX_ROWS = 20_000;

function collect(line: number, fieldProblems: FieldProblem[], into: RowProblem[]) {
  for (const p of fieldProblems) into.push({ line, field: FIELD_COLUMN[p.field] ?? p.field, reason: p.reason });
}

function reject(problems: RowProblem[]): never {
  throw new AppError('IMPORT_REJECTED', { rows: problems.sort((a, b) => a.line - b.line).slice(0, 1000), total: problems.length });
}

const blank = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/** Imports organisations: every row or none; each rejected row is reported with line, field and reason. */
export async function importOrganisations(db: Kysely<Database>, ctx: AuditContext & { actor: Actor }, csv: string) {
  requireDirectoryAdmin(ctx.actor);
  const { rows, problems } = readCsv(csv, ORGANISATION_COLUMNS, ['kind', 'name']);
  if (problems.length) reject(problems);
  if (rows.length === 0) throw new AppError('IMPORT_EMPTY');
  if (rows.length > MAX_ROWS) reject([{ line: MAX_ROWS + 2, field: '*', reason: `at most ${MAX_ROWS} rows per import` }]);
  const seen = new Map<string, number>();
  const values = rows.map(({ line, values: v }) => {
    const fieldProblems: FieldProblem[] = [];
    if (!ORG_KINDS.includes(v.kind ?? '')) problems.push({ line, field: 'kind', reason: `must be one of ${ORG_KINDS.join(', ')}` });
    if (!v.name) problems.push({ line, field: 'name', reason: 'required' });
    const orgNumber = normaliseOrgNumber(v.org_number, fieldProblems);
    const herIds = normaliseHerIds(v.her_ids ? v.her_ids.split('|') : [], fieldProblems);
    if (v.postal_code && !/^\d{4}$/.test(v.postal_code)) problems.push({ line, field: 'postal_code', reason: 'must be 4 digits' });
    if (v.municipality_number && !/^\d{4}$/.test(v.municipality_number)) problems.push({ line, field: 'municipality_number', reason: 'must be 4 digits' });
    collect(line, fieldProblems, problems);
    if (orgNumber) {
      const earlier = seen.get(orgNumber);
      if (earlier) problems.push({ line, field: 'org_number', reason: `same as line ${earlier}` });
      seen.set(orgNumber, line);
    }
    return {
      kind: (v.kind ?? '') as OrganisationKind,
      name: v.name ?? '',
      org_number: orgNumber,
      her_ids: herIds,
      street: blank(v.street),
      postal_code: blank(v.postal_code),
      city: blank(v.city),
      municipality_number: blank(v.municipality_number),
      municipality_name: blank(v.municipality_name),
      phone: blank(v.phone),
      email: blank(v.email),
    };
  });
  if (seen.size) {
    const existing = await db.selectFrom('organisation').where('org_number', 'in', [...seen.keys()]).select('org_number').execute();
    for (const { org_number } of existing) problems.push({ line: seen.get(org_number!)!, field: 'org_number', reason: 'already registered' });
  }
  if (problems.length) reject(problems);
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < values.length; i += 500) await tx.insertInto('organisation').values(values.slice(i, i + 500)).execute();
    await recordAudit(tx, ctx, { action: 'import', objectType: 'organisation', purpose: 'directory_administration', detail: { rows: values.length } });
  });
  return { imported: values.length };
}

/** Imports people, each with a position at an existing organisation (by organisation number). */
export async function importPeople(db: Kysely<Database>, ctx: AuditContext & { actor: Actor }, csv: string) {
  requireDirectoryAdmin(ctx.actor);
  const { rows, problems } = readCsv(csv, PEOPLE_COLUMNS, ['given_name', 'family_name', 'organisation_org_number', 'role', 'title']);
  if (problems.length) reject(problems);
  if (rows.length === 0) throw new AppError('IMPORT_EMPTY');
  if (rows.length > MAX_ROWS) reject([{ line: MAX_ROWS + 2, field: '*', reason: `at most ${MAX_ROWS} rows per import` }]);
  const orgNumbers = [...new Set(rows.map((r) => r.values.organisation_org_number).filter((n): n is string => !!n))];
  const orgs = orgNumbers.length
    ? await db.selectFrom('organisation').where('org_number', 'in', orgNumbers).select(['id', 'org_number']).execute()
    : [];
  const orgIdByNumber = new Map(orgs.map((o) => [o.org_number!, o.id]));
  const hprSeen = new Map<number, number>();
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const entries = rows.map(({ line, values: v }) => {
    const fieldProblems: FieldProblem[] = [];
    if (!v.given_name) problems.push({ line, field: 'given_name', reason: 'required' });
    if (!v.family_name) problems.push({ line, field: 'family_name', reason: 'required' });
    const hpr = normaliseHprNumber(v.hpr_number, fieldProblems);
    collect(line, fieldProblems, problems);
    if (hpr) {
      const earlier = hprSeen.get(hpr);
      if (earlier) problems.push({ line, field: 'hpr_number', reason: `same as line ${earlier}` });
      hprSeen.set(hpr, line);
    }
    const organisationId = orgIdByNumber.get(v.organisation_org_number ?? '');
    if (!organisationId) problems.push({ line, field: 'organisation_org_number', reason: 'no organisation with this number' });
    if (!isRole(v.role ?? '')) problems.push({ line, field: 'role', reason: 'unknown role' });
    if (!v.title) problems.push({ line, field: 'title', reason: 'required' });
    const share = v.share_percent ? Number(v.share_percent) : 100;
    if (!Number.isInteger(share) || share < 1 || share > 100) problems.push({ line, field: 'share_percent', reason: 'must be a whole number from 1 to 100' });
    const validFrom = v.valid_from || today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom) || Number.isNaN(Date.parse(validFrom))) problems.push({ line, field: 'valid_from', reason: 'must be a date YYYY-MM-DD' });
    return {
      person: { given_name: v.given_name ?? '', family_name: v.family_name ?? '', hpr_number: hpr, phone: blank(v.phone), email: blank(v.email) },
      position: { organisation_id: organisationId ?? '', role: v.role ?? '', title: v.title ?? '', share_percent: share, valid_from: validFrom },
    };
  });
  if (hprSeen.size) {
    const existing = await db.selectFrom('person').where('hpr_number', 'in', [...hprSeen.keys()]).select('hpr_number').execute();
    for (const { hpr_number } of existing) problems.push({ line: hprSeen.get(hpr_number!)!, field: 'hpr_number', reason: 'already registered' });
  }
  if (problems.length) reject(problems);
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < entries.length; i += 500) {
      const batch = entries.slice(i, i + 500);
      const ids = await tx.insertInto('person').values(batch.map((e) => e.person)).returning('id').execute();
      await tx
        .insertInto('position')
        .values(batch.map((e, j) => ({ ...e.position, person_id: ids[j]!.id })))
        .execute();
    }
    await recordAudit(tx, ctx, { action: 'import', objectType: 'person', purpose: 'directory_administration', detail: { rows: entries.length } });
  });
  return { imported: entries.length };
}
