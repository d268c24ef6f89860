import { Tag } from '@navikt/ds-react';
import type { EntryKind } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

export function KindTag({ kind }: { kind: EntryKind }) {
  const v = useCatalogueVocabulary();
  return (
    <Tag size="xsmall" variant="moderate" data-color={kind === 'model' ? 'info' : kind === 'measure' ? 'success' : 'neutral'}>
      {v.kind(kind)}
    </Tag>
  );
}
