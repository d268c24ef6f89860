import { Heading, VStack } from '@navikt/ds-react';
import { forwardRef, useId, type ReactNode } from 'react';

/**
 * A titled region of the case page. Its h2 can take focus from script (after an action removes
 * the button that had it), so keyboard users stay where they were.
 */
export const CaseSection = forwardRef<HTMLHeadingElement, { title: string; children: ReactNode; testId?: string }>(
  function CaseSection({ title, children, testId }, ref) {
    const id = useId();
    return (
      <VStack as="section" gap="space-12" aria-labelledby={id} data-testid={testId}>
        <Heading ref={ref} level="2" size="medium" id={id} tabIndex={-1} className="focus-target">
          {title}
        </Heading>
        {children}
      </VStack>
    );
  },
);
