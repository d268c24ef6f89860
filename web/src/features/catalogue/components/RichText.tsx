import { BodyLong, Link } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { AppLink } from '../../../shared/components/AppLink';
import { internalHref } from '../api';

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/**
 * Text written in the catalogue, with its markdown links made into links: internal ones
 * (`/kunnskap/<kind>/<slug>`) to the page they name, https ones to the outside. Everything else is
 * text: nothing from content is ever inserted as HTML.
 */
export function inlineText(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = '', href = ''] = match;
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    const internal = internalHref(href);
    if (internal) parts.push(<AppLink key={index} to={internal}>{label}</AppLink>);
    else if (/^https:\/\//.test(href)) parts.push(<Link key={index} href={href}>{label}</Link>);
    else parts.push(label);
    last = index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function RichText({ text, size }: { text: string; size?: 'small' | 'medium' | 'large' }) {
  return (
    <BodyLong size={size} className="catalogue-text">
      {inlineText(text)}
    </BodyLong>
  );
}

/** Paragraphs, each with its links. */
export function Paragraphs({ paragraphs }: { paragraphs: string[] | undefined }) {
  return (
    <>
      {(paragraphs ?? []).map((p, i) => (
        <RichText key={i} text={p} />
      ))}
    </>
  );
}
