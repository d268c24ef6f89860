import type { Executor } from '../access.js';
import { loadBody } from '../access.js';
import type { AnnualFacts } from '../domain/annual-document.js';
import { termCovers } from '../domain/quorum.js';
import { coverageFacts } from '../coverage.js';
import { checkComposition } from '../domain/composition.js';
import { coverageReport, NO_THEME } from '../domain/coverage.js';
import { THEMES } from '../domain/submission-state.js';
import { osloMidnight } from '../coverage.js';
import { osloDate } from '../../../platform/oslo-date.js';


const KIND_LABEL: Record<string, string> = {
  forum: 'Samhandlingsforum',
  committee: 'Samarbeidsutvalg',
  lsu: 'Lokalt samarbeidsutvalg (LSU)',
  alu: 'Allmennlegeutvalg (ALU)',
  working_group: 'Arbeidsgruppe',
};
const STATUS_LABEL: Record<string, string> = {
  received: 'Mottatt',
  accepted: 'Tatt til behandling',
  in_assessment: 'Under vurdering',
  assessed: 'Vurdert',
  answered: 'Besvart',
  merged: 'Slått sammen med en annen sak',
  forwarded: 'Videresendt',
  rejected: 'Avvist',
};
const REPRESENTS_LABEL: Record<string, string> = {
  gp: 'fastleger',
  hospital: 'sykehuset',
  municipal_physician: 'kommuneoverleger',
  municipality: 'kommunen',
  user_representative: 'brukerrepresentant',
  secretariat: 'sekretariatet',
};
const themeLabel = (key: string) => (key === NO_THEME ? 'Uten tema' : (THEMES.find((t) => t.key === key)?.nb ?? key));

/** Everything the annual plan and report say, gathered for one body and year. */
export async function annualFacts(db: Executor, bodyId: string, year: number, today: string): Promise<AnnualFacts> {
  const body = await loadBody(db, bodyId);
  const from = osloMidnight(`${year}-01-01`);
  const to = osloMidnight(`${year + 1}-01-01`);
  const [meetings, recommendations, members, coverage] = await Promise.all([
    db.selectFrom('forum_meeting').where('body_id', '=', bodyId).where('starts_at', '>=', from).where('starts_at', '<', to).select(['title', 'starts_at', 'kind', 'status', 'theme']).orderBy('starts_at').execute(),
    db
      .selectFrom('forum_recommendation_version as v')
      .innerJoin('forum_recommendation as r', 'r.id', 'v.recommendation_id')
      .where('r.body_id', '=', bodyId)
      .where('v.published_at', '>=', from)
      .where('v.published_at', '<', to)
      .select(['v.title', 'v.published_at', 'v.version'])
      .orderBy('v.published_at')
      .execute(),
    db.selectFrom('forum_member').where('body_id', '=', bodyId).select(['id', 'name', 'represents', 'region', 'role', 'term_start', 'term_end']).orderBy('name').execute(),
    coverageFacts(db, bodyId, { from: `${year}-01-01`, to: `${year}-12-31` }),
  ]);
  const report = coverageReport({ from: `${year}-01-01`, to: `${year}-12-31` }, coverage);
  // Members who sat at some point in the year (the report's year, or the plan's).
  const sitting = members.filter((m) => termCovers(m, `${year}-12-31`) || termCovers(m, `${year}-01-01`) || (m.term_start >= `${year}-01-01` && m.term_start <= `${year}-12-31`));
  // Composition as it stands at the end of the year (or today, for a year still running).
  const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
  const check = checkComposition(body.composition_rules, members.map((m) => ({ id: m.id, name: m.name, represents: m.represents, region: m.region, role: m.role, termStart: m.term_start, termEnd: m.term_end })), asOf);
  const vacancies = check.rules.reduce((sum, rule) => sum + rule.vacancies, 0);
  return {
    year,
    body: { name: body.name, kindLabel: KIND_LABEL[body.kind] ?? body.kind, mandate: body.mandate, owner: body.owner, openMeetingsPerYear: body.open_meetings_per_year },
    meetings: meetings.map((m) => ({ title: m.title, day: osloDate(m.starts_at), kind: m.kind, status: m.status, theme: m.theme })),
    submissions: {
      deviation: report.received.deviation,
      proposal: report.received.proposal,
      byStatus: report.byStatus.map((s) => ({ label: STATUS_LABEL[s.status] ?? s.status, count: s.total })),
      themes: report.byTheme.map((t) => ({ label: themeLabel(t.theme), count: t.total })),
    },
    recommendations: recommendations.map((r) => ({ title: r.title, day: osloDate(r.published_at!), version: r.version })),
    members: sitting.map((m) => ({ name: m.name, represents: REPRESENTS_LABEL[m.represents] ?? m.represents, role: m.role })),
    composition: body.composition_rules.length > 0 ? { ok: check.ok, vacancies } : null,
    coveredPercent: report.deviationsCovered.percent,
  };
}
