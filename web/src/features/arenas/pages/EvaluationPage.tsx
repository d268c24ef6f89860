import { Alert, BodyShort, Button, Heading, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { arenaPath, useArena, useEvaluation, useEvaluationSummary, useSubmitEvaluation } from '../api';
import { formTexts } from '../texts-forms';
import type { Evaluation, EvaluationField } from '../types';

/**
 * `/moteplasser/:id/evaluering`: the course evaluation on the last day (the form engine's template,
 * rendered here field by field), and for the organiser the answers without names with next
 * year's topic list.
 */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const t = useTexts(formTexts);
  const lang = useLang();
  const arena = useArena(id);
  const evaluation = useEvaluation(id);
  const manager = arena.data?.me.canManage ?? false;
  return (
    <VStack gap="space-24" className="arenas-narrow">
      <AppLink to={arenaPath(id)}>{t.backToArena}</AppLink>
      <PageHeading>{t.evaluationTitle(arena.data?.title ?? '')}</PageHeading>
      {evaluation.isPending && <LoadingState />}
      {evaluation.isError && <ApiErrorAlert error={evaluation.error} />}
      {evaluation.data && !evaluation.data.open && (
        <BodyShort>{evaluation.data.opensAt && new Date(evaluation.data.opensAt) > new Date() ? t.notOpen(formatDateTime(evaluation.data.opensAt, lang)) : t.closed}</BodyShort>
      )}
      {evaluation.data?.open && !evaluation.data.canAnswer && !manager && <BodyShort>{t.notParticipant}</BodyShort>}
      {evaluation.data?.canAnswer && <EvaluationForm arenaId={id} evaluation={evaluation.data} />}
      {manager && <Summary arenaId={id} evaluation={evaluation.data} />}
    </VStack>
  );
}

function EvaluationForm({ arenaId, evaluation }: { arenaId: string; evaluation: Evaluation }) {
  const t = useTexts(formTexts);
  const lang = useLang();
  const submit = useSubmitEvaluation();
  const [values, setValues] = useState<Record<string, unknown>>(evaluation.answers ?? {});
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate({ id: arenaId, values });
  };
  return (
    <form onSubmit={onSubmit} data-testid="evaluation-form">
      <VStack gap="space-24">
        {evaluation.template.description && <BodyShort>{evaluation.template.description[lang]}</BodyShort>}
        {evaluation.template.sections.map((section) => (
          <VStack key={section.id} gap="space-16" as="section" aria-label={section.title[lang]}>
            <Heading level="2" size="small">
              {section.title[lang]}
            </Heading>
            {section.fields.map((field) => (
              <Field key={field.id} field={field} value={values[field.id]} onChange={(value) => setValues({ ...values, [field.id]: value })} />
            ))}
          </VStack>
        ))}
        <div>
          <Button type="submit" loading={submit.isPending}>
            {t.submit}
          </Button>
        </div>
        {(submit.data?.submittedAt ?? evaluation.submittedAt) && (
          <Alert variant="success" size="small" role="status">
            {t.submitted(formatDateTime((submit.data?.submittedAt ?? evaluation.submittedAt)!, lang))}
          </Alert>
        )}
        {submit.isError && <ApiErrorAlert error={submit.error} size="small" />}
      </VStack>
    </form>
  );
}

function Field({ field, value, onChange }: { field: EvaluationField; value: unknown; onChange: (value: unknown) => void }) {
  const lang = useLang();
  const label = field.label[lang];
  if (field.type === 'text') {
    return <Textarea label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} maxLength={field.maxLength} minRows={2} />;
  }
  const options =
    field.type === 'scale'
      ? Array.from({ length: (field.max ?? 5) - (field.min ?? 1) + 1 }, (_, i) => {
          const n = (field.min ?? 1) + i;
          const end = n === field.min ? field.labels?.min[lang] : n === field.max ? field.labels?.max[lang] : undefined;
          return { value: String(n), label: end ? `${n} – ${end}` : String(n) };
        })
      : (field.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
  return (
    <RadioGroup legend={label} value={value === undefined ? '' : String(value)} onChange={(v: string) => onChange(field.type === 'scale' ? Number(v) : v)} aria-required={field.required || undefined}>
      {options.map((o) => (
        <Radio key={o.value} value={o.value}>
          {o.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}

function Summary({ arenaId, evaluation }: { arenaId: string; evaluation: Evaluation | undefined }) {
  const t = useTexts(formTexts);
  const lang = useLang();
  const labelOf = (key: string) => evaluation?.template.sections.flatMap((sec) => sec.fields).find((f) => f.id === key)?.label[lang] ?? key;
  const summary = useEvaluationSummary(arenaId, true);
  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <ApiErrorAlert error={summary.error} />;
  const s = summary.data;
  return (
    <Section title={t.summaryTitle}>
      <BodyShort>{t.summaryCount(s.answers, s.participants)}</BodyShort>
      <ul className="arenas-agenda">
        {Object.entries(s.averages).map(([key, value]) => (
          <li key={key}>
            <BodyShort size="small">{t.average(labelOf(key), value === null ? '–' : value.toLocaleString('nb-NO'))}</BodyShort>
          </li>
        ))}
      </ul>
      <Heading level="3" size="xsmall">
        {t.topicsTitle}
      </Heading>
      {s.nextYearTopics.length === 0 ? (
        <BodyShort size="small">{t.noTopics}</BodyShort>
      ) : (
        <ol className="arenas-agenda" data-testid="next-year-topics">
          {s.nextYearTopics.map((topic) => (
            <li key={topic.topic}>
              <BodyShort size="small">
                {topic.topic} ({t.asked(topic.count)})
              </BodyShort>
            </li>
          ))}
        </ol>
      )}
      {s.comments.best.length > 0 && (
        <>
          <Heading level="3" size="xsmall">
            {t.best}
          </Heading>
          <ul className="arenas-agenda">
            {s.comments.best.map((c, i) => (
              <li key={i}>
                <BodyShort size="small">{c}</BodyShort>
              </li>
            ))}
          </ul>
        </>
      )}
      {s.comments.improve.length > 0 && (
        <>
          <Heading level="3" size="xsmall">
            {t.improve}
          </Heading>
          <ul className="arenas-agenda">
            {s.comments.improve.map((c, i) => (
              <li key={i}>
                <BodyShort size="small">{c}</BodyShort>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
