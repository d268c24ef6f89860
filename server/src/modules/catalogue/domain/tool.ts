import type { KnowledgeKind, KnowledgeSource } from './knowledge.js';

/**
 * A checklist or a template as the knowledge base shows it (issue 11: "checklists and templates are
 * found here too"): what it is for and where in the platform it is used. The working checklists
 * and form templates themselves stay in their modules (reachability, forms); this is the entry
 * that lets people find them.
 */
export const TOOL_AUDIENCES = ['gp', 'nav', 'patient', 'shared'] as const;
export type ToolAudience = (typeof TOOL_AUDIENCES)[number];

export interface ToolEntry {
  slug: string;
  title: string;
  titleEn: string;
  audience: ToolAudience;
  /** One or two sentences for lists and search snippets. */
  summary: string;
  /** Short paragraphs: when to use it and how. Internal links as `[tekst](/kunnskap/<kind>/<slug>)`. */
  body: string[];
  /** The points of a checklist, or the parts of a template, in short. */
  items: string[];
  /** Where in the platform it is used, as an in-app path ("/sykmeldinger/ny"), or null. */
  usedIn: string | null;
  sources: KnowledgeSource[];
  related: { kind: KnowledgeKind; slug: string }[];
}
