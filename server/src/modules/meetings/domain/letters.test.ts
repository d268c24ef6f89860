import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES, type ParticipantRole } from './kinds.js';
import { type LetterFacts, type MinutesContent, cancellationLetter, changeLetter, invitationLetter, letterText, minutesLetter } from './letters.js';

const base: Omit<LetterFacts, 'recipient'> = {
  kind: 'dm2',
  navOfficeName: 'NAV Grünerløkka',
  adviserName: 'Nora Veileder',
  adviserPhone: '55 55 33 33',
  personName: 'Kari Nordmann',
  employerName: 'Bakeriet Ærlig AS',
  startsAt: new Date('2026-12-10T08:00:00Z'), // 09.00 in Oslo (winter)
  durationMinutes: 60,
  place: { kind: 'video', videoUrl: 'https://video.nav.no/rom/abc-123?pin=9876' },
  gpTariff: { code: 'DM', text: 'Deltakelse i dialogmøte, første time', amountNok: 1234 },
};

const to = (role: ParticipantRole, extra: Partial<LetterFacts> = {}): LetterFacts => ({ ...base, ...extra, recipient: { role, name: `Mottaker ${role}` } });
const gp: LetterFacts = { ...base, recipient: { role: 'gp', name: 'Per Lege', part: { kind: 'last_minutes', minutes: 15 } } };

const minutes: MinutesContent = {
  version: 1,
  situation: 'Kari jobber 50 % med tilpassede oppgaver.',
  conclusion: 'Gradert sykmelding fortsetter; arbeidstiden økes til 60 % fra januar.',
  medicalInformation: 'Vedvarende ryggsmerter, henvist til fysioterapeut.',
  tasks: [
    { owner: 'employer', text: 'Skaffe hev-senk-pult', dueOn: '2027-01-15' },
    { owner: 'nav', text: 'Vurdere arbeidsrettet tiltak' },
  ],
  attendance: [
    { name: 'Kari Nordmann', role: 'employee', attended: true },
    { name: 'Ola Leder', role: 'employer', attended: true },
    { name: 'Per Lege', role: 'gp', attended: false },
  ],
  otherParticipants: 'Tillitsvalgt Siri Hansen',
};

const change = { reason: 'Legen kunne ikke på det opprinnelige tidspunktet.', previous: { startsAt: new Date('2026-12-03T08:00:00Z'), place: { kind: 'nav_office' as const } } };

describe('invitation letters', () => {
  it("the employee's letter addresses them directly, with time, place, the full video link and whom to contact", () => {
    const text = letterText(invitationLetter(to('employee')));
    expect(invitationLetter(to('employee')).subject).toBe('Innkalling til dialogmøte 2');
    expect(text).toContain('Du er kalt inn til dialogmøte 2.');
    expect(text).toContain('Tid: torsdag 10. desember 2026 kl. 09.00–10.00');
    expect(text).toContain('Lenke til møtet: https://video.nav.no/rom/abc-123?pin=9876');
    expect(text).toContain('for at du kan komme tilbake i arbeid');
    expect(text).toContain('Tenk gjennom arbeidsoppgavene dine');
    expect(text).toContain('Har du spørsmål, kan du kontakte Nora Veileder ved NAV Grünerløkka på telefon 55 55 33 33.');
    expect(text).not.toMatch(/Takst/);
  });

  it("the GP's letter says their part of the meeting and the tariff with its amount", () => {
    const text = letterText(invitationLetter(gp));
    expect(text).toContain('pasienten din, Kari Nordmann');
    expect(text).toContain('Du er invitert til de siste 15 minuttene, kl. 09.45–10.00.');
    expect(text).toContain('Takst: DM – Deltakelse i dialogmøte, første time');
    expect(text).toMatch(/Beløp: kr 1\s234/u);
    expect(text).toContain('Vurder funksjonsevnen til pasienten');
    expect(text).toContain('diagnoser');
    expect(text).toContain('dialogmelding');
  });

  it("the GP's letter says when they are invited to the whole meeting, and leaves out an unknown amount", () => {
    const text = letterText(invitationLetter({ ...gp, recipient: { role: 'gp', name: 'Per Lege', part: { kind: 'whole' } }, gpTariff: { code: 'DM', text: 'Deltakelse i dialogmøte' } }));
    expect(text).toContain('Du er invitert til hele møtet.');
    expect(text).toContain('Takst: DM – Deltakelse i dialogmøte');
    expect(text).not.toContain('Beløp');
  });

  it('only the GP ever gets the tariff', () => {
    for (const role of PARTICIPANT_ROLES.filter((r) => r !== 'gp')) {
      for (const letter of [invitationLetter(to(role)), cancellationLetter({ ...to(role), reason: 'x' }), minutesLetter({ ...to(role), minutes })]) {
        expect(letterText(letter), role).not.toMatch(/Takst|Deltakelse i dialogmøte|Beløp/);
      }
    }
  });

  it("uses the adviser's own purpose, agenda and preparation instead of the defaults", () => {
    const text = letterText(invitationLetter(to('employer', { purpose: 'Eget formål.', agenda: 'Egen agenda.', preparation: 'Egen forberedelse.' })));
    expect(text).toContain('Formålet med møtet\nEget formål.');
    expect(text).toContain('Dette skal vi snakke om\nEgen agenda.');
    expect(text).toContain('Slik kan du forberede deg\nEgen forberedelse.');
    expect(text).not.toContain('Formålet med møtet er å');
  });

  it('has default texts for every kind, and writes the AAP meeting out in full', () => {
    for (const kind of ['dm2', 'dm3', 'aap'] as const) {
      const text = letterText(invitationLetter(to('other', { kind })));
      expect(text).toContain('Formålet med møtet er å');
      expect(text).toContain('1. Situasjonen nå');
    }
    expect(invitationLetter(to('employee', { kind: 'aap' })).subject).toBe('Innkalling til dialogmøte i første år med arbeidsavklaringspenger');
    expect(letterText(invitationLetter(to('interpreter', { kind: 'dm3' })))).toContain('NAV kaller inn til dialogmøte 3 om Kari Nordmann (arbeidsgiver: Bakeriet Ærlig AS). Du er invitert som tolk.');
  });

  it('writes places out: the office by name, a workplace or other place with its text', () => {
    expect(letterText(invitationLetter(to('employee', { place: { kind: 'nav_office' } })))).toContain('Sted: NAV Grünerløkka');
    expect(letterText(invitationLetter(to('employee', { place: { kind: 'workplace', text: 'Storgata 1, 0155 Oslo' } })))).toContain('Sted: Arbeidsplassen, Storgata 1, 0155 Oslo');
    expect(letterText(invitationLetter(to('employee', { place: { kind: 'gp_office', text: 'Legesenteret Sentrum' } })))).toContain('Sted: Legekontoret, Legesenteret Sentrum');
    expect(letterText(invitationLetter(to('employee', { place: { kind: 'other', text: 'Biblioteket' } })))).toContain('Sted: Biblioteket');
  });

  it.each([
    ['the Sunday summer time starts', '2026-03-29T08:00:00Z', 'søndag 29. mars 2026 kl. 10.00–11.00'],
    ['the day before', '2026-03-28T08:00:00Z', 'lørdag 28. mars 2026 kl. 09.00–10.00'],
    ['the Sunday summer time ends', '2026-10-25T08:00:00Z', 'søndag 25. oktober 2026 kl. 09.00–10.00'],
    ['the day before that', '2026-10-24T08:00:00Z', 'lørdag 24. oktober 2026 kl. 10.00–11.00'],
    ['late on New Year’s Eve in UTC, which is New Year’s Day in Oslo', '2026-12-31T23:30:00Z', 'fredag 1. januar 2027 kl. 00.30–01.30'],
  ])('writes Oslo time on %s', (_, startsAt, expected) => {
    expect(letterText(invitationLetter(to('employee', { startsAt: new Date(startsAt) })))).toContain(`Tid: ${expected}`);
  });

  it("the GP's part is in Oslo time across the change to summer time", () => {
    const text = letterText(invitationLetter({ ...gp, startsAt: new Date('2026-03-29T08:00:00Z'), recipient: { role: 'gp', name: 'Per Lege', part: { kind: 'last_minutes', minutes: 20 } } }));
    expect(text).toContain('Du er invitert til de siste 20 minuttene, kl. 10.40–11.00.');
  });
});

describe('change and cancellation letters', () => {
  it('a change letter gives the new and the previous time and place, and the reason', () => {
    const letter = changeLetter({ ...to('employee'), ...change });
    const text = letterText(letter);
    expect(letter.subject).toBe('Endret tid eller sted for dialogmøte 2');
    expect(text).toContain('NAV har endret tid eller sted for dialogmøte 2 som du er kalt inn til.');
    expect(text).toContain('Ny tid og nytt sted\nTid: torsdag 10. desember 2026 kl. 09.00–10.00');
    expect(text).toContain('Tidligere tid og sted\nTid: torsdag 3. desember 2026 kl. 09.00\nSted: NAV Grünerløkka');
    expect(text).toContain('Årsak til endringen\nLegen kunne ikke på det opprinnelige tidspunktet.');
  });

  it('a cancellation letter names the cancelled meeting, without the link, with the reason', () => {
    const letter = cancellationLetter({ ...to('employee'), reason: 'Veilederen er syk.' });
    const text = letterText(letter);
    expect(letter.subject).toBe('Dialogmøte 2 er avlyst');
    expect(text).toContain('Dialogmøte 2 som du var kalt inn til torsdag 10. desember 2026 kl. 09.00–10.00, er avlyst.');
    expect(text).toContain('Årsak til avlysningen\nVeilederen er syk.');
    expect(text).not.toContain('https://');
  });

  it("the GP's cancellation carries the reduced tariff when the caller passes it", () => {
    const text = letterText(cancellationLetter({ ...gp, reason: 'x', gpTariff: { code: 'DM-AVLYST', text: 'Dialogmøte avlyst med kort varsel', amountNok: 617.5 } }));
    expect(text).toContain('Takst: DM-AVLYST – Dialogmøte avlyst med kort varsel');
    expect(text).toMatch(/Beløp: kr 617,50/);
  });
});

describe('minutes', () => {
  it('lists attendance, situation, medical information, conclusion and tasks with due dates', () => {
    const letter = minutesLetter({ ...gp, minutes });
    const text = letterText(letter);
    expect(letter.subject).toBe('Referat fra dialogmøte 2');
    expect(text).toContain('Kari Nordmann (arbeidstaker): deltok\nOla Leder (arbeidsgiver): deltok\nPer Lege (lege): deltok ikke\nAndre til stede: Tillitsvalgt Siri Hansen');
    expect(text).toContain('Medisinske opplysninger\nVedvarende ryggsmerter');
    expect(text).toContain('– Arbeidsgiver: Skaffe hev-senk-pult (frist 15. januar 2027)\n– NAV: Vurdere arbeidsrettet tiltak');
    expect(text).toContain('Takst: DM');
  });

  it('a corrected version says so, with the reason', () => {
    const letter = minutesLetter({ ...to('employee'), minutes: { ...minutes, version: 2, correctionReason: 'Feil dato for oppgaven.' } });
    expect(letter.subject).toBe('Rettet referat fra dialogmøte 2');
    expect(letterText(letter)).toContain('Dette er versjon 2 av referatet. Det erstatter tidligere versjoner.\nÅrsak til rettingen: Feil dato for oppgaven.');
  });

  it('the person, the GP and NAV read the medical information; interpreters and other participants do not', () => {
    for (const role of ['employee', 'gp', 'advisory_physician', 'nav_adviser'] as const) expect(letterText(minutesLetter({ ...to(role), minutes })), role).toContain('Vedvarende ryggsmerter');
    for (const role of ['employer', 'interpreter', 'other'] as const) expect(letterText(minutesLetter({ ...to(role), minutes })), role).not.toContain('Vedvarende ryggsmerter');
  });
});

describe("the employer's letters", () => {
  // Any text, including ones that look like headings or contain line breaks and æøå.
  const anyText = fc.string({ unit: 'grapheme', maxLength: 80 });

  it('property: no medical information, tariff, reason or correction reason, whatever they say', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (medical, tariffText, reason, correction) => {
        const marked = (s: string) => `⟦${s}⟧`;
        const facts: LetterFacts = { ...to('employer'), gpTariff: { code: marked('KODE'), text: marked(tariffText), amountNok: 987654 } };
        const corrected = { ...minutes, version: 3, medicalInformation: marked(medical), correctionReason: marked(correction) };
        const letters = [
          invitationLetter(facts),
          changeLetter({ ...facts, reason: marked(reason), previous: change.previous }),
          cancellationLetter({ ...facts, reason: marked(reason) }),
          minutesLetter({ ...facts, minutes: corrected }),
        ];
        for (const letter of letters) {
          const text = letterText(letter, { withSubject: true });
          expect(text).not.toContain('⟦');
          expect(text).not.toMatch(/Takst|Beløp|Honorar|Medisinske/);
        }
        // Stronger: the employer's minutes do not depend on the medical text at all.
        expect(minutesLetter({ ...facts, minutes: corrected })).toEqual(minutesLetter({ ...facts, minutes: { ...corrected, medicalInformation: null } }));
      }),
    );
  });

  it('hold only the name, time, place, purpose, agenda, preparation and the contact, not the employer name', () => {
    const letter = invitationLetter(to('employer'));
    expect(letter.sections.map((s) => s.heading)).toEqual([undefined, 'Tid og sted', 'Formålet med møtet', 'Dette skal vi snakke om', 'Slik kan du forberede deg', 'Svar', 'Kontakt']);
    const text = letterText(letter);
    expect(text).toContain('NAV kaller inn til dialogmøte 2 om oppfølgingen av Kari Nordmann. Du er invitert som arbeidsgiver.');
    expect(text).not.toContain('Bakeriet');
    expect(text).toContain('Tenk gjennom arbeidsoppgavene og hvilke tilpasninger arbeidsplassen kan tilby');
  });
});

describe('letterText', () => {
  it('puts headings on their own lines and a blank line between sections', () => {
    const letter = { subject: 'Emne', sections: [{ text: 'Innledning.' }, { heading: 'Overskrift', text: 'Linje 1\nLinje 2' }] };
    expect(letterText(letter)).toBe('Innledning.\n\nOverskrift\nLinje 1\nLinje 2');
    expect(letterText(letter, { withSubject: true })).toBe('Emne\n\nInnledning.\n\nOverskrift\nLinje 1\nLinje 2');
  });
});
