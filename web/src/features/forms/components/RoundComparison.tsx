import { ArrowDownIcon, ArrowRightIcon, ArrowUpIcon } from '@navikt/aksel-icons';
import { BodyShort, Table } from '@navikt/ds-react';
import { useQuery } from '@tanstack/react-query';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { fetchForm, formKeys } from '../api';
import { compareRounds, type ScaleChange } from '../engine';
import { formTexts } from '../texts';
import type { FormSummary, FormView } from '../types';
import { numberText, scaleOptionText } from './FieldInput';

const whenOf = (form: FormSummary) => form.sharedAt ?? form.updatedAt ?? form.createdAt ?? '';

/** The two latest approved or shared rounds of the same template on the case, oldest first. */
export function latestRounds(forms: readonly FormSummary[], templateKey: string): [FormSummary, FormSummary] | null {
  const done = forms.filter((f) => f.templateKey === templateKey && (f.status === 'approved' || f.status === 'shared'));
  if (done.length < 2) return null;
  // The server lists in the order the forms were made; a date, when given, decides.
  const ordered = done.map((form, index) => ({ form, index })).sort((a, b) => whenOf(a.form).localeCompare(whenOf(b.form)) || a.index - b.index);
  return [ordered[ordered.length - 2]!.form, ordered[ordered.length - 1]!.form];
}

/**
 * "Funksjon i arbeid": the change per area between the two latest finished rounds, computed here
 * from their values. Up or down is said in words and with the number, with an arrow beside it,
 * and "better"/"worse" where the template says which end is good: never by colour alone.
 */
export function RoundComparison({ rounds, current }: { rounds: [FormSummary, FormSummary]; current: FormView }) {
  const t = useTexts(formTexts);
  const [earlier, later] = rounds;
  const load = (summary: FormSummary) => ({
    queryKey: formKeys.form(summary.id),
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchForm(summary.id, signal),
    initialData: summary.id === current.id ? current : undefined,
    staleTime: 60_000,
  });
  const a = useQuery(load(earlier));
  const b = useQuery(load(later));
  if (a.isPending || b.isPending) return <LoadingState />;
  if (a.isError) return <ApiErrorAlert error={a.error} size="small" />;
  if (b.isError) return <ApiErrorAlert error={b.error} size="small" />;
  const changes = compareRounds(b.data.template, a.data.values, b.data.values);
  return (
    <>
      <BodyShort>{t.roundsIntro(formatDate(whenOf(earlier)) || t.revisionN(earlier.revision), formatDate(whenOf(later)) || t.revisionN(later.revision))}</BodyShort>
      <div className="table-scroll">
        <Table size="small" data-testid="round-comparison">
          <caption className="aksel-sr-only">{t.roundsLabel}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.roundArea}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.roundEarlier}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.roundLater}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.roundChange}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {changes.map((change) => (
              <ChangeRow key={change.fieldId} change={change} />
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}

function ChangeRow({ change }: { change: ScaleChange }) {
  const t = useTexts(formTexts);
  const lang = useLang();
  const show = (value: number | null) => (value === null ? '–' : scaleOptionText(change.field, value, lang));
  let text = t.notComparable;
  let icon = null;
  if (change.direction && change.change !== null) {
    const amount = numberText(Math.abs(change.change), lang);
    text = change.direction === 'up' ? t.up(amount) : change.direction === 'down' ? t.down(amount) : t.unchanged;
    if (change.meaning === 'better' || change.meaning === 'worse') text += ` (${change.meaning === 'better' ? t.better : t.worse})`;
    icon = change.direction === 'up' ? <ArrowUpIcon aria-hidden /> : change.direction === 'down' ? <ArrowDownIcon aria-hidden /> : <ArrowRightIcon aria-hidden />;
  }
  return (
    <Table.Row data-field-id={change.fieldId} data-direction={change.direction ?? 'none'} data-meaning={change.meaning ?? 'none'}>
      <Table.HeaderCell scope="row">{change.field.label[lang]}</Table.HeaderCell>
      <Table.DataCell>{show(change.earlier)}</Table.DataCell>
      <Table.DataCell>{show(change.later)}</Table.DataCell>
      <Table.DataCell>
        <span className="forms-change">
          {icon}
          {text}
        </span>
      </Table.DataCell>
    </Table.Row>
  );
}
