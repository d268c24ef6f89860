import { describe, expect, it } from 'vitest';
import { checkComposition, compositionProblem, honorariumNok, SUFF_RULES, type CompositionMember } from './composition.js';

const TODAY = '2025-03-01';

let next = 0;
function member(represents: string, extra: Partial<CompositionMember> = {}): CompositionMember {
  next += 1;
  return { id: `m${next}`, name: `Medlem ${next}`, represents, region: null, role: 'member', termStart: '2024-01-01', termEnd: '2025-12-31', ...extra };
}

const fullSuff = () => [
  ...['Nord', 'Sør', 'Øst', 'Vest', 'Midt'].map((region) => member('gp', { region })),
  member('hospital', { termEnd: null }),
  member('hospital', { termEnd: null }),
  member('municipal_physician', { termEnd: null }),
  member('municipal_physician', { termEnd: null }),
];

describe('checkComposition (SUFF: 5 GPs one per region for two years, 2 hospital, 2 municipal physicians)', () => {
  it('is met when every seat is filled by a current member', () => {
    const check = checkComposition(SUFF_RULES, fullSuff(), TODAY);
    expect(check.ok).toBe(true);
    expect(check.rules.map((r) => [r.key, r.wanted, r.filled, r.vacancies])).toEqual([
      ['gp', 5, 5, 0],
      ['hospital', 2, 2, 0],
      ['municipal', 2, 2, 0],
    ]);
  });

  it('shows a vacancy when a term has ended', () => {
    const members = fullSuff();
    members[0] = { ...members[0]!, termEnd: '2025-02-28' };
    const check = checkComposition(SUFF_RULES, members, TODAY);
    expect(check.ok).toBe(false);
    expect(check.rules[0]).toMatchObject({ key: 'gp', filled: 4, vacancies: 1, ok: false });
  });

  it('counts two GPs from the same region as one seat and one excess', () => {
    const members = fullSuff();
    members[1] = { ...members[1]!, region: 'Nord' };
    const gp = checkComposition(SUFF_RULES, members, TODAY).rules[0]!;
    expect(gp).toMatchObject({ filled: 4, vacancies: 1, excess: 1, ok: false });
  });

  it('does not let a deputy fill a seat', () => {
    const members = fullSuff().filter((m) => m.represents !== 'hospital');
    members.push(member('hospital', { role: 'deputy', termEnd: null }), member('hospital', { termEnd: null }));
    expect(checkComposition(SUFF_RULES, members, TODAY).rules[1]).toMatchObject({ filled: 1, vacancies: 1, ok: false });
  });

  it('flags a GP whose term is longer than two years, or open-ended', () => {
    const members = fullSuff();
    members[2] = { ...members[2]!, termStart: '2023-01-01', termEnd: '2026-01-01' };
    members[3] = { ...members[3]!, termEnd: null };
    const gp = checkComposition(SUFF_RULES, members, TODAY).rules[0]!;
    expect(gp.termTooLong).toEqual([members[2]!.id, members[3]!.id]);
    expect(gp.ok).toBe(false);
  });

  it('accepts a term ending on its second anniversary', () => {
    const members = fullSuff();
    members[0] = { ...members[0]!, termStart: '2024-01-01', termEnd: '2026-01-01' };
    expect(checkComposition(SUFF_RULES, members, TODAY).rules[0]!.termTooLong).toEqual([]);
  });

  it('lists terms ending within 90 days, soonest first, and not those ended or later', () => {
    const members = fullSuff();
    members[0] = { ...members[0]!, termEnd: '2025-05-30' }; // 90 days
    members[1] = { ...members[1]!, termEnd: '2025-03-01' }; // today
    members[2] = { ...members[2]!, termEnd: '2025-05-31' }; // 91 days
    members[3] = { ...members[3]!, termEnd: '2025-02-28' }; // ended
    const ending = checkComposition(SUFF_RULES, members, TODAY).termsEnding;
    expect(ending.map((e) => e.memberId)).toEqual([members[1]!.id, members[0]!.id]);
  });

  it('does not count a member whose term has not started yet', () => {
    const members = fullSuff();
    members[5] = { ...members[5]!, termStart: '2025-04-01' };
    expect(checkComposition(SUFF_RULES, members, TODAY).rules[1]).toMatchObject({ filled: 1, vacancies: 1 });
  });

  it('shows members matching no rule without failing the rules', () => {
    const members = [...fullSuff(), member('user_representative')];
    const check = checkComposition(SUFF_RULES, members, TODAY);
    expect(check.unmatched).toEqual([members[9]!.id]);
    expect(check.ok).toBe(true);
  });

  it('reports every seat vacant for an empty body', () => {
    const check = checkComposition(SUFF_RULES, [], TODAY);
    expect(check.rules.map((r) => r.vacancies)).toEqual([5, 2, 2]);
    expect(check.ok).toBe(false);
  });
});

describe('compositionProblem', () => {
  it('accepts the SUFF rules and no rules', () => {
    expect(compositionProblem(SUFF_RULES)).toBeNull();
    expect(compositionProblem([])).toBeNull();
  });

  it.each([
    ['a duplicate key', [SUFF_RULES[0]!, SUFF_RULES[0]!]],
    ['no seats', [{ ...SUFF_RULES[1]!, count: 0 }]],
    ['an empty represents', [{ ...SUFF_RULES[1]!, represents: ' ' }]],
    ['a bad key', [{ ...SUFF_RULES[1]!, key: 'Sykehus!' }]],
    ['a term of 11 years', [{ ...SUFF_RULES[1]!, termYears: 11 }]],
    ['a missing English name', [{ ...SUFF_RULES[1]!, en: '' }]],
  ])('refuses %s', (_what, rules) => {
    expect(compositionProblem(rules)).not.toBeNull();
  });
});

describe('honorariumNok', () => {
  it('pays the percentage of the base rate for the hours, in whole kroner', () => {
    expect(honorariumNok(3, 89, 1000)).toBe(2670);
    expect(honorariumNok(1.5, 89, 1234.5)).toBe(1648);
  });

  it('pays nothing it cannot compute when no base rate is set', () => {
    expect(honorariumNok(3, 89, null)).toBeNull();
  });
});
