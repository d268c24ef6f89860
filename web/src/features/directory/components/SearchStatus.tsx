import { BodyShort } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { searchTexts } from '../texts';
import type { SearchResult, SearchType } from '../types';

interface Props {
  active: boolean;
  type: SearchType;
  data: SearchResult | undefined;
}

export const SEARCH_STATUS_ID = 'directory-search-status';

/** A polite live region announcing how many results were found. */
export function SearchStatus({ active, type, data }: Props) {
  const t = useTexts(searchTexts);
  let text: string;
  if (!active) text = t.minChars;
  else if (!data) text = t.searching;
  else {
    const orgs = data.organisations.length;
    const people = data.people.length;
    const parts: string[] = [];
    if (type !== 'person') parts.push(t.organisationCount(orgs));
    if (type !== 'organisation') parts.push(t.personCount(people));
    text = orgs + people === 0 ? t.noHits : t.found(parts.join(` ${t.and} `));
  }
  return (
    <BodyShort id={SEARCH_STATUS_ID} role="status" aria-live="polite" aria-atomic="true">
      {text}
    </BodyShort>
  );
}
