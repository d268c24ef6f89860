import { describe, expect, it } from 'vitest';
import { compareWithHistory, invitationCounts, MIN_RESPONDENTS, summariseRound, type AnswerCount, type RoundData } from './results.js';

/** A round where `answers` lists each respondent's answer to info_timely (frequency scale). */
function round(gps: string[], navAdvisers: string[] = []): RoundData {
  const counts: AnswerCount[] = [];
  const add = (audience: 'gps' | 'nav_advisers', list: string[]) => {
    for (const answer of new Set(list)) counts.push({ audience, questionKey: 'info_timely', answer, count: list.filter((a) => a === answer).length });
  };
  add('gps', gps);
  add('nav_advisers', navAdvisers);
  return { questionKeys: ['info_timely'], audiences: ['gps', 'nav_advisers'], respondents: { gps: gps.length, nav_advisers: navAdvisers.length }, counts };
}

describe('the small-group threshold', () => {
  it('is five respondents', () => expect(MIN_RESPONDENTS).toBe(5));

  it('shows nothing for a group of 4: no distribution, no share, no count', () => {
    const [gps] = summariseRound(round(['often', 'often', 'never', 'sometimes']));
    expect(gps).toEqual({ audience: 'gps', suppressed: true, respondents: null, questions: [] });
  });

  it('shows the result for a group of 5', () => {
    const [gps] = summariseRound(round(['very_often', 'often', 'often', 'never', 'dont_know']));
    expect(gps!.suppressed).toBe(false);
    expect(gps!.respondents).toBe(5);
  });

  it('decides per audience: a visible group beside a hidden one', () => {
    const [gps, nav] = summariseRound(round(['often', 'often', 'often', 'often', 'often'], ['never', 'never']));
    expect(gps!.suppressed).toBe(false);
    expect(nav!.suppressed).toBe(true);
  });

  it('hides the total answered when one audience has 1–4, so it cannot be worked out by subtraction', () => {
    const counts = invitationCounts([
      { audience: 'gps', invited: 12, answered: 7 },
      { audience: 'nav_advisers', invited: 9, answered: 4 },
    ]);
    expect(counts).toEqual({
      invited: 21,
      answered: null,
      byAudience: [
        { audience: 'gps', invited: 12, answered: 7 },
        { audience: 'nav_advisers', invited: 9, answered: null },
      ],
    });
    expect(invitationCounts([{ audience: 'gps', invited: 12, answered: 5 }, { audience: 'nav_advisers', invited: 9, answered: 0 }]).answered).toBe(5);
  });
});

describe('aggregation', () => {
  it('counts every option of the scale in its order, with shares of all respondents (Vet ikke included)', () => {
    const [gps] = summariseRound(round(['very_often', 'often', 'often', 'sometimes', 'never', 'dont_know', 'dont_know', 'often']));
    if (gps!.suppressed) throw new Error('expected a result');
    const [question] = gps!.questions;
    expect(question!.distribution).toEqual([
      { option: 'very_often', count: 1, percent: 13 },
      { option: 'often', count: 3, percent: 38 },
      { option: 'sometimes', count: 1, percent: 13 },
      { option: 'rarely', count: 0, percent: 0 },
      { option: 'never', count: 1, percent: 13 },
      { option: 'dont_know', count: 2, percent: 25 },
    ]);
    // The report's figure is "svært ofte eller ofte": 4 of 8.
    expect(question!.reportedSharePercent).toBe(50);
  });

  it("puts the report's figure and earlier rounds beside each share", () => {
    const now = summariseRound(round(['often', 'often', 'never', 'never', 'never']));
    const before = summariseRound(round(['often', 'never', 'never', 'never', 'never', 'never', 'never', 'never', 'never', 'never']));
    const tooFew = summariseRound(round(['often']));
    const [gps] = compareWithHistory(now, [
      { surveyId: 'a', title: 'Vår', closesOn: '2025-06-30', summary: before },
      { surveyId: 'b', title: 'Høst', closesOn: '2025-11-30', summary: tooFew },
    ]);
    if (gps!.suppressed) throw new Error('expected a result');
    const [q] = gps!.questions;
    expect(q!.reportedSharePercent).toBe(40);
    expect(q!.baseline).toMatchObject({ key: 'r001.gps.nav_info_timely', valuePercent: 35, n: 138 });
    expect(q!.earlier).toEqual([
      { surveyId: 'a', title: 'Vår', closesOn: '2025-06-30', sharePercent: 10 },
      { surveyId: 'b', title: 'Høst', closesOn: '2025-11-30', sharePercent: null },
    ]);
  });
});
