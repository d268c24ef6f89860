import { BodyLong, BodyShort, HStack, LinkCard, Pagination, Search, Select, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useEffect, useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { publicRecommendationPath, usePublicRecommendations } from '../api';
import { AtomFeedLink } from '../components/AtomFeedLink';
import { ThemeTags } from '../components/StatusTags';
import { THEMES } from '../fields';
import { publicTexts } from '../texts';
import { useForumVocabulary } from '../vocabulary';

/** `/anbefalinger`, open to anyone: full-text search over the published recommendations. */
export function PublicRecommendationsPage() {
  const t = useTexts(publicTexts);
  const v = useForumVocabulary();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(query.trim(), 300);
  const theme = params.get('tema') ?? '';
  const page = Math.max(1, Number(params.get('side') ?? '1') || 1);
  const list = usePublicRecommendations(q, theme, page);

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
    // Only the debounced text moves the address (not every change of the other parameters).
  }, [q]);

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <div>
          <AtomFeedLink />
        </div>
      </VStack>
      <div className="forums-filters" role="search">
        <Search label={t.search} variant="simple" value={query} onChange={setQuery} onClear={() => setQuery('')} />
        <Select label={t.theme} value={theme} onChange={(e) => update({ tema: e.target.value, side: '' })}>
          <option value="">{t.allThemes}</option>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {v.theme(th)}
            </option>
          ))}
        </Select>
      </div>
      {list.isPending && <LoadingState />}
      {list.isError && <ApiErrorAlert error={list.error} />}
      {data && (
        <VStack gap="space-16">
          <BodyShort role="status">{data.total === 0 ? t.none : t.results(data.total)}</BodyShort>
          <ul className="forums-list" data-testid="public-recommendations">
            {data.items.map((item) => (
              <li key={item.slug}>
                <LinkCard>
                  <LinkCard.Title as="h2">
                    <LinkCard.Anchor asChild>
                      <RouterLink to={publicRecommendationPath(item.slug)}>{item.title}</RouterLink>
                    </LinkCard.Anchor>
                  </LinkCard.Title>
                  {item.summary && <LinkCard.Description>{item.summary}</LinkCard.Description>}
                  <LinkCard.Footer>
                    <HStack gap="space-8" align="center" wrap>
                      {item.status === 'withdrawn' && <Tag size="xsmall" variant="moderate" data-color="danger">{t.withdrawnTag}</Tag>}
                      {item.external && <Tag size="xsmall" variant="moderate" data-color="info">{t.external}</Tag>}
                      <BodyShort size="small">{[item.bodyName ?? item.sourceName, item.publishedAt ? t.published(formatDate(item.publishedAt)) : null].filter(Boolean).join(' · ')}</BodyShort>
                      <ThemeTags themes={item.themes} />
                    </HStack>
                  </LinkCard.Footer>
                </LinkCard>
              </li>
            ))}
          </ul>
          {pages > 1 && <Pagination page={page} count={pages} onPageChange={(p) => update({ side: String(p) })} size="small" />}
        </VStack>
      )}
    </VStack>
  );
}
