import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildEvaluation } from './evaluation.js';
import { CSV_COLUMNS, csvField, evaluationCsv } from './evaluation-csv.js';

const evaluation = buildEvaluation({
  teams: [{ id: 't1', name: 'Team "Sør"; Larvik', kind: 'work_focus', trialSite: 'Larvik' }],
  counts: [
    { teamId: 't1', dimension: 'referral_status', value: 'accepted', n: 7 },
    { teamId: 't1', dimension: 'referral_status', value: 'declined', n: 2 },
  ],
  histograms: [{ teamId: 't1', stat: 'waiting_days', x: 5, n: 7 }],
  navOffices: [],
  period: { from: '2026-01-01', to: null },
  scope: 'all',
});

describe('evaluation CSV', () => {
  it('quotes what needs quoting (RFC 4180) and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('starts with a byte order mark, ends lines with CRLF, and reads back with a CSV parser', () => {
    const csv = evaluationCsv(evaluation, 'nb');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const team = rows.filter((r) => r.level === 'team');
    expect(team[0]!.group).toBe('Team "Sør"; Larvik');
    const cell = (measure: string, category: string) => team.find((r) => r.measure === measure && r.category === category)!.value;
    expect(cell('referrals', 'all')).toBe('9');
    expect(cell('referral_status', 'declined')).toBe('<5');
    // 9 − 7 would give the 2 away: the 7 is hidden as well.
    expect(cell('referral_status', 'accepted')).toBe('x');
    expect(cell('waiting_days', 'median')).toBe('5');
    expect(cell('sessions_per_course_stat', 'median')).toBe('');
    expect(team.find((r) => r.measure === 'referral_status')!.measure_label).toBe('Henvisninger etter status');
  });

  it('labels in English when asked', () => {
    const rows = parse(evaluationCsv(evaluation, 'en'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.measure === 'referral_status' && r.category === 'declined')!.category_label).toBe('Declined');
  });

  it('has only aggregated rows: one per group, measure and category', () => {
    const rows = parse(evaluationCsv(evaluation, 'nb'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const keys = rows.map((r) => `${r.level}|${r.group}|${r.measure}|${r.category}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['total', 'trial_site', 'team']));
  });
});
