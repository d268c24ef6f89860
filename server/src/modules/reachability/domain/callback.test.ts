import { describe, expect, it } from 'vitest';
import type { CallbackStatus } from '../../../platform/db/schema.js';
import { callableFrom, canApply, compareQueue, preferredTimesProblem, type CallbackAction, type QueueEntry } from './callback.js';
import { normaliseChecklistItems } from './checklist.js';
import { normaliseNorwegianPhone } from './phone.js';

const now = new Date('2025-06-11T10:00:00Z');
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
const entry = (over: Partial<QueueEntry> & { name: string }): QueueEntry & { name: string } => ({
  urgency: 'within_week',
  preferredTimes: [],
  createdAt: new Date(now.getTime() - 3_600_000),
  ...over,
});

describe('the call-back queue order', () => {
  it('puts urgency first, then the soonest callable, then the oldest', () => {
    const queue = [
      entry({ name: 'week, old', createdAt: new Date('2025-06-01T10:00:00Z') }),
      entry({ name: 'today, window tomorrow', urgency: 'today', preferredTimes: [{ from: h(24), to: h(25) }] }),
      entry({ name: 'two days, any time', urgency: 'within_2_days' }),
      entry({ name: 'today, any time, newer', urgency: 'today', createdAt: new Date(now.getTime() - 60_000) }),
      entry({ name: 'today, any time, older', urgency: 'today', createdAt: new Date(now.getTime() - 7_200_000) }),
      entry({ name: 'today, window in 2 h', urgency: 'today', preferredTimes: [{ from: h(2), to: h(3) }] }),
    ];
    expect(queue.sort(compareQueue(now)).map((e) => e.name)).toEqual([
      'today, any time, older',
      'today, any time, newer',
      'today, window in 2 h',
      'today, window tomorrow',
      'two days, any time',
      'week, old',
    ]);
  });

  it('treats a window that has begun as callable now, and ignores windows that are over', () => {
    expect(callableFrom([{ from: h(-1), to: h(1) }], now)).toBe(now.getTime());
    expect(callableFrom([{ from: h(-3), to: h(-2) }, { from: h(5), to: h(6) }], now)).toBe(Date.parse(h(5)));
    expect(callableFrom([{ from: h(-3), to: h(-2) }], now)).toBe(now.getTime());
  });
});

describe('preferred times', () => {
  it('accepts future windows and one that has begun', () => {
    expect(preferredTimesProblem([{ from: h(1), to: h(2) }, { from: h(-1), to: h(1) }], now)).toBeNull();
  });
  it.each([
    ['ends before it starts', { from: h(2), to: h(1) }],
    ['is over', { from: h(-2), to: h(-1) }],
    ['is not a time', { from: 'soon', to: h(1) }],
  ])('refuses a window that %s', (_name, window) => {
    expect(preferredTimesProblem([window], now)).toBe('PREFERRED_TIME_INVALID');
  });
});

describe('call-back states', () => {
  const table: [CallbackAction, CallbackStatus, boolean][] = [
    ['claim', 'requested', true],
    ['claim', 'no_answer', true],
    ['claim', 'claimed', false],
    ['claim', 'called_back', false],
    ['claim', 'cancelled', false],
    ['complete', 'claimed', true],
    ['complete', 'requested', false],
    ['no_answer', 'claimed', true],
    ['no_answer', 'no_answer', false],
    ['cancel', 'requested', true],
    ['cancel', 'claimed', true],
    ['cancel', 'no_answer', true],
    ['cancel', 'called_back', false],
    ['cancel', 'cancelled', false],
  ];
  it.each(table)('%s from %s → %s', (action, status, allowed) => {
    expect(canApply(action, status)).toBe(allowed);
  });
});

describe('Norwegian phone numbers', () => {
  it.each([
    ['91234567', '91234567'],
    ['912 34 567', '91234567'],
    ['+47 912 34 567', '91234567'],
    ['0047 33 12 34 56', '33123456'],
    ['22-33-44-55', '22334455'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseNorwegianPhone(input)).toBe(expected);
  });
  it.each(['1234567', '123456789', '01234567', '12345678', '+46 912 34 567', 'ring meg', ''])('refuses %s', (input) => {
    expect(normaliseNorwegianPhone(input)).toBeNull();
  });
});

describe('checklist versions', () => {
  it('trims items and drops blank ones', () => {
    expect(normaliseChecklistItems([{ text_nb: ' Spør kort ', text_en: ' Ask briefly ' }, { text_nb: ' ', text_en: '' }])).toEqual({
      items: [{ text_nb: 'Spør kort', text_en: 'Ask briefly' }],
    });
  });
  it('refuses an empty list, an item in one language only, and too much text', () => {
    expect(normaliseChecklistItems([])).toEqual({ problem: 'CHECKLIST_EMPTY' });
    expect(normaliseChecklistItems([{ text_nb: 'Bare norsk', text_en: '' }])).toEqual({ problem: 'CHECKLIST_EMPTY' });
    expect(normaliseChecklistItems([{ text_nb: 'x'.repeat(501), text_en: 'y' }])).toEqual({ problem: 'CHECKLIST_TOO_LONG' });
    expect(normaliseChecklistItems(Array.from({ length: 31 }, () => ({ text_nb: 'a', text_en: 'b' })))).toEqual({ problem: 'CHECKLIST_TOO_LONG' });
  });
});
