/**
 * Practice consultants' honoraria (issue 10 point 4; report 000): hours logged on a post, per
 * month, paid at the post's percentage (89 %, the practice-consultant rate) of a base rate per
 * hour (practice compensation). The amount per hour is the forums' rule (`honorariumNok`), used
 * here rather than copied, so both kinds of honoraria are computed alike. Pure.
 */
import { honorariumNok } from '../../../forums/domain/composition.js';

/** The rate a new post gets unless it says otherwise (domain.md §4: "PKO rate"). */
export const DEFAULT_HONORARIUM_PERCENT = 89;

export interface PostPeriod {
  periodFrom: string;
  periodTo: string | null;
}

export interface HonorariumRate {
  percent: number;
  baseNokPerHour: number | null;
}

export interface LoggedHours {
  workedOn: string;
  hours: number;
}

/** Whether a date ('YYYY-MM-DD') falls within the post's period (both ends included; open-ended posts have no end). */
export function withinPost(date: string, post: PostPeriod): boolean {
  return date >= post.periodFrom && (post.periodTo === null || date <= post.periodTo);
}

/** Every month ('YYYY-MM') from the month of `from` to the month of `to`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Hours and honoraria per month of the period (months without hours included, at zero), and the totals. */
export function honorariaByMonth(logged: readonly LoggedHours[], from: string, to: string, rate: HonorariumRate) {
  const inPeriod = logged.filter((h) => h.workedOn >= from && h.workedOn <= to);
  const months = monthsBetween(from, to).map((month) => {
    const hours = round2(inPeriod.filter((h) => h.workedOn.startsWith(month)).reduce((sum, h) => sum + h.hours, 0));
    return { month, hours, honorariumNok: honorariumNok(hours, rate.percent, rate.baseNokPerHour) };
  });
  const totalHours = round2(months.reduce((sum, m) => sum + m.hours, 0));
  return {
    months,
    totalHours,
    totalHonorariumNok: honorariumNok(totalHours, rate.percent, rate.baseNokPerHour),
    ratePerHourNok: rate.baseNokPerHour === null ? null : Math.round((rate.baseNokPerHour * rate.percent) / 100),
  };
}
