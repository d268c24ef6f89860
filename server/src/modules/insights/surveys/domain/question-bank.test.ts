import { describe, expect, it } from 'vitest';
import { BASELINES, findBaseline } from '../../baselines.js';
import { ANSWER_SCALES, SURVEY_AUDIENCES, SURVEY_QUESTIONS } from './question-bank.js';

describe('report 001 as data', () => {
  it('has every baseline once, as a share between 0 and 100', () => {
    expect(new Set(BASELINES.map((b) => b.key)).size).toBe(BASELINES.length);
    for (const b of BASELINES) expect(b.valuePercent, b.key).toBeGreaterThanOrEqual(0);
    for (const b of BASELINES) expect(b.valuePercent, b.key).toBeLessThanOrEqual(100);
  });

  it("keeps the report's headline figures (domain.md §7)", () => {
    expect(findBaseline('r001.gps.nav_info_timely')?.valuePercent).toBe(35);
    expect(findBaseline('r001.gps.nav_info_sufficient')?.valuePercent).toBe(28);
    expect(findBaseline('r001.gps.nav_info_relevant')?.valuePercent).toBe(33);
    expect(findBaseline('r001.gps.barrier.gp_capacity')?.valuePercent).toBe(41);
    expect(findBaseline('r001.nav_advisers.barrier.gp_capacity')?.valuePercent).toBe(56);
    expect(findBaseline('r001.measure.share_phone_numbers.feasible')?.valuePercent).toBe(73);
  });

  it('links every question to baselines that exist, and words it for both audiences', () => {
    expect(new Set(SURVEY_QUESTIONS.map((q) => q.key)).size).toBe(SURVEY_QUESTIONS.length);
    for (const q of SURVEY_QUESTIONS) {
      for (const audience of SURVEY_AUDIENCES) expect(q.wording[audience]?.nb, `${q.key} ${audience}`).toBeTruthy();
      for (const key of Object.values(q.baselineKeys)) expect(findBaseline(key), `${q.key} → ${key}`).toBeDefined();
    }
  });

  it("uses the report's answer scales, with the options the report adds up among them", () => {
    expect(ANSWER_SCALES.frequency.options.map((o) => o.text.nb)).toEqual(['Svært ofte', 'Ofte', 'Av og til', 'Sjelden', 'Aldri', 'Vet ikke']);
    for (const scale of Object.values(ANSWER_SCALES)) {
      for (const option of scale.reportedShareOptions) expect(scale.options.map((o) => o.value)).toContain(option);
    }
  });
});
