import { Tag } from '@navikt/ds-react';
import { statusColor, useInteropVocabulary } from '../vocabulary';

export function InteropStatusTag({ status }: { status: string }) {
  const vocabulary = useInteropVocabulary();
  return (
    <Tag size="small" variant="moderate" data-color={statusColor(status)}>
      {vocabulary.status(status)}
    </Tag>
  );
}
