import { describe, expect, it } from 'vitest';
import { meetingContributions, type MeetingRecord } from './meeting-facts.js';
import { at, kpiFrom } from './test-helpers.js';

const GP = '00000000-0000-4000-8000-000000000003';

function meeting(extra: Partial<MeetingRecord>): MeetingRecord {
  return { kind: 'dm2', status: 'completed', startsAt: at('2025-02-12'), heldOn: null, placeKind: 'nav_office', gpInvited: true, gpTookPart: null, gpPersonId: GP, gpAttended: true, gpLastMinutes: null, ...extra };
}

/**
 * Eight NAV meetings in February: six held (one cancelled, one only invited so far), plus two
 * meetings 1 the employer registered (GP took part in one).
 */
const meetings: MeetingRecord[] = [
  meeting({ placeKind: 'gp_office', gpLastMinutes: 15 }),
  meeting({ placeKind: 'gp_office' }),
  meeting({ gpLastMinutes: 20, placeKind: 'video' }),
  meeting({ gpAttended: false }),
  meeting({ gpInvited: false, gpAttended: null }),
  meeting({ kind: 'dm3', status: 'closed', gpAttended: true }),
  meeting({ status: 'cancelled' }),
  meeting({ status: 'invited' }),
  meeting({ kind: 'dm1', status: 'completed', heldOn: '2025-02-05', gpTookPart: true, gpInvited: null, gpAttended: null }),
  meeting({ kind: 'dm1', status: 'completed', heldOn: '2025-02-06', gpTookPart: false, gpInvited: null, gpAttended: null }),
];
const c = meetings.flatMap(meetingContributions);

describe('dialogue-meeting KPIs', () => {
  it('GP invited: of the six held NAV meetings, five invited the GP', () => {
    // 5 / 6 = 83.3 %.
    expect(kpiFrom('meetings_gp_invited', c).value).toBe(83.3);
  });

  it('GP attended: of the five invitations and two registered meetings 1, the GP took part in five', () => {
    // NAV meetings with the GP invited: attended in 4 of 5; meeting 1: 1 of 2 → 5 / 7 = 71.4 %.
    const k = kpiFrom('meetings_gp_attended', c);
    expect(k.basis).toBe(7);
    expect(k.value).toBe(71.4);
  });

  it('at the GP office: two of the six held NAV meetings', () => {
    // 2 / 6 = 33.3 %.
    expect(kpiFrom('meetings_at_gp_office', c).value).toBe(33.3);
  });

  it('partial attendance: of the four meetings the GP attended, two for the last minutes only', () => {
    // Four attended is under five persons: the share is hidden, the basis shown as "<5".
    const k = kpiFrom('meetings_gp_partial', c);
    expect(k.basis).toBe('<5');
    expect(k.value).toBeNull();
    // With a fifth attended meeting (full), 2 / 5 = 40 %.
    const more = [...meetings, meeting({})].flatMap(meetingContributions);
    expect(kpiFrom('meetings_gp_partial', more).value).toBe(40);
  });

  it("counts the GP's own invitations for the GP's figures", () => {
    // Five NAV meetings invited the GP (all this GP), attended four → 80 %.
    expect(kpiFrom('gp_meeting_attended', c.filter((x) => x.gpPersonId === GP)).value).toBe(80);
  });
});
