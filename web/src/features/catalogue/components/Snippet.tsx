import { BodyShort } from '@navikt/ds-react';
import type { SnippetPart } from '../types';

/** A search snippet: the server's plain and marked parts as text and <mark>, never as HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <BodyShort size="small" className="catalogue-snippet">
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </BodyShort>
  );
}
