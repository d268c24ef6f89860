import { describe, expect, it } from 'vitest';
import { caseContributions, dueDay, earlyMeetingContributions, noteContributions, type CaseRecord } from './sickleave-facts.js';
import { at, kpiFrom } from './test-helpers.js';

const GP = '00000000-0000-4000-8000-000000000002';
const asOfDay = '2025-12-31';

/** A case starting 2025-01-06 (a Monday) lasting `weeks` weeks, with events on given days. */
function sickCase(weeks: number, events: CaseRecord['events'] = {}, firstDay = '2025-01-06'): CaseRecord {
  return { firstDay, lastDay: dueDay(firstDay, weeks), gpPersonId: GP, events };
}

describe('sick-leave follow-up KPIs', () => {
  it('counts a milestone in the month it fell due, for cases that lasted to it', () => {
    expect(dueDay('2025-01-06', 4)).toBe('2025-02-03');
    expect(dueDay('2025-01-06', 7)).toBe('2025-02-24');
    expect(dueDay('2025-01-06', 26)).toBe('2025-07-07');
  });

  it('follow-up plan by week 4: received on or before the week-4 day', () => {
    // Six cases last to week 4 (one more ends in week 3 and does not count). Plans on the due day
    // (met), two days early (met), three days late (not met), none (not met) ×2, and early → 3 of 6 = 50 %.
    const cases = [
      sickCase(10, { follow_up_plan_received: '2025-02-03' }),
      sickCase(10, { follow_up_plan_received: '2025-02-01' }),
      sickCase(10, { follow_up_plan_received: '2025-02-06' }),
      sickCase(10),
      sickCase(4),
      sickCase(5, { follow_up_plan_received: '2025-01-20' }),
      sickCase(3),
    ];
    const k = kpiFrom('plan_by_week_4', cases.flatMap((c) => caseContributions(c, asOfDay)));
    expect(k.basis).toBe(6);
    expect(k.value).toBe(50);
    // All due in February (the second bucket).
    expect(k.trend[1]!.basis).toBe(6);
  });

  it('meeting 1 by week 7 and meeting 2 by week 26, the exception counting for meeting 2', () => {
    const cases = [
      sickCase(30, { dialogue_meeting_1_held: '2025-02-20', dialogue_meeting_2_held: '2025-07-01' }),
      sickCase(30, { dialogue_meeting_1_held: '2025-02-24', dialogue_meeting_2_not_needed: '2025-06-01' }),
      sickCase(30, { dialogue_meeting_1_held: '2025-03-03', dialogue_meeting_2_held: '2025-07-08' }),
      sickCase(30, { dialogue_meeting_2_held: '2025-05-05' }),
      sickCase(30),
      sickCase(8, { dialogue_meeting_1_held: '2025-02-10' }),
    ];
    const c = cases.flatMap((x) => caseContributions(x, asOfDay));
    // Week 7 (24 Feb): six cases lasted; met by the first, second and sixth → 3 of 6 = 50 %.
    expect(kpiFrom('meeting_1_by_week_7', c).value).toBe(50);
    // Week 26 (7 July): five cases lasted; held 1 July, exception 1 June, held 5 May → 3 of 5 = 60 %
    // (held 8 July is a day late).
    const m2 = kpiFrom('meeting_2_by_week_26', c, { from: '2025-01', to: '2025-12' });
    expect(m2.basis).toBe(5);
    expect(m2.value).toBe(60);
  });

  it('a milestone not yet due is not counted', () => {
    expect(caseContributions(sickCase(30), '2025-02-02')).toEqual([]);
  });

  it('early-meeting requests: done by the end of the deadline day; open past it counts as late; cancelled not at all', () => {
    const tasks = [
      { dueOn: '2025-03-10', doneAt: at('2025-03-10', 15), status: 'done' as const },
      { dueOn: '2025-03-10', doneAt: at('2025-03-05'), status: 'done' as const },
      { dueOn: '2025-03-10', doneAt: at('2025-03-12'), status: 'done' as const },
      { dueOn: '2025-03-10', doneAt: null, status: 'open' as const },
      { dueOn: '2025-03-10', doneAt: at('2025-03-07'), status: 'done' as const },
      { dueOn: '2025-03-10', doneAt: null, status: 'cancelled' as const },
      { dueOn: '2026-01-10', doneAt: null, status: 'open' as const },
    ];
    // Five decided: 3 in time → 60 %.
    const k = kpiFrom('early_meeting_in_time', tasks.flatMap((t) => earlyMeetingContributions(t, asOfDay)));
    expect(k.basis).toBe(5);
    expect(k.value).toBe(60);
  });

  it("time to NAV's first look: median and 90th percentile of the opened notes", () => {
    // Opened after 2 h, 3 h, 6 h, 1 day, 1 day, 2 days, 4 days; one never opened.
    const issued = at('2025-01-15', 8);
    const hours = [2, 3, 6, 24, 24, 48, 96];
    const notes = [...hours.map((h) => ({ issuedAt: issued, navFirstOpenedAt: new Date(issued.getTime() + h * 3_600_000) })), { issuedAt: issued, navFirstOpenedAt: null }];
    const c = notes.flatMap(noteContributions);
    // Seven opened: median rank 4 → 24 h = 1 day; p90 rank ceil(6.3) = 7 → 96 h = 4 days.
    expect(kpiFrom('nav_first_look_median', c).value).toBe(1);
    expect(kpiFrom('nav_first_look_p90', c).value).toBe(4);
    expect(kpiFrom('nav_first_look_median', c).basis).toBe(7);
  });

  it("counts the milestones of the GP's own cases for the GP's figures", () => {
    const cases = [sickCase(30, { follow_up_plan_received: '2025-01-30', dialogue_meeting_1_held: '2025-02-20', dialogue_meeting_2_held: '2025-07-01' }), sickCase(30)];
    // Two cases × three milestones = 6; the first met all three → 3 of 6 = 50 %.
    const k = kpiFrom('gp_milestones', cases.flatMap((c) => caseContributions(c, asOfDay)).filter((c) => c.gpPersonId === GP), { from: '2025-01', to: '2025-12' });
    expect(k.basis).toBe(6);
    expect(k.value).toBe(50);
  });
});
