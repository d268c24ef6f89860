import { ArrowDownIcon, ArrowRightIcon, ArrowUpIcon } from '@navikt/aksel-icons';
import { Heading, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { numberText } from '../../../forms/components/FieldInput';
import { coursePartTexts } from '../../texts';
import type { MappingComparison } from '../../types';

/**
 * "Funksjon i arbeid" at the start and the end, per area, as the server compared them. Up or down
 * is said in words and with the number, an arrow beside it: never by colour alone.
 */
export function MappingComparisonTable({ comparison }: { comparison: MappingComparison }) {
  const t = useTexts(coursePartTexts);
  const lang = useLang();
  const show = (n: number | null) => (n === null ? '–' : numberText(n, lang));
  return (
    <VStack gap="space-8">
      <Heading level="4" size="xsmall">
        {t.comparison}
      </Heading>
      <div className="table-scroll">
        <Table size="small" data-testid="mapping-comparison">
          <caption className="aksel-sr-only">{t.comparisonCaption}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.colArea}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colStart}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colEnd}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colChange}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {comparison.changes.map((c) => {
              const icon = c.direction === 'up' ? <ArrowUpIcon aria-hidden /> : c.direction === 'down' ? <ArrowDownIcon aria-hidden /> : c.direction === 'unchanged' ? <ArrowRightIcon aria-hidden /> : null;
              const amount = c.change === null ? '' : numberText(Math.abs(c.change), lang);
              const sign = c.direction === 'up' ? '+' : c.direction === 'down' ? '−' : '';
              const meaning = c.meaning === 'better' ? t.better : c.meaning === 'worse' ? t.worse : c.meaning === 'unchanged' ? t.unchanged : '';
              const text = !c.comparable || c.change === null ? t.notComparable : `${sign}${amount}${meaning ? ` (${meaning})` : ''}`;
              return (
                <Table.Row key={c.fieldId} data-direction={c.direction ?? 'none'}>
                  <Table.HeaderCell scope="row">{c.label}</Table.HeaderCell>
                  <Table.DataCell>{show(c.earlier)}</Table.DataCell>
                  <Table.DataCell>{show(c.later)}</Table.DataCell>
                  <Table.DataCell>
                    <span className="forms-change">
                      {icon}
                      {text}
                    </span>
                  </Table.DataCell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </VStack>
  );
}
