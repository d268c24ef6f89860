import type { FormTemplate } from './template.js';
import { type TemplateProblem, validateTemplate } from './validate-template.js';

/**
 * Template versions. A published version never changes; a new one gets a higher number and may
 * add, remove or change fields freely, because every filled form names the version it was made
 * with and is always read with that one. So "publishing without breaking filled forms" needs no
 * migration of old forms, only that old versions stay available: the registry keeps them all.
 */
export type PublishRefusal =
  | { ok: false; code: 'FORM_TEMPLATE_INVALID'; problems: TemplateProblem[] }
  | { ok: false; code: 'FORM_TEMPLATE_KEY_MISMATCH'; key: string; expectedKey: string }
  | { ok: false; code: 'FORM_TEMPLATE_VERSION_NOT_HIGHER'; version: number; latest: number };

export type Lookup = { ok: true; template: FormTemplate } | { ok: false; code: 'FORM_TEMPLATE_UNKNOWN'; key: string } | { ok: false; code: 'FORM_TEMPLATE_VERSION_UNKNOWN'; key: string; version: number };

/** Whether `next` may follow `previous` (the latest version of its key, if any). */
export function canPublish(previous: FormTemplate | undefined, next: FormTemplate): { ok: true } | PublishRefusal {
  const problems = validateTemplate(next);
  if (problems.length > 0) return { ok: false, code: 'FORM_TEMPLATE_INVALID', problems };
  if (previous && previous.key !== next.key) return { ok: false, code: 'FORM_TEMPLATE_KEY_MISMATCH', key: next.key, expectedKey: previous.key };
  if (previous && next.version <= previous.version) return { ok: false, code: 'FORM_TEMPLATE_VERSION_NOT_HIGHER', version: next.version, latest: previous.version };
  return { ok: true };
}

export interface TemplateRegistry {
  keys(): string[];
  /** Every version of a key, oldest first. */
  versions(key: string): number[];
  latest(key: string): Lookup;
  get(key: string, version: number): Lookup;
  /** A new registry with `next` added; this one is left as it was. */
  publish(next: FormTemplate): { ok: true; registry: TemplateRegistry } | PublishRefusal;
}

/**
 * A registry of the given versions. Throws on a version that could not have been published: the
 * list comes from code or the database, and a broken one must stop the start, not a user later.
 */
export function createRegistry(templates: readonly FormTemplate[]): TemplateRegistry {
  const sorted = [...templates].sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version);
  const byKey = new Map<string, FormTemplate[]>();
  for (const template of sorted) {
    const list = byKey.get(template.key) ?? [];
    const verdict = canPublish(list.at(-1), template);
    if (!verdict.ok) throw new Error(`Template ${template.key} v${template.version} cannot be registered: ${JSON.stringify(verdict)}`);
    list.push(deepFreeze(template));
    byKey.set(template.key, list);
  }
  return registryOf(byKey);
}

function registryOf(byKey: ReadonlyMap<string, readonly FormTemplate[]>): TemplateRegistry {
  const registry: TemplateRegistry = {
    keys: () => [...byKey.keys()],
    versions: (key) => (byKey.get(key) ?? []).map((template) => template.version),
    latest(key) {
      const template = byKey.get(key)?.at(-1);
      return template ? { ok: true, template } : { ok: false, code: 'FORM_TEMPLATE_UNKNOWN', key };
    },
    get(key, version) {
      const list = byKey.get(key);
      if (!list) return { ok: false, code: 'FORM_TEMPLATE_UNKNOWN', key };
      const template = list.find((one) => one.version === version);
      return template ? { ok: true, template } : { ok: false, code: 'FORM_TEMPLATE_VERSION_UNKNOWN', key, version };
    },
    publish(next) {
      const verdict = canPublish(byKey.get(next.key)?.at(-1), next);
      if (!verdict.ok) return verdict;
      const copy = new Map(byKey);
      copy.set(next.key, [...(byKey.get(next.key) ?? []), deepFreeze(structuredClone(next))]);
      return { ok: true, registry: registryOf(copy) };
    },
  };
  return registry;
}

/** A published version is read by many forms at once; freezing it makes "never changes" true. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
