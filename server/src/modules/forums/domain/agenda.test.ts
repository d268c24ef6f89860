import { describe, expect, it } from 'vitest';
import { buildAgenda, minutesProblem } from './agenda.js';

const c = (id: string, createdAt: string, kind: 'deviation' | 'proposal' = 'deviation') => ({ id, kind, title: `Sak ${id}`, createdAt });

describe('buildAgenda', () => {
  it('puts the ready cases oldest first, then the recommendations to approve', () => {
    const items = buildAgenda([c('b', '2026-02-01'), c('a', '2026-01-01', 'proposal')], [{ id: 'r', title: 'Epikriser', version: 2 }]);
    expect(items.map((i) => [i.position, i.submissionId ?? i.recommendationId])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'r'],
    ]);
    expect(items[0]!.title).toBe('Endringsforslag: Sak a');
    expect(items[2]!.title).toContain('versjon 2');
  });

  it('keeps what is already on the agenda and adds only the new cases after it', () => {
    const existing = [{ position: 1, submissionId: 'a', recommendationId: null, title: 'Samhandlingsavvik: Sak a' }];
    const items = buildAgenda([c('a', '2026-01-01'), c('b', '2026-01-02')], [], existing);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ position: 2, submissionId: 'b' });
  });

  it('gives an empty agenda when nothing is ready', () => {
    expect(buildAgenda([], [])).toEqual([]);
  });
});

describe('minutesProblem', () => {
  const ok = { presentMemberIds: ['m1', 'm2'], items: [{ id: 'i1', decision: 'Anbefaling utarbeides' }] };

  it('accepts decisions on agenda items by members present', () => {
    expect(minutesProblem(ok, ['i1'], ['m1', 'm2', 'm3'])).toBeNull();
  });

  it('refuses a decision on an item that is not on the agenda', () => {
    expect(minutesProblem(ok, ['i2'], ['m1', 'm2'])).toEqual({ code: 'FORUM_MINUTES_ITEM_UNKNOWN', field: 'items.0.id' });
  });

  it('refuses someone present who held no seat on the day', () => {
    expect(minutesProblem(ok, ['i1'], ['m1'])).toEqual({ code: 'FORUM_MINUTES_PRESENT_INVALID', field: 'presentMemberIds.1' });
  });

  it('refuses an empty decision', () => {
    expect(minutesProblem({ ...ok, items: [{ id: 'i1', decision: '  ' }] }, ['i1'], ['m1', 'm2'])).toEqual({ code: 'FORUM_TEXT_EMPTY', field: 'items.0.decision' });
  });
});
