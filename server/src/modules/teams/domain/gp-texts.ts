import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, nb } from 'date-fns/locale';
import type { FinalReport, TeamGoalArea, TeamSessionAttendee, TeamSessionStatus, WorkStatus } from '../../../platform/db/schema-teams.js';
import { suggestGpTariff, type GpTariffSuggestion } from '../../meetings/domain/tariff.js';
import { finalReportText } from './final-report.js';
import { WORK_STATUS_LABELS } from './work-status.js';

/**
 * The GP's short updates from a course, one screen each (report 003: GPs have no time, and a GP
 * was not told that the therapist advised against working). Bokmål is what the GP reads; English
 * is kept beside it. The GP's part in the start and end sessions is paid on the dialogue-meeting
 * tariff (DM) from the `tariff` table, as in the meetings module; the hint is a suggestion only.
 */
export type Lang = 'nb' | 'en';
export interface LocalText {
  nb: string;
  en: string;
}
export interface GpText {
  title: LocalText;
  body: LocalText;
}

/** The dialogue-meeting tariff as the `tariff` table keeps it. */
export interface TariffRow {
  code: string;
  text_nb: string;
  text_en: string;
  amount_nok: string | number | null;
}

export const GP_TARIFF_CODE = 'DM';
const ZONE = 'Europe/Oslo';
const oslo = (instant: Date) => new TZDate(instant.getTime(), ZONE);

const clock = (instant: Date, lang: Lang) => format(oslo(instant), lang === 'nb' ? 'HH.mm' : 'HH:mm');
/** "tirsdag 3. mars 2026 kl. 10.00" / "Tuesday 3 March 2026, 10:00" */
const startTime = (start: Date, lang: Lang) =>
  lang === 'nb' ? `${format(oslo(start), 'EEEE d. MMMM yyyy', { locale: nb })} kl. ${clock(start, lang)}` : `${format(oslo(start), 'EEEE d MMMM yyyy', { locale: enGB })}, ${clock(start, lang)}`;
const dateTime = (start: Date, minutes: number, lang: Lang) => `${startTime(start, lang)}–${clock(new Date(start.getTime() + minutes * 60_000), lang)}`;
const day = (instant: Date, lang: Lang) => format(oslo(instant), lang === 'nb' ? 'd. MMMM yyyy' : 'd MMMM yyyy', { locale: lang === 'nb' ? nb : enGB });

function nok(amount: number, lang: Lang): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return lang === 'nb' ? `kr ${number}` : `NOK ${number}`;
}

const both = (make: (lang: Lang) => string): LocalText => ({ nb: make('nb'), en: make('en') });

/** "Forslag til takst for din del (de siste 15 minuttene): DM – …, kr 1 234." */
export function tariffHint(tariff: TariffRow | null, gpMinutes: number): LocalText {
  const amount = tariff?.amount_nok === null || tariff?.amount_nok === undefined ? null : Number(tariff.amount_nok);
  return both((lang) => {
    const name = tariff ? `${tariff.code} – ${lang === 'nb' ? tariff.text_nb : tariff.text_en}` : GP_TARIFF_CODE;
    const price = amount !== null && Number.isFinite(amount) ? `, ${nok(amount, lang)}` : '';
    return lang === 'nb'
      ? `Forslag til takst for din del (de siste ${gpMinutes} minuttene): ${name}${price}. Gjelder når du har deltatt.`
      : `Suggested tariff for your part (the last ${gpMinutes} minutes): ${name}${price}. Applies once you have taken part.`;
  });
}

/** The meetings module's rule, applied to a session the GP was invited to: DM when the GP took part. */
export function sessionTariff(session: { gpLastMinutes: number | null; status: TeamSessionStatus; attendees: readonly TeamSessionAttendee[]; startsAt: Date }): GpTariffSuggestion {
  const held = session.status === 'held';
  return suggestGpTariff(
    {
      gpInvited: session.gpLastMinutes !== null,
      gpAttended: held || session.status === 'missed' ? held && session.attendees.includes('gp') : null,
      status: held || session.status === 'missed' ? 'completed' : session.status === 'cancelled' ? 'cancelled' : 'invited',
      startsAt: session.startsAt,
      cancelledAt: null,
      // A team's cancellation is not NAV's: the reduced DM-AVLYST is for dialogue meetings NAV calls off.
      cancelledBy: null,
    },
    { shortNoticeHours: 24 },
  );
}

export interface SessionInvitation {
  kind: 'start' | 'end';
  personName: string;
  teamName: string;
  therapistName: string | null;
  jobSpecialistName: string | null;
  startsAt: Date;
  durationMinutes: number;
  placeName: string | null;
  gpLastMinutes: number | null;
  sessionBudget: number;
  goals: readonly string[];
}

/** Start: who, when, the plan; end: who, when, what the end session covers. The GP's window is spelled out. */
export function sessionInvitationText(input: SessionInvitation): GpText {
  const start = input.kind === 'start';
  const title = both((lang) => (lang === 'nb' ? `${start ? 'Oppstartssamtale' : 'Avslutningssamtale'}: ${input.personName}` : `${start ? 'Start session' : 'End session'}: ${input.personName}`));
  const body = both((lang) => {
    const nbLang = lang === 'nb';
    const who = [
      input.therapistName ? `${input.therapistName} (${nbLang ? 'kognitiv terapeut' : 'cognitive therapist'})` : null,
      input.jobSpecialistName ? `${input.jobSpecialistName} (${nbLang ? 'jobbspesialist' : 'job specialist'})` : null,
    ].filter(Boolean);
    const end = new Date(input.startsAt.getTime() + input.durationMinutes * 60_000);
    const lines = [
      `${nbLang ? 'Hvem' : 'Who'}: ${[...who, input.teamName].join(', ')}.`,
      `${nbLang ? 'Når' : 'When'}: ${dateTime(input.startsAt, input.durationMinutes, lang)}${input.placeName ? `, ${input.placeName}` : ''}.`,
      input.gpLastMinutes === null
        ? nbLang ? 'Du er ikke invitert til denne samtalen.' : 'You are not invited to this session.'
        : nbLang
          ? `Du er invitert til de siste ${input.gpLastMinutes} minuttene, kl. ${clock(new Date(end.getTime() - input.gpLastMinutes * 60_000), lang)}–${clock(end, lang)}.`
          : `You are invited to the last ${input.gpLastMinutes} minutes, ${clock(new Date(end.getTime() - input.gpLastMinutes * 60_000), lang)}–${clock(end, lang)}.`,
      start
        ? nbLang ? `Plan: inntil ${input.sessionBudget} samtaler, med hjelp til helse og arbeid samtidig.` : `Plan: up to ${input.sessionBudget} sessions, with help for health and work at the same time.`
        : nbLang ? 'Vi går gjennom forløpet, sluttrapporten og planen for å forebygge tilbakefall.' : 'We go through the course, the final report and the relapse-prevention plan.',
    ];
    if (input.goals.length > 0) lines.push(`${nbLang ? 'Mål' : 'Goals'}: ${input.goals.join('; ')}.`);
    return lines.join('\n');
  });
  return { title, body };
}

/** Started work, or back to full work from graded: the GP may need to change the sick note. */
export function startedWorkText(input: { personName: string; from: WorkStatus; to: WorkStatus; on: Date }): GpText {
  const backToFull = input.from === 'working_graded' && input.to === 'working_full';
  return {
    title: both((lang) =>
      lang === 'nb' ? `${input.personName} ${backToFull ? 'er tilbake i fullt arbeid' : 'har begynt i arbeid'}` : `${input.personName} ${backToFull ? 'is back at full work' : 'has started work'}`,
    ),
    body: both((lang) =>
      lang === 'nb'
        ? `Arbeidsstatus er endret fra «${WORK_STATUS_LABELS[input.from].nb}» til «${WORK_STATUS_LABELS[input.to].nb}» ${day(input.on, lang)}. Vurder om sykmeldingen må endres.`
        : `Work status changed from “${WORK_STATUS_LABELS[input.from].en}” to “${WORK_STATUS_LABELS[input.to].en}” on ${day(input.on, lang)}. Consider whether the sick note needs changing.`,
    ),
  };
}

const AREA: Record<TeamGoalArea, LocalText> = { work: { nb: 'arbeid', en: 'work' }, study: { nb: 'utdanning', en: 'study' }, health: { nb: 'helse', en: 'health' }, other: { nb: 'annet', en: 'other' } };

export function goalReachedText(input: { personName: string; goal: string; area: TeamGoalArea; main: boolean }): GpText {
  return {
    title: both((lang) => (lang === 'nb' ? `Mål nådd: ${input.personName}` : `Goal reached: ${input.personName}`)),
    body: both((lang) =>
      lang === 'nb'
        ? `${input.main ? 'Hovedmålet' : 'Delmålet'} «${input.goal}» (${AREA[input.area].nb}) er nådd.`
        : `The ${input.main ? 'main goal' : 'sub-goal'} “${input.goal}” (${AREA[input.area].en}) has been reached.`,
    ),
  };
}

export function droppedOutText(input: { personName: string; teamName: string; reason: string; workStatusEnd: WorkStatus | null; report: FinalReport | null }): GpText {
  return {
    title: both((lang) => (lang === 'nb' ? `${input.personName} har avsluttet forløpet før tiden` : `${input.personName} has left the course early`)),
    body: both((lang) => {
      const lines = [lang === 'nb' ? `Forløpet i ${input.teamName} er avbrutt. Begrunnelse: ${input.reason}` : `The course in ${input.teamName} has ended early. Reason: ${input.reason}`];
      if (input.workStatusEnd) lines.push(`${lang === 'nb' ? 'Arbeidsstatus ved avslutning' : 'Work status at closure'}: ${WORK_STATUS_LABELS[input.workStatusEnd][lang]}.`);
      if (input.report) lines.push('', finalReportText(input.report, lang));
      return lines.join('\n');
    }),
  };
}

export interface FinalReportFacts {
  personName: string;
  teamName: string;
  workStatusStart: WorkStatus;
  workStatusEnd: WorkStatus;
  sessionsHeld: number;
  goalsReached: number;
  goalsTotal: number;
  report: FinalReport;
}

/** The end: the figures on one line, then the report itself, section by section. */
export function finalReportUpdateText(input: FinalReportFacts): GpText {
  return {
    title: both((lang) => (lang === 'nb' ? `Sluttrapport: ${input.personName}` : `Final report: ${input.personName}`)),
    body: both((lang) => {
      const from = WORK_STATUS_LABELS[input.workStatusStart][lang];
      const to = WORK_STATUS_LABELS[input.workStatusEnd][lang];
      const head =
        lang === 'nb'
          ? `Forløpet i ${input.teamName} er fullført. Samtaler gjennomført: ${input.sessionsHeld}. Mål nådd: ${input.goalsReached} av ${input.goalsTotal}. Arbeidsstatus: «${from}» ved start, «${to}» ved avslutning.`
          : `The course in ${input.teamName} is completed. Sessions held: ${input.sessionsHeld}. Goals reached: ${input.goalsReached} of ${input.goalsTotal}. Work status: “${from}” at start, “${to}” at closure.`;
      return `${head}\n\n${finalReportText(input.report, lang)}`;
    }),
  };
}

/** A start or end session the GP was invited to is called off. */
export function sessionCancelledText(input: { kind: 'start' | 'end'; personName: string; startsAt: Date }): GpText {
  return {
    title: both((lang) =>
      lang === 'nb'
        ? `Avlyst: ${input.kind === 'start' ? 'oppstartssamtale' : 'avslutningssamtale'} for ${input.personName}`
        : `Cancelled: ${input.kind === 'start' ? 'start session' : 'end session'} for ${input.personName}`,
    ),
    body: both((lang) =>
      lang === 'nb'
        ? `Samtalen ${startTime(input.startsAt, lang)} er avlyst. Du får ny invitasjon når ny tid er satt.`
        : `The session on ${startTime(input.startsAt, lang)} is cancelled. You will be invited again when a new time is set.`,
    ),
  };
}
