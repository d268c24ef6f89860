import type { ConvenedKind, ParticipantRole } from './kinds.js';

/**
 * NAV's usual texts for what a meeting is for, what it covers and how to prepare, used when the
 * adviser writes none. `who` is how the letter names the sick-listed person: "du" in their own
 * letter, their name in everyone else's, so each sentence reads naturally either way.
 */
export function defaultPurpose(kind: ConvenedKind, who: string): string {
  switch (kind) {
    case 'dm2':
      return `Formålet med møtet er å snakke om situasjonen, hva som skal til for at ${who} kan komme tilbake i arbeid, og hvilke tiltak som kan hjelpe på veien.`;
    case 'dm3':
      return `Formålet med møtet er å se på situasjonen på nytt: hva som skal til for at ${who} kan komme tilbake i arbeid, hos arbeidsgiveren eller et annet sted, og hvilke tiltak og hvilken oppfølging som trengs videre.`;
    case 'aap':
      return `Formålet med møtet er å snakke om situasjonen, hva som skal til for at ${who} kan komme i arbeid, og hvilke tiltak som er aktuelle i perioden med arbeidsavklaringspenger.`;
  }
}

export function defaultAgenda(kind: ConvenedKind): string {
  switch (kind) {
    case 'dm2':
      return ['1. Situasjonen nå', '2. Arbeidsoppgaver og muligheter for tilrettelegging', '3. Tiltak, og hvem som gjør hva', '4. Videre oppfølging'].join('\n');
    case 'dm3':
      return ['1. Situasjonen nå og det som er prøvd så langt', '2. Mulighetene for arbeid hos arbeidsgiveren eller et annet sted', '3. Tiltak og oppfølging framover', '4. Hvem som gjør hva, og når'].join('\n');
    case 'aap':
      return ['1. Situasjonen nå og arbeidsavklaringen så langt', '2. Aktivitetsplanen og aktuelle tiltak', '3. Mulighetene for arbeid', '4. Hvem som gjør hva, og når'].join('\n');
  }
}

/**
 * Each party prepares their own part: the employee and the employer the work and how it can be
 * adapted, the GP the person's functional ability. Diagnoses are not the meeting's business.
 */
export function defaultPreparation(role: ParticipantRole): string {
  switch (role) {
    case 'employee':
      return 'Tenk gjennom arbeidsoppgavene dine: hva du kan gjøre nå, og hvilke tilpasninger som kan gjøre det mulig å jobbe, helt eller delvis.';
    case 'employer':
      return 'Tenk gjennom arbeidsoppgavene og hvilke tilpasninger arbeidsplassen kan tilby, for eksempel andre oppgaver, endret arbeidstid eller hjelpemidler. Ta gjerne med oppfølgingsplanen.';
    case 'gp':
      return 'Vurder funksjonsevnen til pasienten: hva pasienten kan og ikke kan gjøre i arbeid nå, og hva som kan endre seg framover. Du trenger ikke å opplyse om diagnoser; møtet handler om funksjon og muligheter for arbeid.';
    default:
      return 'Arbeidstakeren og arbeidsgiveren tenker gjennom arbeidsoppgavene og mulige tilpasninger. Legen vurderer funksjonsevnen til arbeidstakeren, ikke diagnoser.';
  }
}
