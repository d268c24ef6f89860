import { describe, expect, it } from 'vitest';
import { covers, overlaps, shiftProblem, type Interval } from './rota.js';

const shift = (from: string, to: string): Interval => ({ startsAt: new Date(from), endsAt: new Date(to) });
const day = shift('2025-06-11T07:00:00Z', '2025-06-11T13:00:00Z'); // 09–15
const evening = shift('2025-06-11T13:00:00Z', '2025-06-11T18:00:00Z'); // 15–20

describe('the on-call rota', () => {
  it('lets a day shift and an evening shift meet without overlapping (half-open intervals)', () => {
    expect(overlaps(day, evening)).toBe(false);
    expect(shiftProblem(evening, [day])).toBeNull();
  });

  it.each([
    ['starts inside another', shift('2025-06-11T12:00:00Z', '2025-06-11T16:00:00Z')],
    ['ends inside another', shift('2025-06-11T05:00:00Z', '2025-06-11T07:30:00Z')],
    ['lies within another', shift('2025-06-11T08:00:00Z', '2025-06-11T09:00:00Z')],
    ['encloses another', shift('2025-06-11T06:00:00Z', '2025-06-11T14:00:00Z')],
    ['is the same', day],
  ])('refuses a shift that %s', (_name, candidate) => {
    expect(shiftProblem(candidate, [day])).toBe('SHIFT_OVERLAPS');
  });

  it('refuses a shift that ends before or when it starts', () => {
    expect(shiftProblem(shift('2025-06-11T13:00:00Z', '2025-06-11T07:00:00Z'), [])).toBe('SHIFT_END_BEFORE_START');
    expect(shiftProblem(shift('2025-06-11T13:00:00Z', '2025-06-11T13:00:00Z'), [])).toBe('SHIFT_END_BEFORE_START');
  });

  it('accepts 24 hours and refuses longer, before looking for overlaps', () => {
    expect(shiftProblem(shift('2025-06-11T00:00:00Z', '2025-06-12T00:00:00Z'), [])).toBeNull();
    expect(shiftProblem(shift('2025-06-11T00:00:00Z', '2025-06-12T00:01:00Z'), [day])).toBe('SHIFT_TOO_LONG');
  });

  it('knows who is on call: from the start, up to but not including the end', () => {
    expect(covers(day, new Date('2025-06-11T07:00:00Z'))).toBe(true);
    expect(covers(day, new Date('2025-06-11T12:59:59Z'))).toBe(true);
    expect(covers(day, new Date('2025-06-11T13:00:00Z'))).toBe(false);
    expect(covers(evening, new Date('2025-06-11T13:00:00Z'))).toBe(true);
  });
});
