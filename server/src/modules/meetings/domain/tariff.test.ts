import { describe, expect, it } from 'vitest';
import { type GpTariffFacts, suggestGpTariff } from './tariff.js';

const hour = 3_600_000;
const startsAt = new Date('2026-12-10T08:00:00Z');
const settings = { shortNoticeHours: 24 };
const held: GpTariffFacts = { gpInvited: true, gpAttended: true, status: 'completed', startsAt, cancelledAt: null, cancelledBy: null };
const cancelledBefore = (ms: number, by: 'nav' | null = 'nav'): GpTariffFacts => ({
  ...held,
  gpAttended: null,
  status: 'cancelled',
  cancelledAt: new Date(startsAt.getTime() - ms),
  cancelledBy: by,
});

describe('GP tariff suggestion', () => {
  it('suggests DM when the GP took part, also once the meeting is closed', () => {
    expect(suggestGpTariff(held, settings)).toEqual({ code: 'DM', reason: 'attended' });
    expect(suggestGpTariff({ ...held, status: 'closed' }, settings)).toEqual({ code: 'DM', reason: 'attended' });
  });

  it('suggests nothing when the GP was invited but did not come, or the meeting is not held yet', () => {
    expect(suggestGpTariff({ ...held, gpAttended: false }, settings)).toEqual({ code: null, reason: 'not_attended' });
    expect(suggestGpTariff({ ...held, gpAttended: null }, settings)).toEqual({ code: null, reason: 'not_attended' });
    expect(suggestGpTariff({ ...held, gpAttended: null, status: 'invited' }, settings)).toEqual({ code: null, reason: 'not_attended' });
  });

  it('suggests nothing when the GP was not invited, whatever else happened', () => {
    expect(suggestGpTariff({ ...held, gpInvited: false }, settings)).toEqual({ code: null, reason: 'not_invited' });
    expect(suggestGpTariff({ ...cancelledBefore(hour), gpInvited: false }, settings)).toEqual({ code: null, reason: 'not_invited' });
  });

  it('the 24-hour boundary: exactly 24 h before is in time, one millisecond later is short notice', () => {
    expect(suggestGpTariff(cancelledBefore(24 * hour), settings)).toEqual({ code: null, reason: 'cancelled_in_time' });
    expect(suggestGpTariff(cancelledBefore(24 * hour - 1), settings)).toEqual({ code: 'DM-AVLYST', reason: 'cancelled_short_notice' });
    expect(suggestGpTariff(cancelledBefore(24 * hour + 1), settings)).toEqual({ code: null, reason: 'cancelled_in_time' });
    expect(suggestGpTariff(cancelledBefore(hour), settings)).toEqual({ code: 'DM-AVLYST', reason: 'cancelled_short_notice' });
  });

  it('a cancellation after the start by NAV is short notice too', () => {
    expect(suggestGpTariff(cancelledBefore(-hour), settings)).toEqual({ code: 'DM-AVLYST', reason: 'cancelled_short_notice' });
  });

  it('only NAV\'s cancellations are paid', () => {
    expect(suggestGpTariff(cancelledBefore(hour, null), settings)).toEqual({ code: null, reason: 'cancelled_in_time' });
  });

  it('a closed meeting that was cancelled keeps its cancellation tariff', () => {
    expect(suggestGpTariff({ ...cancelledBefore(hour), status: 'closed' }, settings)).toEqual({ code: 'DM-AVLYST', reason: 'cancelled_short_notice' });
  });

  it('follows the configured notice', () => {
    expect(suggestGpTariff(cancelledBefore(30 * hour), { shortNoticeHours: 48 })).toMatchObject({ code: 'DM-AVLYST' });
  });
});
