import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { arenaCalendar, sessionUid, type CalendarSession } from './calendar-ics.js';
import { COURSE_EVALUATION_V1, evaluationSummary } from './evaluation-template.js';
import { validateTemplate, submitValues } from '../../forms/domain/index.js';

const session = (id: string, start: string, cancelled = false): CalendarSession => ({
  sessionId: id,
  summary: 'Smågruppe sykefravær',
  description: 'Samling',
  location: 'NAV Larvik, møterom 2',
  startsAt: new Date(start),
  endsAt: new Date(new Date(start).getTime() + 90 * 60_000),
  cancelled,
  url: 'https://samhandling.example/moteplasser/a',
});

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('arena calendar files', () => {
  const now = new Date('2026-01-02T10:00:00Z');

  it('writes each session in Oslo time with a stable UID, summer time included', () => {
    const ics = arenaCalendar([session('s1', '2026-03-04T17:00:00Z'), session('s2', '2026-04-01T16:00:00Z')], now, 'Smågruppe');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('DTSTART;TZID=Europe/Oslo:20260304T180000');
    expect(ics).toContain('DTSTART;TZID=Europe/Oslo:20260401T180000');
    const parsed = events(ics);
    expect(parsed.map((e) => e.uid)).toEqual([sessionUid('s1'), sessionUid('s2')]);
    expect(parsed[1]!.startDate.toJSDate().toISOString()).toBe('2026-04-01T16:00:00.000Z');
  });

  it('marks a cancelled session CANCELLED with a higher sequence, and a file of only cancelled sessions METHOD:CANCEL', () => {
    const mixed = arenaCalendar([session('s1', '2026-03-04T17:00:00Z'), session('s2', '2026-04-01T16:00:00Z', true)], now);
    expect(mixed).toContain('METHOD:PUBLISH');
    const [, cancelled] = events(mixed);
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.sequence).toBe(1);
    expect(arenaCalendar([session('s2', '2026-04-01T16:00:00Z', true)], now)).toContain('METHOD:CANCEL');
  });
});

describe('course evaluation template', () => {
  it('is a valid form template for the engine', () => {
    expect(validateTemplate(COURSE_EVALUATION_V1)).toEqual([]);
  });

  it('refuses incomplete answers and accepts whole ones', () => {
    expect(submitValues(COURSE_EVALUATION_V1, { useful: 5 }).ok).toBe(false);
    expect(submitValues(COURSE_EVALUATION_V1, { useful: 5, acquainted: 4, collaboration: 4, nextYearTopics: 'AAP' }).ok).toBe(true);
  });

  it('turns the topics for next year into one list, most asked-for first', () => {
    const summary = evaluationSummary([
      { useful: 5, acquainted: 4, collaboration: 3, format: 'yes', nextYearTopics: 'Arbeidsavklaringspenger\n- Graderte sykmeldinger' },
      { useful: 4, acquainted: 4, collaboration: 5, format: 'yes', nextYearTopics: 'graderte  sykmeldinger; Tilrettelegging', best: 'Bordplanen' },
      { useful: 3, acquainted: 2, collaboration: 4 },
    ]);
    expect(summary.answers).toBe(3);
    expect(summary.averages).toEqual({ useful: 4, acquainted: 3.3, collaboration: 4 });
    expect(summary.choices.format).toEqual({ yes: 2 });
    expect(summary.nextYearTopics).toEqual([
      { topic: 'Graderte sykmeldinger', count: 2 },
      { topic: 'Arbeidsavklaringspenger', count: 1 },
      { topic: 'Tilrettelegging', count: 1 },
    ]);
    expect(summary.comments.best).toEqual(['Bordplanen']);
  });
});
