import { Table } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import type { Lang } from '../../../api/types';
import { evaluationTexts } from '../texts';
import type { CountCell, EvaluationGroup, MeasureInfo } from '../types';

/** A count as shown: "<5" for 1–4 persons (also if the server ever sent the number), "x" for a hidden cell. */
export function cellText(cell: CountCell | undefined, lang: Lang): string {
  if (cell === undefined) return '–';
  if (typeof cell === 'number') return cell > 0 && cell < 5 ? '<5' : cell.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO');
  return cell;
}

const count = (group: EvaluationGroup, measure: string, value: string) => group.counts[measure]?.[value];

function GroupName({ group }: { group: EvaluationGroup }) {
  const t = useTexts(evaluationTexts);
  if (group.level === 'total') return <>{t.level_total}</>;
  return (
    <>
      {group.name} <span className="teams-subtle">({group.level === 'team' ? t.level_team : t.level_trial_site})</span>
    </>
  );
}

/** One row per group (total, trial sites, teams) with the figures a team lead looks at first. */
export function EvaluationOverview({ groups }: { groups: EvaluationGroup[] }) {
  const t = useTexts(evaluationTexts);
  const lang = useLang();
  const c = (cell: CountCell | undefined) => cellText(cell, lang);
  const days = (g: EvaluationGroup) => (g.waitingDays.median === null ? t.notShown : `${g.waitingDays.median} / ${g.waitingDays.p90 ?? '–'}`);
  const sessions = (g: EvaluationGroup) => (g.sessionsPerCourse.median === null ? t.notShown : String(g.sessionsPerCourse.median));
  return (
    <div className="table-scroll">
      <Table size="small" zebraStripes data-testid="evaluation-overview">
        <caption className="aksel-sr-only">{t.overviewCaption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.group}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.referrals}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.included}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.declined}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.waiting}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.active}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.completed}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.droppedOut}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.waitingDays}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.sessionsPerCourse}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">{t.goalsSetReached}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {groups.map((g) => (
            <Table.Row key={g.key} data-level={g.level}>
              <Table.HeaderCell scope="row">
                <GroupName group={g} />
              </Table.HeaderCell>
              <Table.DataCell align="right">{c(count(g, 'referrals', 'all'))}</Table.DataCell>
              <Table.DataCell align="right">{c(count(g, 'referral_status', 'accepted'))}</Table.DataCell>
              <Table.DataCell align="right">{c(count(g, 'referral_status', 'declined'))}</Table.DataCell>
              <Table.DataCell align="right">{c(count(g, 'referral_status', 'waiting'))}</Table.DataCell>
              <Table.DataCell align="right">{c(count(g, 'courses', 'active'))}</Table.DataCell>
              <Table.DataCell align="right">{c(count(g, 'courses', 'completed'))}</Table.DataCell>
              <Table.DataCell align="right">{c(count(g, 'courses', 'dropped_out'))}</Table.DataCell>
              <Table.DataCell align="right">{days(g)}</Table.DataCell>
              <Table.DataCell align="right">{sessions(g)}</Table.DataCell>
              <Table.DataCell align="right">{`${c(count(g, 'goals', 'set'))} / ${c(count(g, 'goals', 'reached'))}`}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Measures read apart (start and end work status are one table; transitions show only those that occurred). */
const COMBINED = new Set(['work_status_start', 'work_status_end', 'referrals']);

/** Every measure of one group as its own small table, captioned by the measure. */
export function MeasureTables({ group, measures }: { group: EvaluationGroup; measures: MeasureInfo[] }) {
  const t = useTexts(evaluationTexts);
  const lang = useLang();
  const start = measures.find((m) => m.key === 'work_status_start');
  return (
    <div className="teams-measures">
      {start && (
        <div className="table-scroll teams-measure-wide">
          <Table size="small">
            <caption>{t.workStatusCaption}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.category}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t.atStart}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t.atEnd}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {start.values.map((value) => (
                <Table.Row key={value.key}>
                  <Table.HeaderCell scope="row">{value[lang]}</Table.HeaderCell>
                  <Table.DataCell align="right">{cellText(count(group, 'work_status_start', value.key), lang)}</Table.DataCell>
                  <Table.DataCell align="right">{cellText(count(group, 'work_status_end', value.key), lang)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {measures
        .filter((m) => !COMBINED.has(m.key))
        .map((measure) => {
          // 64 transitions: only those that occurred (a zero says nothing about a person either way).
          const values = measure.key === 'work_status_change' ? measure.values.filter((v) => count(group, measure.key, v.key) !== 0) : measure.values;
          return (
            <div className="table-scroll" key={measure.key} data-measure={measure.key}>
              <Table size="small">
                <caption>{measure[lang]}</caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.category}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">{t.count}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {values.length === 0 && (
                    <Table.Row>
                      <Table.DataCell colSpan={2}>{t.noChange}</Table.DataCell>
                    </Table.Row>
                  )}
                  {values.map((value) => (
                    <Table.Row key={value.key}>
                      <Table.HeaderCell scope="row">{value[lang]}</Table.HeaderCell>
                      <Table.DataCell align="right">{cellText(count(group, measure.key, value.key), lang)}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          );
        })}
    </div>
  );
}
