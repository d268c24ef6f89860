import { Table } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { editorVersionPath } from '../api';
import { editorTexts } from '../texts/editor';
import type { EntryView } from '../types';

/** Every version of the entry, who wrote it, who reviewed and published it; each readable. */
export function VersionHistory({ entry }: { entry: EntryView }) {
  const t = useTexts(editorTexts);
  const lang = useLang();
  return (
    <Section title={t.history}>
      <div className="table-scroll">
        <Table size="small" data-testid="version-history">
          <caption className="aksel-sr-only">{t.history}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.colVersion}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colAuthor}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colUpdated}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colNote}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colReviewer}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colPublished}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {entry.versions.map((v) => (
              <Table.Row key={v.version}>
                <Table.HeaderCell scope="row">
                  <AppLink to={editorVersionPath(entry.id, v.version)}>{t.show(v.version)}</AppLink>
                </Table.HeaderCell>
                <Table.DataCell>{v.authorName}</Table.DataCell>
                <Table.DataCell>{formatDateTime(v.createdAt, lang)}</Table.DataCell>
                <Table.DataCell>{v.changeNote}</Table.DataCell>
                <Table.DataCell>{v.reviewerName}</Table.DataCell>
                <Table.DataCell>{v.publishedAt ? formatDateTime(v.publishedAt, lang) : ''}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </Section>
  );
}
