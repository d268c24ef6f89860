import type { ChecklistItem } from '../../../platform/db/schema.js';

/** What an administrator may publish as a checklist version. */
export const MAX_CHECKLIST_ITEMS = 30;
export const MAX_CHECKLIST_ITEM_LENGTH = 500;

export type ChecklistProblem = 'CHECKLIST_EMPTY' | 'CHECKLIST_TOO_LONG';

/** Trimmed items, or the reason they cannot be a version. Blank items are dropped, not stored. */
export function normaliseChecklistItems(items: readonly ChecklistItem[]): { items: ChecklistItem[] } | { problem: ChecklistProblem } {
  const trimmed = items.map((i) => ({ text_nb: i.text_nb.trim(), text_en: i.text_en.trim() })).filter((i) => i.text_nb || i.text_en);
  if (trimmed.length === 0 || trimmed.some((i) => !i.text_nb || !i.text_en)) return { problem: 'CHECKLIST_EMPTY' };
  if (trimmed.length > MAX_CHECKLIST_ITEMS || trimmed.some((i) => i.text_nb.length > MAX_CHECKLIST_ITEM_LENGTH || i.text_en.length > MAX_CHECKLIST_ITEM_LENGTH)) {
    return { problem: 'CHECKLIST_TOO_LONG' };
  }
  return { items: trimmed };
}
