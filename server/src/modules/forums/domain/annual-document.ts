/**
 * The body's annual plan and annual report (issue 9, point 7; Møteplass Oslo publishes both),
 * generated as bokmål text from the data and then edited by the secretary before publishing.
 * Pure: the caller gathers the facts.
 */

export interface AnnualFacts {
  year: number;
  body: { name: string; kindLabel: string; mandate: string; owner: string; openMeetingsPerYear: number };
  meetings: ReadonlyArray<{ title: string; day: string; kind: 'ordinary' | 'open_thematic'; status: 'planned' | 'held' | 'cancelled'; theme: string | null }>;
  submissions: { deviation: number; proposal: number; byStatus: ReadonlyArray<{ label: string; count: number }>; themes: ReadonlyArray<{ label: string; count: number }> };
  recommendations: ReadonlyArray<{ title: string; day: string; version: number }>;
  /** represents: a label ("fastleger"); role: leader, secretary, member, deputy */
  members: ReadonlyArray<{ name: string; represents: string; role: string }>;
  composition: { ok: boolean; vacancies: number } | null;
  /** Share of the year's deviations answered by a published recommendation, in percent. */
  coveredPercent: number | null;
}

/** Roles worth naming in the list; ordinary members are just listed. */
const ROLE_LABEL: Record<string, string> = { leader: 'leder', secretary: 'sekretær', deputy: 'vara' };
const day = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
const bullet = (lines: readonly string[], none: string) => (lines.length === 0 ? [`- ${none}`] : lines.map((l) => `- ${l}`));

function meetingLine(m: AnnualFacts['meetings'][number]): string {
  const kind = m.kind === 'open_thematic' ? 'åpent temamøte' : 'møte';
  const theme = m.theme ? ` – tema: ${m.theme}` : '';
  const state = m.status === 'cancelled' ? ' (avlyst)' : '';
  return `${day(m.day)}: ${m.title} (${kind})${theme}${state}`;
}

function membersSection(facts: AnnualFacts): string[] {
  const lines = facts.members.map((m) => `${m.name}, ${m.represents}${ROLE_LABEL[m.role] ? ` (${ROLE_LABEL[m.role]})` : ''}`);
  const composition = facts.composition
    ? facts.composition.ok
      ? 'Sammensetningen oppfyller reglene.'
      : `Sammensetningen oppfyller ikke reglene: ${facts.composition.vacancies} ${facts.composition.vacancies === 1 ? 'ledig plass' : 'ledige plasser'}.`
    : '';
  return ['## Medlemmer', '', ...bullet(lines, 'Ingen medlemmer registrert'), ...(composition ? ['', composition] : [])];
}

function header(facts: AnnualFacts, title: string): string[] {
  const { body } = facts;
  return [
    `# ${title} ${facts.year} – ${body.name}`,
    '',
    `${body.kindLabel}${body.owner ? ` under ${body.owner}` : ''}.`,
    ...(body.mandate ? ['', '## Mandat', '', body.mandate] : []),
  ];
}

/** The plan: the meetings set up for the year, the open meetings promised, members and focus areas. */
export function annualPlanText(facts: AnnualFacts): string {
  const planned = facts.meetings.filter((m) => m.status !== 'cancelled');
  const open = planned.filter((m) => m.kind === 'open_thematic').length;
  const wanted = facts.body.openMeetingsPerYear;
  const themes = facts.submissions.themes.slice(0, 5).map((t) => `${t.label} (${t.count} ${t.count === 1 ? 'sak' : 'saker'} hittil)`);
  return [
    ...header(facts, 'Årsplan'),
    '',
    '## Møteplan',
    '',
    ...bullet(planned.map(meetingLine), 'Ingen møter er satt opp ennå'),
    '',
    wanted > 0
      ? `Organet skal holde minst ${wanted} åpne temamøter i året; ${open} er satt opp${open < wanted ? ` – ${wanted - open} gjenstår å planlegge` : ''}.`
      : `${open} åpne temamøter er satt opp.`,
    '',
    '## Satsingsområder',
    '',
    ...bullet(themes, 'Satsingsområdene fastsettes på første møte'),
    '',
    ...membersSection(facts),
  ].join('\n');
}

/** The report: what was held, what came in and what became of it, what was published. */
export function annualReportText(facts: AnnualFacts): string {
  const held = facts.meetings.filter((m) => m.status === 'held');
  const openHeld = held.filter((m) => m.kind === 'open_thematic').length;
  const { submissions } = facts;
  const received = submissions.deviation + submissions.proposal;
  const wanted = facts.body.openMeetingsPerYear;
  return [
    ...header(facts, 'Årsrapport'),
    '',
    '## Møter',
    '',
    `Organet holdt ${held.length} ${held.length === 1 ? 'møte' : 'møter'}, av dem ${openHeld} åpne temamøter${wanted > 0 ? ` (målet er minst ${wanted})` : ''}.`,
    '',
    ...bullet(held.map(meetingLine), 'Ingen møter holdt'),
    '',
    '## Innmeldte saker',
    '',
    `Organet mottok ${received} saker: ${submissions.deviation} samhandlingsavvik og ${submissions.proposal} endringsforslag.`,
    '',
    ...bullet(submissions.byStatus.map((s) => `${s.label}: ${s.count}`), 'Ingen saker'),
    ...(submissions.themes.length > 0 ? ['', 'Tema:', '', ...bullet(submissions.themes.map((t) => `${t.label}: ${t.count}`), '')] : []),
    ...(facts.coveredPercent !== null ? ['', `${String(facts.coveredPercent).replace('.', ',')} % av avvikene er besvart med en publisert anbefaling.`] : []),
    '',
    '## Anbefalinger publisert',
    '',
    ...bullet(facts.recommendations.map((r) => `${day(r.day)}: ${r.title}${r.version > 1 ? ` (versjon ${r.version})` : ''}`), 'Ingen anbefalinger publisert'),
    '',
    ...membersSection(facts),
  ].join('\n');
}
