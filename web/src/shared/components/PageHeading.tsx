import { Heading } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { focusHeadingIfPending } from '../focus';

interface Props {
  children: ReactNode;
  /** Document title (without the product name); defaults to the heading when it is text. */
  documentTitle?: string;
}

/** The page's one h1. Focusable by script, so focus can move here on navigation. */
export function PageHeading({ children, documentTitle }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    focusHeadingIfPending(ref.current);
  }, []);

  useEffect(() => {
    document.title = title ? `${title} – Samhandling` : 'Samhandling';
  }, [title]);

  return (
    <Heading ref={ref} level="1" size="large" tabIndex={-1} data-page-heading="" className="page-heading">
      {children}
    </Heading>
  );
}
