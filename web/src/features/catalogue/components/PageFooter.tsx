import { BodyShort, Table } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { Section } from '../../../shared/components/Section';
import { formatDate } from '../../../shared/format';
import { entryPath } from '../api';
import { publicTexts } from '../texts/public';
import type { PublishedPage } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';
import { KindTag } from './KindTag';

/** Under every public entry: where it is mentioned, and its published versions with what changed. */
export function PageFooter({ page }: { page: PublishedPage<unknown> }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  return (
    <>
      {page.linkedFrom.length > 0 && (
        <Section title={t.linkedFrom}>
          <ul className="catalogue-list">
            {page.linkedFrom.map((link) => (
              <li key={`${link.kind}/${link.slug}`}>
                <AppLink to={entryPath(link.kind, link.slug)}>{link.title}</AppLink> <KindTag kind={link.kind} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t.versions}>
        <div className="table-scroll">
          <Table size="small">
            <caption className="aksel-sr-only">{t.versions}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.version}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.published}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.changeNote}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {page.versions.map((version) => (
                <Table.Row key={version.version}>
                  <Table.HeaderCell scope="row">{version.version}</Table.HeaderCell>
                  <Table.DataCell>{formatDate(version.publishedAt)}</Table.DataCell>
                  <Table.DataCell>{version.changeNote ?? t.noChangeNote}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        <BodyShort size="small" className="catalogue-subtle">{`${v.kind(page.kind)} · ${t.version} ${page.version}`}</BodyShort>
      </Section>
    </>
  );
}
