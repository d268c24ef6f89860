import { describe, expect, it } from 'vitest';
import { droppedOutText, finalReportUpdateText, goalReachedText, sessionCancelledText, sessionInvitationText, sessionTariff, startedWorkText, tariffHint } from './gp-texts.js';

const DM = { code: 'DM', text_nb: 'Legens deltakelse i dialogmøte (første time)', text_en: 'The GP’s participation in a dialogue meeting (first hour)', amount_nok: '1234.00' };
// 08.00 UTC in March is 09.00 in Oslo.
const START = new Date('2026-03-03T08:00:00Z');

describe('the GP’s short updates', () => {
  it('tells who, when, the GP’s window and the plan at the start, in Oslo time', () => {
    const text = sessionInvitationText({
      kind: 'start',
      personName: 'Kari Nordmann',
      teamName: 'Arbeidsfokus Larvik',
      therapistName: 'Ola Terapeut',
      jobSpecialistName: null,
      startsAt: START,
      durationMinutes: 60,
      placeName: 'Larvik legesenter',
      gpLastMinutes: 15,
      sessionBudget: 10,
      goals: ['Tilbake i 60 % innen mai'],
    });
    expect(text.title.nb).toBe('Oppstartssamtale: Kari Nordmann');
    expect(text.body.nb).toBe(
      [
        'Hvem: Ola Terapeut (kognitiv terapeut), Arbeidsfokus Larvik.',
        'Når: tirsdag 3. mars 2026 kl. 09.00–10.00, Larvik legesenter.',
        'Du er invitert til de siste 15 minuttene, kl. 09.45–10.00.',
        'Plan: inntil 10 samtaler, med hjelp til helse og arbeid samtidig.',
        'Mål: Tilbake i 60 % innen mai.',
      ].join('\n'),
    );
    expect(text.body.en).toContain('When: Tuesday 3 March 2026, 09:00–10:00, Larvik legesenter.');
  });

  it('says so when the GP is not invited, and what the end session covers', () => {
    const text = sessionInvitationText({ kind: 'end', personName: 'Kari', teamName: 'T', therapistName: null, jobSpecialistName: 'Per Jobb', startsAt: START, durationMinutes: 45, placeName: null, gpLastMinutes: null, sessionBudget: 10, goals: [] });
    expect(text.title.nb).toBe('Avslutningssamtale: Kari');
    expect(text.body.nb).toContain('Du er ikke invitert til denne samtalen.');
    expect(text.body.nb).toContain('Per Jobb (jobbspesialist), T.');
    expect(text.body.nb).toContain('sluttrapporten');
  });

  it('suggests the dialogue-meeting tariff with its amount for the GP’s part, and without one when none is set', () => {
    expect(tariffHint(DM, 15).nb).toBe('Forslag til takst for din del (de siste 15 minuttene): DM – Legens deltakelse i dialogmøte (første time), kr 1\u00a0234. Gjelder når du har deltatt.');
    expect(tariffHint({ ...DM, amount_nok: null }, 15).nb).not.toContain('kr');
    expect(tariffHint(null, 20).en).toContain('the last 20 minutes): DM.');
  });

  it('suggests DM for a session the GP took part in, by the meetings module’s rule, and nothing otherwise', () => {
    const held = { gpLastMinutes: 15, status: 'held' as const, attendees: ['participant', 'therapist', 'gp'] as const, startsAt: START };
    expect(sessionTariff({ ...held, attendees: [...held.attendees] })).toEqual({ code: 'DM', reason: 'attended' });
    expect(sessionTariff({ ...held, attendees: ['participant'] })).toEqual({ code: null, reason: 'not_attended' });
    expect(sessionTariff({ ...held, attendees: [], status: 'booked' })).toEqual({ code: null, reason: 'not_attended' });
    expect(sessionTariff({ ...held, attendees: [], gpLastMinutes: null })).toEqual({ code: null, reason: 'not_invited' });
    expect(sessionTariff({ ...held, attendees: [], status: 'cancelled' }).code).toBeNull();
  });

  it('tells a start in work, a goal reached, a drop-out and a cancellation in one short screen each', () => {
    expect(startedWorkText({ personName: 'Kari', from: 'sick_listed_full', to: 'working_graded', on: START }).title.nb).toBe('Kari har begynt i arbeid');
    expect(startedWorkText({ personName: 'Kari', from: 'working_graded', to: 'working_full', on: START }).body.nb).toBe(
      'Arbeidsstatus er endret fra «Gradert sykmeldt, delvis i arbeid» til «I fullt arbeid» 3. mars 2026. Vurder om sykmeldingen må endres.',
    );
    expect(goalReachedText({ personName: 'Kari', goal: 'Jobbe 60 %', area: 'work', main: true }).body.nb).toBe('Hovedmålet «Jobbe 60 %» (arbeid) er nådd.');
    const dropped = droppedOutText({ personName: 'Kari', teamName: 'T', reason: 'Flyttet', workStatusEnd: 'job_seeker', report: null });
    expect(dropped.body.nb).toBe('Forløpet i T er avbrutt. Begrunnelse: Flyttet\nArbeidsstatus ved avslutning: Arbeidssøker.');
    expect(sessionCancelledText({ kind: 'start', personName: 'Kari', startsAt: START }).body.nb).toBe('Samtalen tirsdag 3. mars 2026 kl. 09.00 er avlyst. Du får ny invitasjon når ny tid er satt.');
  });

  it('sends the final report with the course’s figures first', () => {
    const report = { background: 'B', courseSummary: 'C', functionAssessment: 'F', goalsOutcome: 'G', relapsePrevention: 'R', recommendations: 'A' };
    const text = finalReportUpdateText({ personName: 'Kari', teamName: 'T', workStatusStart: 'sick_listed_full', workStatusEnd: 'working_full', sessionsHeld: 9, goalsReached: 2, goalsTotal: 3, report });
    expect(text.title.nb).toBe('Sluttrapport: Kari');
    expect(text.body.nb.split('\n')[0]).toBe('Forløpet i T er fullført. Samtaler gjennomført: 9. Mål nådd: 2 av 3. Arbeidsstatus: «100 % sykmeldt» ved start, «I fullt arbeid» ved avslutning.');
    expect(text.body.nb).toContain('FUNKSJON I ARBEID NÅ\nF');
  });
});
