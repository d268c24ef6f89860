import type { InterviewGuideQuestion, PrefillTarget } from './knowledge.js';
import { DOMAINS, GP_OFFICE_KINDS, GP_ROLE_INTENSITIES, LEVEL_NUMBER, LEVELS, MODEL_STATUSES, RELATIONSHIP_TYPES, STEERING, type ModelSite } from './model.js';

/**
 * The structured interview form (report 002, Appendix 6) pre-fills a new draft model: each answer
 * goes to the model fields its question names (`prefills`). Lists take one item per line; a
 * typology choice must be one of its values (levels also as the report's numbers 1–3); what has no
 * field of its own (the sites as told, experiences) is kept as a labelled fact, so nothing the
 * informant said is lost. Pure: the command validates, this builds.
 */
const LIST_FIELDS = new Set<string>(['idealTypeSummary', 'participants', 'phases', 'legalBasis', 'prerequisites']);
const CHOICE_LISTS: Readonly<Record<string, readonly string[]>> = { levels: LEVELS, domains: DOMAINS, steering: STEERING };
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  gpOfficeKind: GP_OFFICE_KINDS,
  relationshipType: RELATIONSHIP_TYPES,
  status: MODEL_STATUSES,
  'gpRole.intensity': GP_ROLE_INTENSITIES,
};
const TEXT_FIELDS = new Set<string>(['title', 'inspiredBy', 'purpose', 'motive', 'trigger', 'financing', 'tariffs', 'gpRole.description']);

/** The values a target may take when it is a typology choice, else an empty list. */
export function choicesOf(target: PrefillTarget | string): readonly string[] {
  return CHOICE_LISTS[target] ?? CHOICES[target] ?? [];
}

const LEVEL_BY_NUMBER = new Map<string, string>(LEVELS.map((l) => [String(LEVEL_NUMBER[l]), l]));
const lines = (answer: string) => answer.split(/\r?\n/).map((l) => l.replace(/^[-•*]\s*/, '').trim()).filter(Boolean);
const choiceValues = (target: string, answer: string) =>
  answer
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => (target === 'levels' ? (LEVEL_BY_NUMBER.get(v) ?? v) : v));

export type InterviewCheck = { ok: true } | { ok: false; invalid: string[] };

/** Refuses answers to questions the guide does not have and choices outside the typology. */
export function checkAnswers(guide: readonly InterviewGuideQuestion[], answers: Record<string, string>): InterviewCheck {
  const byKey = new Map(guide.map((q) => [q.key, q]));
  const invalid: string[] = [];
  for (const [key, answer] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) {
      invalid.push(key);
      continue;
    }
    for (const target of question.prefills) {
      const allowed = choicesOf(target);
      if (allowed.length === 0) continue;
      const bad = choiceValues(target, answer).filter((v) => !allowed.includes(v));
      if (bad.length > 0) invalid.push(`${key}: ${bad.join(', ')}`);
    }
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true };
}

function setPath(content: Record<string, unknown>, path: string, value: unknown) {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) content[head] = value;
  else content[head] = { ...((content[head] as Record<string, unknown> | undefined) ?? {}), [tail]: value };
}

function getPath(content: Record<string, unknown>, path: string): unknown {
  const [head, tail] = path.split('.') as [string, string | undefined];
  const value = content[head];
  return tail ? (value as Record<string, unknown> | undefined)?.[tail] : value;
}

function fill(content: Record<string, unknown>, question: InterviewGuideQuestion, target: string, answer: string) {
  const before = getPath(content, target);
  if (CHOICE_LISTS[target]) setPath(content, target, [...new Set([...((before as string[] | undefined) ?? []), ...choiceValues(target, answer)])]);
  else if (CHOICES[target]) setPath(content, target, choiceValues(target, answer)[0] ?? null);
  else if (LIST_FIELDS.has(target)) setPath(content, target, [...((before as string[] | undefined) ?? []), ...lines(answer)]);
  else if (TEXT_FIELDS.has(target) || target.startsWith('coordination.')) setPath(content, target, typeof before === 'string' && before ? `${before}\n\n${answer.trim()}` : answer.trim());
  else (content.facts as Array<{ label: string; value: string }>).push({ label: question.question, value: answer.trim() });
}

export interface InterviewInput {
  slug: string;
  title: string;
  answers: Record<string, string>;
  sites?: ModelSite[];
  informant?: string;
  /** 'YYYY-MM-DD': the day of the interview, for the source. */
  today: string;
}

/** A draft model's content from the interview: the answered fields filled, the rest empty for the editor. */
export function prefillModel(guide: readonly InterviewGuideQuestion[], input: InterviewInput): Record<string, unknown> {
  const content: Record<string, unknown> = {
    slug: input.slug,
    reportSection: null,
    title: input.title.trim(),
    idealTypeSummary: [],
    inspiredBy: '',
    levels: [],
    domains: [],
    sites: input.sites ?? [],
    gpOfficeKind: 'unknown',
    purpose: '',
    participants: [],
    gpRole: { description: '' },
    steering: [],
    relationshipType: null,
    motive: null,
    trigger: null,
    phases: [],
    coordination: {},
    financing: null,
    tariffs: null,
    legalBasis: [],
    prerequisites: [],
    experiences: { works: [], challenges: [] },
    facts: [],
    sources: [{ citation: 'Strukturert intervju etter intervjuguiden i rapport 002 (vedlegg 6)', informant: input.informant?.trim() || null, date: input.today }],
  };
  for (const question of guide) {
    const answer = input.answers[question.key];
    if (!answer || !answer.trim()) continue;
    for (const target of question.prefills) fill(content, question, target, answer);
  }
  return content;
}
