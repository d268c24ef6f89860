/**
 * The editorial workflow (issue 11): draft → in_review → published, with archiving. Every save
 * writes a new version; a save on a published entry starts a revision (back to draft) while the
 * public keeps seeing the published version. Pure: the commands ask here, then write.
 */
export const ENTRY_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const TRANSITIONS = ['submit', 'return', 'publish', 'archive', 'restore'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** From which states each transition is allowed, and where it leads. */
const RULES: Readonly<Record<Transition, { from: readonly EntryStatus[]; to: EntryStatus }>> = {
  submit: { from: ['draft'], to: 'in_review' },
  return: { from: ['in_review'], to: 'draft' },
  publish: { from: ['in_review'], to: 'published' },
  archive: { from: ['draft', 'in_review', 'published'], to: 'archived' },
  restore: { from: ['archived'], to: 'draft' },
};

/** Saving a new version is allowed while drafting and on a published entry (which starts a revision). */
const EDITABLE: readonly EntryStatus[] = ['draft', 'published'];

export type Decision<T> = { ok: true; value: T } | { ok: false; allowed: Transition[] };

export function allowedTransitions(status: EntryStatus): Transition[] {
  return TRANSITIONS.filter((t) => RULES[t].from.includes(status));
}

/** The state after a transition, or a refusal naming what is allowed from here. */
export function applyTransition(status: EntryStatus, transition: Transition): Decision<EntryStatus> {
  const rule = RULES[transition];
  return rule.from.includes(status) ? { ok: true, value: rule.to } : { ok: false, allowed: allowedTransitions(status) };
}

export function canSave(status: EntryStatus): boolean {
  return EDITABLE.includes(status);
}

/** The state after a save: a published entry goes back to draft for its revision. */
export function statusAfterSave(status: EntryStatus): EntryStatus {
  return status === 'published' ? 'draft' : status;
}

/**
 * Whether the reviewer may publish: someone who wrote none of the versions since the last
 * publication. An admin may publish their own work (a small platform may have one editor).
 */
export function mayPublish(reviewer: { userId: string; isAdmin: boolean }, authorsSincePublished: readonly (string | null)[]): boolean {
  return reviewer.isAdmin || !authorsSincePublished.includes(reviewer.userId);
}
