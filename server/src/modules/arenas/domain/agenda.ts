import type { ArenaAgendaItem } from '../../../platform/db/schema-arenas.js';
import type { Guest } from './settings.js';

/**
 * A small group's agenda (Fredrikstad, report 001 §4): a short talk, then questions and
 * anonymised cases; "NAV's measures" is a standing item every time. Guests (e.g. work-oriented
 * rehabilitation, the job-coping centre) get their own slot. Pure.
 */
export const DEFAULT_SERIES_AGENDA: readonly ArenaAgendaItem[] = [
  { kind: 'talk', title: 'Kort innlegg', minutes: 20 },
  { kind: 'questions', title: 'Spørsmål', minutes: 15 },
  { kind: 'cases', title: 'Anonymiserte kasus', minutes: 40 },
  { kind: 'nav_measures', title: 'NAVs virkemidler', minutes: 15 },
];

export const agendaMinutes = (items: readonly ArenaAgendaItem[]) => items.reduce((sum, item) => sum + item.minutes, 0);

export type AgendaProblem = 'ARENA_AGENDA_TOO_LONG' | 'ARENA_NAV_MEASURES_REQUIRED';

/** What is wrong with an agenda for a session of `sessionMinutes`: too long, or (small groups) no NAV's measures. */
export function agendaProblem(items: readonly ArenaAgendaItem[], sessionMinutes: number, standingNavMeasures: boolean): AgendaProblem | null {
  if (agendaMinutes(items) > sessionMinutes) return 'ARENA_AGENDA_TOO_LONG';
  if (standingNavMeasures && !items.some((item) => item.kind === 'nav_measures')) return 'ARENA_NAV_MEASURES_REQUIRED';
  return null;
}

/** The template with "NAV's measures" put back last if it was left out (a small group always has it). */
export function withNavMeasures(template: readonly ArenaAgendaItem[]): ArenaAgendaItem[] {
  const items = template.length > 0 ? [...template] : [...DEFAULT_SERIES_AGENDA];
  return items.some((i) => i.kind === 'nav_measures') ? items : [...items, { kind: 'nav_measures', title: 'NAVs virkemidler', minutes: 15 }];
}

/**
 * The agenda of a session from the template; the guest whose turn it is (one per session, in
 * order, then round again) gets a slot taken from the cases, so the session keeps its length.
 */
export function sessionAgenda(template: readonly ArenaAgendaItem[], guests: readonly Guest[], ordinal: number): ArenaAgendaItem[] {
  const items = withNavMeasures(template);
  const guest = guests.length > 0 ? guests[(ordinal - 1) % guests.length] : undefined;
  if (!guest) return items;
  const slot = 15;
  const cases = items.findIndex((i) => i.kind === 'cases' && i.minutes > slot);
  const guestItem: ArenaAgendaItem = { kind: 'guest', title: guest.topic || guest.name, minutes: slot, by: guest.organisation ? `${guest.name} (${guest.organisation})` : guest.name };
  if (cases === -1) return [...items.slice(0, -1), guestItem, items.at(-1)!];
  const shortened = items.map((item, i) => (i === cases ? { ...item, minutes: item.minutes - slot } : item));
  return [...shortened.slice(0, cases + 1), guestItem, ...shortened.slice(cases + 1)];
}

/**
 * A proposal taken into a session's agenda: placed before "NAV's measures" (which stays last),
 * its minutes taken from the cases (or, failing that, the questions) when they have room, so the
 * session keeps its length; otherwise the agenda grows and the length check decides.
 */
export function withProposal(agenda: readonly ArenaAgendaItem[], item: ArenaAgendaItem): ArenaAgendaItem[] {
  const donor = ['cases', 'questions'].map((kind) => agenda.findIndex((i) => i.kind === kind && i.minutes - item.minutes >= 5)).find((i) => i !== -1);
  const items = agenda.map((i, index) => (index === donor ? { ...i, minutes: i.minutes - item.minutes } : i));
  const standing = items.findIndex((i) => i.kind === 'nav_measures');
  return standing === -1 ? [...items, item] : [...items.slice(0, standing), item, ...items.slice(standing)];
}
