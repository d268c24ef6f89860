import type { MeetingStatus } from './state.js';

/**
 * The GP's tariff for a meeting (domain.md §4; report 001 L4233, L5389): DM for taking part,
 * the reduced DM-AVLYST when NAV called the meeting off at short notice, so a GP who kept the
 * hour free is paid for it. Only a suggestion: the adviser confirms it with the attendance.
 */
export type GpTariffCode = 'DM' | 'DM-AVLYST';
export type GpTariffReason = 'attended' | 'cancelled_short_notice' | 'not_attended' | 'not_invited' | 'cancelled_in_time';

export interface GpTariffFacts {
  gpInvited: boolean;
  /** Null while the attendance is not recorded. */
  gpAttended: boolean | null;
  status: MeetingStatus;
  startsAt: Date;
  cancelledAt: Date | null;
  /** Who called it off; only NAV's short-notice cancellations are paid. */
  cancelledBy: 'nav' | null;
}

export interface GpTariffSettings {
  shortNoticeHours: number;
}

export interface GpTariffSuggestion {
  code: GpTariffCode | null;
  reason: GpTariffReason;
}

const HOUR = 3_600_000;

export function suggestGpTariff(facts: GpTariffFacts, settings: GpTariffSettings): GpTariffSuggestion {
  if (!facts.gpInvited) return { code: null, reason: 'not_invited' };
  // A closed meeting keeps its cancellation time, which tells a filed cancellation from a held meeting.
  const cancelled = facts.status === 'cancelled' || (facts.status === 'closed' && facts.cancelledAt !== null);
  if (cancelled) {
    const notice = facts.cancelledAt ? facts.startsAt.getTime() - facts.cancelledAt.getTime() : Number.POSITIVE_INFINITY;
    return facts.cancelledBy === 'nav' && notice < settings.shortNoticeHours * HOUR
      ? { code: 'DM-AVLYST', reason: 'cancelled_short_notice' }
      : { code: null, reason: 'cancelled_in_time' };
  }
  // A meeting not yet held, or held without the GP, earns nothing.
  return facts.gpAttended === true && (facts.status === 'completed' || facts.status === 'closed')
    ? { code: 'DM', reason: 'attended' }
    : { code: null, reason: 'not_attended' };
}
