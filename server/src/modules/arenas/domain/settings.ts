import type { ArenaAgendaItem, ArenaKind } from '../../../platform/db/schema-arenas.js';
import type { HolidayPolicy, SeriesRule } from './series.js';
import type { AllocationMode } from './waiting-list.js';

/**
 * Kind-specific settings (the arena's `settings` jsonb, ADR 0006). Request schemas bound what is
 * stored; these readers give every setting its default, so an arena stored before a setting
 * existed still reads whole. One place for the defaults: the meeting fee (takst 14, 909 NOK per
 * started half hour, domain.md §4), reminders 48 hours ahead, GP priority on courses.
 */
export interface FeeSettings {
  code: string;
  rateNok: number;
  unitMinutes: number;
}

export const DEFAULT_FEE: FeeSettings = { code: '14', rateNok: 909, unitMinutes: 30 };
export const DEFAULT_REMINDER_HOURS = 48;

export interface Guest {
  name: string;
  organisation?: string;
  topic?: string;
}

export interface SeriesRuleSetting {
  rule: SeriesRule;
  firstDate: string;
  count: number;
  startTime: string;
  durationMinutes: number;
}

export interface SeriesSettings {
  holidays: HolidayPolicy;
  fee: FeeSettings;
  agendaTemplate: ArenaAgendaItem[];
  guests: Guest[];
  reminderHours: number;
  rule: SeriesRuleSetting | null;
}

export type ApprovalStatus = 'not_applied' | 'applied' | 'approved' | 'rejected';

export interface CourseSettings {
  overnightStay: boolean;
  accommodation: string;
  coursePoints: number | null;
  approval: { status: ApprovalStatus; by: string };
  gpPriority: boolean;
  allocation: AllocationMode;
  reminderHours: number;
}

type Raw = Record<string, unknown>;
const obj = (value: unknown): Raw => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {});
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const str = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

export function feeSettings(raw: unknown): FeeSettings {
  const fee = obj(raw);
  return { code: str(fee.code, DEFAULT_FEE.code), rateNok: num(fee.rateNok, DEFAULT_FEE.rateNok), unitMinutes: num(fee.unitMinutes, DEFAULT_FEE.unitMinutes) };
}

export function seriesSettings(raw: unknown): SeriesSettings {
  const s = obj(raw);
  const holidays = s.holidays === 'skip' || s.holidays === 'keep' ? s.holidays : 'move';
  return {
    holidays,
    fee: feeSettings(s.fee),
    agendaTemplate: Array.isArray(s.agendaTemplate) ? (s.agendaTemplate as ArenaAgendaItem[]) : [],
    guests: Array.isArray(s.guests) ? (s.guests as Guest[]) : [],
    reminderHours: num(s.reminderHours, DEFAULT_REMINDER_HOURS),
    rule: s.rule && typeof s.rule === 'object' ? (s.rule as SeriesRuleSetting) : null,
  };
}

export function courseSettings(raw: unknown): CourseSettings {
  const s = obj(raw);
  const approval = obj(s.approval);
  const status = ['applied', 'approved', 'rejected'].includes(approval.status as string) ? (approval.status as ApprovalStatus) : 'not_applied';
  return {
    overnightStay: bool(s.overnightStay, false),
    accommodation: str(s.accommodation, ''),
    coursePoints: typeof s.coursePoints === 'number' ? s.coursePoints : null,
    approval: { status, by: str(approval.by, '') },
    gpPriority: bool(s.gpPriority, true),
    allocation: s.allocation === 'at_deadline' ? 'at_deadline' : 'first_come',
    reminderHours: num(s.reminderHours, DEFAULT_REMINDER_HOURS),
  };
}

/** The meeting fee an arena pays its GP participants: series always (takst 14 by default); other kinds when they set one. */
export function feeOf(kind: ArenaKind, raw: unknown): FeeSettings | null {
  if (kind === 'small_group_series') return seriesSettings(raw).fee;
  const fee = obj(raw).fee;
  return fee ? feeSettings(fee) : null;
}

export function reminderHoursOf(raw: unknown): number {
  return num(obj(raw).reminderHours, DEFAULT_REMINDER_HOURS);
}

/** GPs before NAV staff on the waiting list: courses, unless turned off. */
export function gpPriorityOf(kind: ArenaKind, raw: unknown): boolean {
  return kind === 'course' && courseSettings(raw).gpPriority;
}

export function allocationOf(kind: ArenaKind, raw: unknown): AllocationMode {
  return kind === 'course' ? courseSettings(raw).allocation : 'first_come';
}
