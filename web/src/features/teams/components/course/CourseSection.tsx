import { Heading, VStack } from '@navikt/ds-react';
import { forwardRef, useId, type ReactNode } from 'react';

/** A titled region of the course page whose h2 can take the focus (a link or a refusal sends the user there). */
export const CourseSection = forwardRef<HTMLHeadingElement, { title: string; children: ReactNode; testId?: string }>(function CourseSection({ title, children, testId }, ref) {
  const id = useId();
  return (
    <VStack as="section" gap="space-12" aria-labelledby={id} data-testid={testId}>
      <Heading level="2" size="medium" id={id} ref={ref} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </VStack>
  );
});
