import { Table, VStack } from '@navikt/ds-react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { entryPath, useComparison } from '../api';
import { FieldValue } from '../components/FieldValue';
import { publicTexts } from '../texts/public';
import { useCatalogueVocabulary } from '../vocabulary';

/**
 * `/kunnskap/sammenlign?m=a,b`, open to anyone: 2–4 models side by side as a real table — the
 * models as column headers, each field a row header, one row group per theme of the interview
 * guide — so a screen reader announces model and field for every cell.
 */
export function ComparePage() {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  const [params] = useSearchParams();
  const slugs = (params.get('m') ?? '').split(',').filter(Boolean);
  const comparison = useComparison(slugs);
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to="/kunnskap/modeller">{t.backToModels}</AppLink>
        <PageHeading>{t.compareTitle}</PageHeading>
      </VStack>
      {slugs.length === 0 && <ApiErrorAlert error={new Error(t.compareHint)} />}
      {comparison.isPending && slugs.length > 0 && <LoadingState />}
      {comparison.isError && <ApiErrorAlert error={comparison.error} />}
      {comparison.data && (
        <div className="table-scroll">
          <Table size="small" className="catalogue-compare" data-testid="compare-table">
            <caption>{t.compareCaption}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.field}</Table.HeaderCell>
                {comparison.data.models.map((model) => (
                  <Table.HeaderCell key={model.slug} scope="col">
                    <AppLink to={entryPath('model', model.slug)}>{model.title}</AppLink>
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            {comparison.data.sections.map((section) => (
              <Table.Body key={section.key}>
                <Table.Row className="catalogue-compare__section">
                  <Table.HeaderCell scope="rowgroup" colSpan={comparison.data.models.length + 1}>
                    {v.section(section.key)}
                  </Table.HeaderCell>
                </Table.Row>
                {section.rows.map((row) => (
                  <Table.Row key={row.field}>
                    <Table.HeaderCell scope="row">{v.field(row.field)}</Table.HeaderCell>
                    {row.values.map((value, i) => (
                      <Table.DataCell key={i}>
                        <FieldValue field={row.field} value={value} />
                      </Table.DataCell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            ))}
          </Table>
        </div>
      )}
    </VStack>
  );
}
