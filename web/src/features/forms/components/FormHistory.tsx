import { BodyShort, Link, Table } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDateTime } from '../../../shared/format';
import { formPdfUrl } from '../api';
import { formTexts } from '../texts';
import type { FormHistoryEntry, FormView } from '../types';
import { useFormVocabulary } from '../vocabulary';

const whenOf = (entry: FormHistoryEntry) => entry.sharedAt ?? entry.approvedAt ?? entry.at ?? '';

/** Every approved or shared revision, never changed, each with its PDF; the current one first. */
export function FormHistory({ form }: { form: FormView }) {
  const t = useTexts(formTexts);
  const v = useFormVocabulary();
  const lang = useLang();
  const earlier = [...form.history].filter((entry) => entry.revision !== form.revision).sort((a, b) => b.revision - a.revision);
  const current = form.history.find((entry) => entry.revision === form.revision);
  // The ADR's `by`; left out when the server does not say who.
  const withBy = form.history.some((entry) => entry.by);
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="form-history">
        <caption className="aksel-sr-only">{t.historyLabel}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.historyRevision}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.historyStatus}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.historyWhen}</Table.HeaderCell>
            {withBy && <Table.HeaderCell scope="col">{t.historyBy}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t.historyPdf}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          <Table.Row data-revision={form.revision} data-current="true">
            <Table.HeaderCell scope="row">{t.currentRevision(form.revision)}</Table.HeaderCell>
            <Table.DataCell>{v.status(form.status)}</Table.DataCell>
            <Table.DataCell>{current && whenOf(current) ? formatDateTime(whenOf(current), lang) : "–"}</Table.DataCell>
            {withBy && <Table.DataCell>{current?.by ?? '–'}</Table.DataCell>}
            <Table.DataCell>
              <Link href={formPdfUrl(form.id, form.revision)} download>
                {t.pdfOfRevision(form.revision)}
              </Link>
            </Table.DataCell>
          </Table.Row>
          {earlier.map((entry, index) => (
            <Table.Row key={`${entry.revision}-${index}`} data-revision={entry.revision}>
              <Table.HeaderCell scope="row">{t.revisionN(entry.revision)}</Table.HeaderCell>
              <Table.DataCell>{v.status(entry.status)}</Table.DataCell>
              <Table.DataCell>{whenOf(entry) ? formatDateTime(whenOf(entry), lang) : "–"}</Table.DataCell>
              {withBy && <Table.DataCell>{entry.by ?? '–'}</Table.DataCell>}
              <Table.DataCell>
                <Link href={formPdfUrl(form.id, entry.revision)} download>
                  {t.pdfOfRevision(entry.revision)}
                </Link>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {earlier.length === 0 && (
        <BodyShort size="small" className="forms-subtle">
          {t.historyNone}
        </BodyShort>
      )}
    </div>
  );
}
