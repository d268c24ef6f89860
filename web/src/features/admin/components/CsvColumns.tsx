import { BodyShort, Label, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { importTexts } from '../texts';
import { CSV_COLUMNS, type ImportKind } from '../types';

/** The header row the chosen import expects. */
export function CsvColumns({ kind }: { kind: ImportKind }) {
  const t = useTexts(importTexts);
  return (
    <VStack gap="space-4">
      <Label as="p">{t.columns}</Label>
      <BodyShort as="code" className="csv-columns" data-testid="csv-columns">
        {CSV_COLUMNS[kind].split(',').map((column, index) => (
          <span key={column}>
            {index > 0 && ','}
            <wbr />
            {column}
          </span>
        ))}
      </BodyShort>
      {kind === 'organisations' && <BodyShort size="small">{t.herIdsHint}</BodyShort>}
    </VStack>
  );
}
