import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * The GP's one-screen updates at intake (issue 8: "short updates to the GP — always, at every
 * decision"). Written in bokmål, the GP's working language; short, with the fact first.
 */
const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const osloTime = (instant: Date) => format(new TZDate(instant, 'Europe/Oslo'), "dd.MM.yyyy 'kl.' HH.mm");

export interface UpdateText {
  title: string;
  body: string;
}

export function acceptedText(input: { teamName: string; startsAt: Date; durationMinutes: number; therapistName: string; place: string | null; lateStart: boolean; targetBy: string }): UpdateText {
  const lines = [
    `${input.teamName} har tatt imot henvisningen.`,
    `Første samtale (vurderingssamtale): ${osloTime(input.startsAt)}, ${input.durationMinutes} minutter, med ${input.therapistName}${input.place ? `, ${input.place}` : ''}.`,
  ];
  if (input.lateStart) lines.push(`Merk: dette er senere enn teamets mål om første samtale innen ${day(input.targetBy)}.`);
  return { title: 'Henvisningen er tatt imot', body: lines.join('\n') };
}

export function waitingText(input: { teamName: string; position: number; expectedStart: string | null; byTeam: boolean; reason?: string | null }): UpdateText {
  const lines = [
    input.byTeam ? `${input.teamName} har satt henvisningen på venteliste.` : `${input.teamName} har ingen ledig plass nå. Henvisningen står på venteliste.`,
    `Plass i køen: ${input.position}.`,
    input.expectedStart ? `Forventet oppstart (anslag): ${day(input.expectedStart)}.` : 'Forventet oppstart kan ikke anslås ennå.',
  ];
  if (input.reason?.trim()) lines.push(`Begrunnelse: ${input.reason.trim()}`);
  return { title: 'Henvisningen står på venteliste', body: lines.join('\n') };
}

export function declinedText(input: { teamName: string; reason: string; recommendation: string | null }): UpdateText {
  const lines = [`${input.teamName} kan ikke ta imot henvisningen.`, `Begrunnelse: ${input.reason.trim()}`];
  if (input.recommendation?.trim()) lines.push(`Anbefaling videre: ${input.recommendation.trim()}`);
  return { title: 'Henvisningen er avslått', body: lines.join('\n') };
}

export function promotedText(teamName: string, expectedStart: string): UpdateText {
  return {
    title: 'Ledig plass: henvisningen er til vurdering',
    body: `En plass er blitt ledig i ${teamName}. Henvisningen er flyttet fra ventelisten til inntaket.\nForventet oppstart (anslag): ${day(expectedStart)}.`,
  };
}

export function consentWithdrawnText(teamName: string, courseEnded: boolean): UpdateText {
  return {
    title: 'Samtykket er trukket tilbake',
    body: courseEnded
      ? `Personen har trukket tilbake samtykket til ${teamName}. Forløpet er avsluttet, og teamet deler ikke lenger opplysninger.`
      : `Personen har trukket tilbake samtykket til ${teamName}. Teamet deler ikke lenger opplysninger.`,
  };
}
