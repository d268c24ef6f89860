import { findBaseline, type Baseline } from '../../baselines.js';
import { ANSWER_SCALES, findSurveyQuestion, type SurveyAudience } from './question-bank.js';

/**
 * A round's results (issue 12): per audience and question, the distribution on the report's scale
 * and the share the report would quote ("svært ofte eller ofte" …), beside report 001's figure and
 * earlier rounds of the same area. Pure.
 *
 * Small groups: an audience with fewer than MIN_RESPONDENTS respondents gets no result at all — no
 * distribution, no share, not even its exact count. Subtraction cannot reveal one either, because
 * there is ONE grouping level only: the audience. There is no "all respondents" total beside the
 * audiences, no breakdown by municipality or office, every question is answered by every
 * respondent (so per-question counts cannot be differenced), and the answered count across
 * audiences is hidden whenever one audience's count is.
 */
export const MIN_RESPONDENTS = 5;

export interface AnswerCount {
  audience: SurveyAudience;
  questionKey: string;
  answer: string;
  count: number;
}

export interface RoundData {
  questionKeys: readonly string[];
  audiences: readonly SurveyAudience[];
  /** Distinct respondents per audience. */
  respondents: Readonly<Partial<Record<SurveyAudience, number>>>;
  counts: readonly AnswerCount[];
}

export interface OptionShare {
  option: string;
  count: number;
  percent: number;
}

export interface QuestionSummary {
  questionKey: string;
  distribution: OptionShare[];
  reportedSharePercent: number;
}

export type AudienceSummary =
  | { audience: SurveyAudience; suppressed: false; respondents: number; questions: QuestionSummary[] }
  | { audience: SurveyAudience; suppressed: true; respondents: null; questions: [] };

export const percentOf = (count: number, total: number) => (total === 0 ? 0 : Math.round((count * 100) / total));

export function isSuppressed(respondents: number): boolean {
  return respondents < MIN_RESPONDENTS;
}

export function summariseRound(round: RoundData): AudienceSummary[] {
  return round.audiences.map((audience): AudienceSummary => {
    const respondents = round.respondents[audience] ?? 0;
    if (isSuppressed(respondents)) return { audience, suppressed: true, respondents: null, questions: [] };
    const questions = round.questionKeys.flatMap((questionKey) => {
      const question = findSurveyQuestion(questionKey);
      if (!question) return [];
      const scale = ANSWER_SCALES[question.scale];
      const countOf = (option: string) =>
        round.counts.find((c) => c.audience === audience && c.questionKey === questionKey && c.answer === option)?.count ?? 0;
      const distribution = scale.options.map(({ value }) => ({ option: value, count: countOf(value), percent: percentOf(countOf(value), respondents) }));
      const reported = distribution.filter((d) => scale.reportedShareOptions.includes(d.option)).reduce((sum, d) => sum + d.count, 0);
      return [{ questionKey, distribution, reportedSharePercent: percentOf(reported, respondents) }];
    });
    return { audience, suppressed: false, respondents, questions };
  });
}

export interface EarlierRound {
  surveyId: string;
  title: string;
  closesOn: string | null;
  summary: readonly AudienceSummary[];
}

export interface EarlierFigure {
  surveyId: string;
  title: string;
  closesOn: string | null;
  /** Null: that round's audience had fewer than five respondents, or was not asked this. */
  sharePercent: number | null;
}

export interface QuestionComparison extends QuestionSummary {
  baseline: Baseline | null;
  earlier: EarlierFigure[];
}

export type AudienceComparison =
  | { audience: SurveyAudience; suppressed: false; respondents: number; questions: QuestionComparison[] }
  | { audience: SurveyAudience; suppressed: true; respondents: null; questions: [] };

/** Puts each question's share beside report 001's figure for that audience and the same question's share in earlier rounds. */
export function compareWithHistory(current: readonly AudienceSummary[], earlier: readonly EarlierRound[]): AudienceComparison[] {
  return current.map((group): AudienceComparison => {
    if (group.suppressed) return group;
    const questions = group.questions.map((q): QuestionComparison => {
      const baselineKey = findSurveyQuestion(q.questionKey)?.baselineKeys[group.audience];
      const figures = earlier.map((round): EarlierFigure => {
        const theirs = round.summary.find((s) => s.audience === group.audience);
        const same = theirs && !theirs.suppressed ? theirs.questions.find((x) => x.questionKey === q.questionKey) : undefined;
        return { surveyId: round.surveyId, title: round.title, closesOn: round.closesOn, sharePercent: same?.reportedSharePercent ?? null };
      });
      return { ...q, baseline: (baselineKey && findBaseline(baselineKey)) || null, earlier: figures };
    });
    return { ...group, questions };
  });
}

export interface InvitationRow {
  audience: SurveyAudience;
  invited: number;
  answered: number;
}

/** A count of 1–4 answers is shown as null ("under 5"); 0 says nothing about anyone and is shown. */
export const visibleCount = (n: number): number | null => (n > 0 && n < MIN_RESPONDENTS ? null : n);

/** Invitation counts for the organiser: per audience, and the total answered only when no audience's count is hidden. */
export function invitationCounts(rows: readonly InvitationRow[]) {
  const byAudience = rows.map((row) => ({ audience: row.audience, invited: row.invited, answered: visibleCount(row.answered) }));
  const anyHidden = byAudience.some((row) => row.answered === null);
  const answered = rows.reduce((sum, row) => sum + row.answered, 0);
  return {
    invited: rows.reduce((sum, row) => sum + row.invited, 0),
    answered: anyHidden ? null : visibleCount(answered),
    byAudience,
  };
}
