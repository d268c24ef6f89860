import { Alert, BodyShort, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { formatDate } from '../../../../shared/format';
import { baselineText, percent, shortLabel } from '../format';
import { surveyTexts } from '../texts';
import type { AudienceResult, QuestionBank, SurveyResults } from '../types';

/**
 * A round's results per audience: "for få svar" for a group under five; otherwise a table of each
 * question's share beside report 001's figure and earlier rounds of the area (the accessible view),
 * a bar chart of the same (hidden from screen readers: the table says it), and each question's
 * distribution on the report's scale.
 */
export function SurveyResultsView({ results, bank }: { results: SurveyResults; bank: QuestionBank }) {
  const t = useTexts(surveyTexts);
  return (
    <VStack gap="space-24">
      <BodyShort>{t.resultsIntro(results.minRespondents)}</BodyShort>
      {results.audiences.map((group) => (
        <AudienceSection key={group.audience} group={group} bank={bank} minRespondents={results.minRespondents} />
      ))}
    </VStack>
  );
}

function AudienceSection({ group, bank, minRespondents }: { group: AudienceResult; bank: QuestionBank; minRespondents: number }) {
  const t = useTexts(surveyTexts);
  const name = group.audience === 'gps' ? t.audience_gps : t.audience_nav_advisers;
  return (
    <VStack as="section" gap="space-12" aria-label={name} data-testid={`survey-results-${group.audience}`}>
      <Heading level="3" size="small">
        {name}
      </Heading>
      {group.suppressed ? (
        <Alert variant="info" size="small" data-testid="survey-too-few">
          <Heading level="4" size="xsmall">
            {t.tooFew}
          </Heading>
          <BodyShort>{t.tooFewBody(minRespondents)}</BodyShort>
        </Alert>
      ) : (
        <>
          <BodyShort>{t.respondents(group.respondents ?? 0)}</BodyShort>
          <ComparisonTable group={group} bank={bank} caption={name} />
          <ComparisonChart group={group} />
          <Distributions group={group} bank={bank} />
        </>
      )}
    </VStack>
  );
}

function ComparisonTable({ group, bank, caption }: { group: AudienceResult; bank: QuestionBank; caption: string }) {
  const t = useTexts(surveyTexts);
  const lang = useLang();
  const earlier = group.questions[0]?.earlier ?? [];
  return (
    <Table size="small" data-testid="survey-comparison-table">
      <caption className="aksel-sr-only">{caption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.question}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.share}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.baseline}</Table.ColumnHeader>
          {earlier.map((round) => (
            <Table.ColumnHeader key={round.surveyId} scope="col" align="right">
              {round.title} {round.closesOn ? `(${formatDate(round.closesOn)})` : ''}
            </Table.ColumnHeader>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {group.questions.map((q, index) => {
          const question = bank.questions.find((b) => b.key === q.questionKey);
          const scale = bank.scales.find((s) => s.key === question?.scale);
          return (
            <Table.Row key={q.questionKey}>
              <Table.HeaderCell scope="row">
                {index + 1}. {question ? shortLabel(question, lang) : q.questionKey}
                {scale && <BodyShort size="small">{t.shareOf(scale.reportedShareText[lang])}</BodyShort>}
              </Table.HeaderCell>
              <Table.DataCell align="right">{percent(q.reportedSharePercent, lang)}</Table.DataCell>
              <Table.DataCell align="right">
                {baselineText(q.baseline, lang, t.approx)}
                {q.baseline && (
                  <BodyShort size="small">{t.baselineSource(q.baseline.source.section, q.baseline.n ? `, n=${q.baseline.n}` : '')}</BodyShort>
                )}
              </Table.DataCell>
              {q.earlier.map((e) => (
                <Table.DataCell key={e.surveyId} align="right">
                  {e.sharePercent === null ? t.suppressedShort : percent(e.sharePercent, lang)}
                </Table.DataCell>
              ))}
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}

/** Bars for this round and the report per question; the table above carries the same figures for everyone. */
function ComparisonChart({ group }: { group: AudienceResult }) {
  const t = useTexts(surveyTexts);
  // Bars are numbered as the table's rows are.
  const data = group.questions.map((q, i) => ({ label: `${i + 1}`, round: q.reportedSharePercent, report: q.baseline?.valuePercent ?? null }));
  return (
    <figure className="survey-chart" aria-hidden>
      <figcaption>
        <BodyShort size="small">{t.chartTitle}</BodyShort>
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" fontSize={12} />
          <YAxis domain={[0, 100]} fontSize={12} width={40} unit="%" />
          <Legend />
          <Bar dataKey="round" name={t.share} fill="var(--ax-accent-700, #0067c5)" isAnimationActive={false} />
          <Bar dataKey="report" name={t.baseline} fill="var(--ax-warning-500, #ff9100)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

function Distributions({ group, bank }: { group: AudienceResult; bank: QuestionBank }) {
  const t = useTexts(surveyTexts);
  const lang = useLang();
  return (
    <ReadMore header={t.distribution} size="small">
      <VStack gap="space-16">
        {group.questions.map((q) => {
          const question = bank.questions.find((b) => b.key === q.questionKey);
          const scale = bank.scales.find((s) => s.key === question?.scale);
          const label = question ? shortLabel(question, lang) : q.questionKey;
          return (
            <Table key={q.questionKey} size="small">
              <caption>{label}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col">{t.option}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">{t.count}</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">{t.percent}</Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {q.distribution.map((d) => (
                  <Table.Row key={d.option}>
                    <Table.HeaderCell scope="row">{scale?.options.find((o) => o.value === d.option)?.text[lang] ?? d.option}</Table.HeaderCell>
                    <Table.DataCell align="right">{d.count}</Table.DataCell>
                    <Table.DataCell align="right">{percent(d.percent, lang)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          );
        })}
      </VStack>
    </ReadMore>
  );
}
