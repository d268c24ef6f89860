/**
 * A body's meeting agenda and the checks on its minutes (issue 9, point 7). Pure: the caller
 * loads the cases marked ready, the recommendations waiting for approval and the members.
 */

export interface ReadyCase {
  id: string;
  kind: 'deviation' | 'proposal';
  title: string;
  /** When it came in: older cases first, so none waits for ever. */
  createdAt: string;
}

export interface PendingRecommendation {
  id: string;
  title: string;
  version: number;
}

export interface AgendaItemDraft {
  position: number;
  submissionId: string | null;
  recommendationId: string | null;
  title: string;
}

const KIND_LABEL = { deviation: 'Samhandlingsavvik', proposal: 'Endringsforslag' } as const;

/**
 * The agenda built from the data: the cases marked ready for discussion (oldest first), then the
 * recommendation drafts to approve. Items already on the agenda keep their place and are not
 * repeated, so building it again after more cases are marked ready only adds the new ones.
 */
export function buildAgenda(cases: readonly ReadyCase[], recommendations: readonly PendingRecommendation[], existing: readonly AgendaItemDraft[] = []): AgendaItemDraft[] {
  const items = [...existing].sort((a, b) => a.position - b.position);
  const onAgenda = new Set(items.flatMap((i) => [i.submissionId, i.recommendationId]).filter((id): id is string => id !== null));
  let position = items.reduce((max, i) => Math.max(max, i.position), 0);
  const byAge = [...cases].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const c of byAge) {
    if (onAgenda.has(c.id)) continue;
    items.push({ position: ++position, submissionId: c.id, recommendationId: null, title: `${KIND_LABEL[c.kind]}: ${c.title}` });
  }
  for (const r of recommendations) {
    if (onAgenda.has(r.id)) continue;
    items.push({ position: ++position, submissionId: null, recommendationId: r.id, title: `Godkjenning av anbefaling: ${r.title} (versjon ${r.version})` });
  }
  return items;
}

export interface MinutesInput {
  presentMemberIds: readonly string[];
  items: ReadonlyArray<{ id: string; decision: string }>;
}

export type MinutesProblem =
  | { code: 'FORUM_MINUTES_ITEM_UNKNOWN'; field: string }
  | { code: 'FORUM_MINUTES_PRESENT_INVALID'; field: string }
  | { code: 'FORUM_TEXT_EMPTY'; field: string };

/**
 * The first problem with the minutes, or null: every decision is about an item on this meeting's
 * agenda and says something; everyone present held a seat on the meeting's day.
 */
export function minutesProblem(input: MinutesInput, agendaItemIds: readonly string[], membersOnTheDay: readonly string[]): MinutesProblem | null {
  const members = new Set(membersOnTheDay);
  for (const [index, id] of input.presentMemberIds.entries()) {
    if (!members.has(id)) return { code: 'FORUM_MINUTES_PRESENT_INVALID', field: `presentMemberIds.${index}` };
  }
  const agenda = new Set(agendaItemIds);
  for (const [index, item] of input.items.entries()) {
    if (!agenda.has(item.id)) return { code: 'FORUM_MINUTES_ITEM_UNKNOWN', field: `items.${index}.id` };
    if (!item.decision.trim()) return { code: 'FORUM_TEXT_EMPTY', field: `items.${index}.decision` };
  }
  return null;
}
