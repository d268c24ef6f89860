import { describe, expect, it } from 'vitest';
import { agendaMinutes, agendaProblem, DEFAULT_SERIES_AGENDA, sessionAgenda, withNavMeasures } from './agenda.js';
import { inArea, normaliseArea } from './area.js';
import { courseSettings, seriesSettings } from './settings.js';

describe('small-group agenda', () => {
  it('fills 90 minutes with a talk, questions, anonymised cases and NAV\'s measures', () => {
    expect(agendaMinutes(DEFAULT_SERIES_AGENDA)).toBe(90);
    expect(DEFAULT_SERIES_AGENDA.map((i) => i.kind)).toEqual(['talk', 'questions', 'cases', 'nav_measures']);
  });

  it('always keeps NAV\'s measures as a standing item', () => {
    expect(withNavMeasures([{ kind: 'talk', title: 'Innlegg', minutes: 30 }]).at(-1)?.kind).toBe('nav_measures');
    expect(agendaProblem([{ kind: 'talk', title: 'Innlegg', minutes: 30 }], 90, true)).toBe('ARENA_NAV_MEASURES_REQUIRED');
    expect(agendaProblem([{ kind: 'talk', title: 'Innlegg', minutes: 30 }], 90, false)).toBeNull();
  });

  it('refuses an agenda longer than the session', () => {
    expect(agendaProblem(DEFAULT_SERIES_AGENDA, 60, true)).toBe('ARENA_AGENDA_TOO_LONG');
  });

  it('gives the guests a slot in turn, taken from the cases so the session keeps its length', () => {
    const guests = [{ name: 'Kari', organisation: 'Jobbmestringssenteret', topic: 'Jobbmestring' }, { name: 'AiR' }];
    const first = sessionAgenda(DEFAULT_SERIES_AGENDA, guests, 1);
    expect(first.find((i) => i.kind === 'guest')).toEqual({ kind: 'guest', title: 'Jobbmestring', minutes: 15, by: 'Kari (Jobbmestringssenteret)' });
    expect(agendaMinutes(first)).toBe(90);
    expect(sessionAgenda(DEFAULT_SERIES_AGENDA, guests, 2).find((i) => i.kind === 'guest')?.by).toBe('AiR');
    expect(sessionAgenda(DEFAULT_SERIES_AGENDA, [], 1)).toEqual(DEFAULT_SERIES_AGENDA);
  });
});

describe('area and settings', () => {
  it('takes the county from the first municipality unless given, and refuses bad numbers', () => {
    expect(normaliseArea(['3107', '3107', '3105'])).toEqual({ ok: true, municipalities: ['3107', '3105'], county: '31' });
    expect(normaliseArea([], '34')).toEqual({ ok: true, municipalities: [], county: '34' });
    expect(normaliseArea(['31070'])).toEqual({ ok: false });
    expect(normaliseArea([])).toEqual({ ok: false });
  });

  it('puts someone in the area by municipality, or by county when the arena names none', () => {
    expect(inArea({ municipality_numbers: ['3107'], county_number: '31' }, '3107')).toBe(true);
    expect(inArea({ municipality_numbers: ['3107'], county_number: '31' }, '3105')).toBe(false);
    expect(inArea({ municipality_numbers: [], county_number: '34' }, '3411')).toBe(true);
    expect(inArea({ municipality_numbers: [], county_number: '34' }, null)).toBe(false);
  });

  it('reads settings with their defaults', () => {
    expect(seriesSettings({})).toMatchObject({ holidays: 'move', fee: { code: '14', rateNok: 909, unitMinutes: 30 }, reminderHours: 48 });
    expect(courseSettings({ approval: { status: 'approved', by: 'Dnlf' } })).toMatchObject({ gpPriority: true, allocation: 'first_come', approval: { status: 'approved', by: 'Dnlf' }, overnightStay: false });
  });
});

describe('proposals in the agenda', () => {
  it('takes a topic\'s minutes from the cases and keeps NAV\'s measures last', async () => {
    const { withProposal } = await import('./agenda.js');
    const agenda = withProposal(DEFAULT_SERIES_AGENDA, { kind: 'talk', title: 'AiR', minutes: 10, by: 'Veileder' });
    expect(agendaMinutes(agenda)).toBe(90);
    expect(agenda.find((i) => i.kind === 'cases')?.minutes).toBe(30);
    expect(agenda.at(-1)?.kind).toBe('nav_measures');
    expect(agenda.at(-2)?.title).toBe('AiR');
  });
});
