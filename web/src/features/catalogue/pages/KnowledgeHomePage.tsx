import { BodyLong, BodyShort, HStack, LinkCard, Pagination, Search, Select, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { entryPath, useCatalogueSearch, useIsEditor } from '../api';
import { KindTag } from '../components/KindTag';
import { KnowledgeLists } from '../components/KnowledgeLists';
import { Snippet } from '../components/Snippet';
import { publicTexts } from '../texts/public';
import type { EntryKind, SearchResult } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

const KINDS: EntryKind[] = ['model', 'measure', 'article', 'checklist', 'template'];

/** `/kunnskap`, open to anyone: search across everything published, or the overview when nothing is asked. */
export function KnowledgeHomePage() {
  const t = useTexts(publicTexts);
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(query.trim(), 300);
  const kind = params.get('type') ?? '';
  const page = Math.max(1, Number(params.get('side') ?? '1') || 1);
  const search = useCatalogueSearch(q, kind, page);
  const editor = useIsEditor();

  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q, side: '' });
    // Only the debounced text moves the address.
  }, [q]);

  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t.homeTitle}</PageHeading>
        <BodyLong>{t.homeIntro}</BodyLong>
        {editor && (
          <div>
            <AppLink to="/kunnskap/redaksjon">{t.editorLink}</AppLink>
          </div>
        )}
      </VStack>
      <div className="catalogue-searchbar" role="search">
        <Search label={t.search} description={t.searchHint} variant="simple" value={query} onChange={setQuery} onClear={() => setQuery('')} />
        <Select label={t.kindFilter} value={kind} onChange={(e) => update({ type: e.target.value, side: '' })}>
          <option value="">{t.allKinds}</option>
          {KINDS.map((k) => (
            <KindOption key={k} kind={k} />
          ))}
        </Select>
      </div>
      {q === '' ? <KnowledgeLists /> : <SearchResults search={search} page={page} onPage={(p) => update({ side: String(p) })} />}
    </VStack>
  );
}

function KindOption({ kind }: { kind: EntryKind }) {
  const v = useCatalogueVocabulary();
  return <option value={kind}>{v.kind(kind)}</option>;
}

function SearchResults({ search, page, onPage }: { search: ReturnType<typeof useCatalogueSearch>; page: number; onPage: (page: number) => void }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  if (search.isPending) return <LoadingState />;
  if (search.isError) return <ApiErrorAlert error={search.error} />;
  const data: SearchResult = search.data;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <VStack gap="space-16">
      <BodyShort role="status">
        {data.total === 0 ? t.noHits : t.results(data.total)}
        {data.kinds.length > 1 && ` (${data.kinds.map((k) => `${v.kind(k.kind)}: ${k.count}`).join(', ')})`}
      </BodyShort>
      <ul className="catalogue-cards" data-testid="search-results">
        {data.items.map((item) => (
          <li key={`${item.kind}/${item.slug}`}>
            <LinkCard>
              <LinkCard.Title as="h2">
                <LinkCard.Anchor asChild>
                  <RouterLink to={entryPath(item.kind, item.slug)}>{v.lang === 'en' && item.titleEn ? item.titleEn : item.title}</RouterLink>
                </LinkCard.Anchor>
              </LinkCard.Title>
              <LinkCard.Description>
                <Snippet parts={item.snippet} />
              </LinkCard.Description>
              <LinkCard.Footer>
                <HStack gap="space-8">
                  <KindTag kind={item.kind} />
                </HStack>
              </LinkCard.Footer>
            </LinkCard>
          </li>
        ))}
      </ul>
      {pages > 1 && <Pagination page={page} count={pages} onPageChange={onPage} size="small" />}
    </VStack>
  );
}
