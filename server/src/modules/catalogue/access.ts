import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, type AuditAction, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

/**
 * Who may do what in the catalogue (docs/adr/0007-catalogue.md): anyone, signed in or not, reads
 * what is published; editors — admins, and users holding the `catalogue_editor` grant — write
 * drafts, review and publish. Editorial writes are audited with the purpose 'content_editing'
 * (the content itself carries no personal data; who wrote and reviewed what is what is recorded).
 */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;
export type CatalogueCtx = AuditContext & { actor: Actor };

export function isEditor(actor: Actor | null): boolean {
  return !!actor && (actor.role === 'admin' || actor.grants.has('catalogue_editor'));
}

export function requireEditor(actor: Actor): void {
  if (!isEditor(actor)) throw new AppError('CATALOGUE_NOT_EDITOR');
}

export function auditCatalogue(executor: Executor, ctx: AuditContext, entry: { action: AuditAction; objectId: string; detail?: Record<string, unknown> }): Promise<void> {
  return recordAudit(executor, ctx, { action: entry.action, objectType: 'catalogue_entry', objectId: entry.objectId, purpose: 'content_editing', detail: entry.detail });
}
