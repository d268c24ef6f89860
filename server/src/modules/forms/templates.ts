import { AnswerCache } from '../../platform/cache/answer-cache.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import type { Ctx, Db } from './access.js';
import { canPublish, createRegistry, SHIPPED_TEMPLATES, type FormTemplate, type TemplateRegistry } from './domain/index.js';
import { recordAudit } from '../../platform/audit/audit.js';

/**
 * The templates in force: the shipped ones from the code and the versions administrators have
 * published since, read at most every 30 seconds (a publish through this instance clears it).
 */
export function templateRegistry(db: Db) {
  const cache = new AnswerCache<TemplateRegistry>(30, 1);
  const load = async () => {
    const published = await db.selectFrom('form_template').select(['definition']).orderBy('key').orderBy('version').execute();
    return createRegistry([...SHIPPED_TEMPLATES, ...published.map((p) => p.definition as FormTemplate)]);
  };
  return { get: () => cache.get('templates', load), clear: () => cache.clear() };
}

export type Templates = ReturnType<typeof templateRegistry>;

/** A template version by key and number, or the refusal with its own code. */
export async function templateOf(templates: Templates, key: string, version?: number): Promise<FormTemplate> {
  const registry = await templates.get();
  const found = version === undefined ? registry.latest(key) : registry.get(key, version);
  if (!found.ok) throw new AppError(found.code, { key, ...(version === undefined ? {} : { version }) });
  return found.template;
}

/** An administrator publishes a new version; it is checked whole and never changed afterwards. */
export async function publishTemplate(db: Db, ctx: Ctx, templates: Templates, next: FormTemplate) {
  if (ctx.actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
  const registry = await templates.get();
  const latest = registry.latest(next.key);
  const verdict = canPublish(latest.ok ? latest.template : undefined, next);
  if (!verdict.ok) {
    const { ok: _ok, code, ...details } = verdict;
    throw new AppError(code as ErrorCode, details);
  }
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('form_template').values({ key: next.key, version: next.version, definition: JSON.stringify(next), published_by: ctx.actor.userId, published_at: ctx.clock.now() }).execute();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'form_template', objectId: `${next.key}@${next.version}`, purpose: 'directory_administration' });
  });
  templates.clear();
  return { key: next.key, version: next.version };
}
