import type { FeeSettings } from './settings.js';

/**
 * The meeting-fee claim of a GP in a small group (takst 14, domain.md §4; report 001 L2811): per
 * session attended, the minutes in *started* half hours (by default) times the rate. Pure.
 */
export interface AttendedSession {
  ordinal: number;
  /** The Oslo date, 'YYYY-MM-DD'. */
  date: string;
  title: string;
  minutes: number;
}

export interface FeeClaimLine extends AttendedSession {
  units: number;
  amountNok: number;
}

export interface FeeClaim {
  code: string;
  rateNok: number;
  unitMinutes: number;
  lines: FeeClaimLine[];
  totalMinutes: number;
  totalUnits: number;
  totalNok: number;
}

/** Started units: 1–30 minutes is one half hour, 31–60 two. */
export function feeUnits(minutes: number, unitMinutes: number): number {
  return minutes <= 0 ? 0 : Math.ceil(minutes / unitMinutes);
}

export function feeClaim(sessions: readonly AttendedSession[], fee: FeeSettings): FeeClaim {
  const lines = [...sessions]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((s) => {
      const units = feeUnits(s.minutes, fee.unitMinutes);
      return { ...s, units, amountNok: units * fee.rateNok };
    });
  return {
    code: fee.code,
    rateNok: fee.rateNok,
    unitMinutes: fee.unitMinutes,
    lines,
    totalMinutes: lines.reduce((sum, l) => sum + l.minutes, 0),
    totalUnits: lines.reduce((sum, l) => sum + l.units, 0),
    totalNok: lines.reduce((sum, l) => sum + l.amountNok, 0),
  };
}

/** '1 818' with a no-break space between thousands, as Norwegians write amounts. */
export function formatNok(amount: number): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
