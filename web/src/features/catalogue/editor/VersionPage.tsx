import { BodyShort, Table, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { editorEntryPath, useEditorEntry, useEntryVersion } from '../api';
import { FieldList } from '../components/FieldList';
import { FieldValue } from '../components/FieldValue';
import { editorTexts } from '../texts/editor';
import { publicTexts } from '../texts/public';
import { useCatalogueVocabulary } from '../vocabulary';
import { FORM_FIELDS } from './fields';

/** `/kunnskap/redaksjon/:id/versjoner/:version`: an old version as it was, and what it changed. */
export function VersionPage() {
  const t = useTexts(editorTexts);
  const p = useTexts(publicTexts);
  const lang = useLang();
  const v = useCatalogueVocabulary();
  const { id = '', version = '0' } = useParams();
  const entry = useEditorEntry(id);
  const shown = useEntryVersion(id, Number(version));
  if (entry.isPending || shown.isPending) return <LoadingState />;
  if (entry.isError) return <ApiErrorAlert error={entry.error} />;
  if (shown.isError) return <ApiErrorAlert error={shown.error} />;
  const data = shown.data;
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to={editorEntryPath(id)}>{t.backToEntry}</AppLink>
        <PageHeading>{t.versionTitle(data.title, data.version)}</PageHeading>
        <BodyShort>{[data.authorName, formatDateTime(data.createdAt, lang), data.changeNote].filter(Boolean).join(' · ')}</BodyShort>
      </VStack>
      <Section title={t.changesTitle}>
        {data.changes.length === 0 ? (
          <BodyShort>{t.noChanges}</BodyShort>
        ) : (
          <div className="table-scroll">
            <Table size="small">
              <caption className="aksel-sr-only">{t.changesTitle}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{p.field}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.before}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.after}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.changes.map((change) => (
                  <Table.Row key={change.field}>
                    <Table.HeaderCell scope="row">{v.field(change.field)}</Table.HeaderCell>
                    <Table.DataCell>
                      <FieldValue field={change.field} value={change.before} />
                    </Table.DataCell>
                    <Table.DataCell>
                      <FieldValue field={change.field} value={change.after} />
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
      <Section title={t.contentTitle}>
        <FieldList content={data.content} fields={FORM_FIELDS[entry.data.kind].map((f) => f.path)} />
      </Section>
    </VStack>
  );
}
