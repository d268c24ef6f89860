import { describe, expect, it } from 'vitest';
import { addDuration, addHistograms, bucketOf, BUCKET_BOUNDS_HOURS, emptyHistogram, percentileDays, percentileHours } from './histogram.js';

const days = (n: number) => n * 24;

describe('duration histogram', () => {
  it('puts a duration in the first bucket whose upper bound is at least the duration', () => {
    expect(BUCKET_BOUNDS_HOURS[bucketOf(0.5)]).toBe(1);
    expect(BUCKET_BOUNDS_HOURS[bucketOf(3)]).toBe(4);
    expect(BUCKET_BOUNDS_HOURS[bucketOf(days(3))]).toBe(days(3));
    expect(BUCKET_BOUNDS_HOURS[bucketOf(days(3) + 0.1)]).toBe(days(4));
    expect(BUCKET_BOUNDS_HOURS[bucketOf(days(15))]).toBe(days(21));
    expect(bucketOf(days(400))).toBe(BUCKET_BOUNDS_HOURS.length);
    expect(bucketOf(-2)).toBe(0);
  });

  it('gives the median and 90th percentile of ten replies by nearest rank', () => {
    // Replies after 1, 1, 2, 2, 3, 3, 3, 5, 8 and 20 days. Median: rank ceil(0.5 × 10) = 5 → 3 days.
    // 90th percentile: rank ceil(0.9 × 10) = 9 → 8 days.
    const h = emptyHistogram();
    for (const d of [1, 1, 2, 2, 3, 3, 3, 5, 8, 20]) addDuration(h, days(d));
    expect(percentileDays(h, 50)).toBe(3);
    expect(percentileDays(h, 90)).toBe(8);
    // The 20-day reply falls in the 21-day bucket: the maximum reads "within 21 days".
    expect(percentileDays(h, 100)).toBe(21);
  });

  it('reports hours under a day as a fraction of a day', () => {
    const h = emptyHistogram();
    for (const hours of [0.2, 3, 3.5, 7]) addDuration(h, hours);
    // Rank 2 of 4 is 3 hours → the 4-hour bucket.
    expect(percentileHours(h, 50)).toBe(4);
    expect(percentileDays(h, 50)).toBe(0.2);
  });

  it('has no percentile without durations', () => {
    expect(percentileDays(emptyHistogram(), 50)).toBeNull();
    expect(percentileDays(null, 90)).toBeNull();
  });

  it('adds histograms element by element, a missing one counting as empty', () => {
    expect(addHistograms([1, 2], [3, 4, 5])).toEqual([4, 6, 5]);
    expect(addHistograms(null, [1])).toEqual([1]);
    expect(addHistograms(null, null)).toBeNull();
  });
});
