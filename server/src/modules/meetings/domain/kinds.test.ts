import { describe, expect, it } from 'vitest';
import {
  CANCELLATION_CODE,
  CONVENED_KINDS,
  MEETING_2_EXCEPTION_LABELS,
  MEETING_2_EXCEPTION_REASONS,
  MEETING_KIND_LABELS,
  MEETING_REPLIES,
  MEETING_REPLY_LABELS,
  MINUTES_CODE,
  PARTICIPANT_ROLES,
  PARTICIPANT_ROLE_LABELS,
  PLACE_KINDS,
  PLACE_KIND_LABELS,
  changeCode,
  invitationCode,
  replyCode,
  replyFromCode,
} from './kinds.js';

describe('meeting vocabulary', () => {
  it('labels the kinds in bokmål and English', () => {
    expect(MEETING_KIND_LABELS.dm2.nb).toBe('Dialogmøte 2');
    expect(MEETING_KIND_LABELS.dm3.nb).toBe('Dialogmøte 3');
    expect(MEETING_KIND_LABELS.aap.nb).toBe('Dialogmøte i første år med arbeidsavklaringspenger');
    expect(MEETING_KIND_LABELS.dm1.nb).toBe('Dialogmøte 1');
  });

  it('sends meeting 2 as 8125/1 and /2, meeting 3 and the AAP meeting as 8125/3 and /4', () => {
    expect(CONVENED_KINDS.map((k) => [k, invitationCode(k).code, changeCode(k).code])).toEqual([
      ['dm2', 1, 2],
      ['dm3', 3, 4],
      ['aap', 3, 4],
    ]);
    for (const k of CONVENED_KINDS) expect([invitationCode(k).system, changeCode(k).system]).toEqual([8125, 8125]);
  });

  it('cancels with 8127/4 and sends minutes as 8127/9', () => {
    expect(CANCELLATION_CODE).toEqual({ system: 8127, code: 4 });
    expect(MINUTES_CODE).toEqual({ system: 8127, code: 9 });
  });

  it('maps replies to 8126 codes 1/2/3 and back, and knows no other code', () => {
    expect(MEETING_REPLIES.map(replyCode)).toEqual([1, 2, 3]);
    for (const reply of MEETING_REPLIES) expect(replyFromCode(replyCode(reply))).toBe(reply);
    for (const code of [0, 4, -1, 1.5, Number.NaN]) expect(replyFromCode(code)).toBeNull();
  });

  it('has a bokmål and an English label for every role, reply, place kind and exception reason', () => {
    const tables = [
      [PARTICIPANT_ROLES, PARTICIPANT_ROLE_LABELS],
      [MEETING_REPLIES, MEETING_REPLY_LABELS],
      [PLACE_KINDS, PLACE_KIND_LABELS],
      [MEETING_2_EXCEPTION_REASONS, MEETING_2_EXCEPTION_LABELS],
    ] as const;
    for (const [values, labels] of tables) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const label of Object.values(labels) as Array<{ nb: string; en: string }>) {
        expect(label.nb.trim()).not.toBe('');
        expect(label.en.trim()).not.toBe('');
      }
    }
    expect(MEETING_2_EXCEPTION_LABELS.fit_within_28_weeks.nb).toBe('Forventet friskmelding innen 28 uker');
    expect(MEETING_2_EXCEPTION_LABELS.institution.nb).toBe('Innlagt i helseinstitusjon');
  });
});
