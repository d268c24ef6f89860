import type { ChoiceOption, LocalText } from '../template.js';

/** Short builders so the templates read as content, not as object syntax. */
export const t = (nb: string, en: string): LocalText => ({ nb, en });
export const option = (value: string, nb: string, en: string): ChoiceOption => ({ value, label: t(nb, en) });

/** Shared limits: a one-line answer and a paragraph. */
export const SHORT = 200;
export const LONG = 2000;
