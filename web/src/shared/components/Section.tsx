import { Heading, VStack } from '@navikt/ds-react';
import { useId, type ReactNode } from 'react';

/** A titled region of a page, with an h2 that also names the region. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <VStack as="section" gap="space-12" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {title}
      </Heading>
      {children}
    </VStack>
  );
}
