import { HStack, Loader } from '@navikt/ds-react';
import { useTexts } from '../../app/i18n/useTexts';
import { commonTexts } from '../texts';

/** A centred spinner with an accessible title. */
export function LoadingState({ label }: { label?: string }) {
  const t = useTexts(commonTexts);
  return (
    <HStack justify="center" paddingBlock="space-32">
      <Loader size="xlarge" title={label ?? t.loading} />
    </HStack>
  );
}
