import { BodyLong, BodyShort, Button, Checkbox, HGrid, HStack, Pagination, Search, Tag, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { comparePath, entryPath, useModels } from '../api';
import { FACET_FIELDS, FacetFilters } from '../components/FacetFilters';
import { publicTexts } from '../texts/public';
import type { FacetKey, ModelSummary } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

const COMPARE_MAX = 4;

/** The filters as the address holds them: each dimension a comma-separated list. */
function selectedFrom(params: URLSearchParams): Partial<Record<FacetKey, string[]>> {
  return Object.fromEntries(FACET_FIELDS.map(({ key }) => [key, (params.get(key) ?? '').split(',').filter(Boolean)]));
}

/** `/kunnskap/modeller`, open to anyone: the collaboration models, filtered by the typology, with a comparison of 2–4. */
export function ModelsPage() {
  const t = useTexts(publicTexts);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(query.trim(), 300);
  const [compared, setCompared] = useState<string[]>([]);
  const apiQuery = new URLSearchParams(params);
  apiQuery.delete('side');
  if (params.get('side')) apiQuery.set('page', params.get('side')!);
  const list = useModels(apiQuery);
  const selected = selectedFrom(params);
  const page = Math.max(1, Number(params.get('side') ?? '1') || 1);

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
  }, [q]);

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const toggle = (slug: string, on: boolean) => setCompared((now) => (on ? [...now, slug].slice(0, COMPARE_MAX) : now.filter((s) => s !== slug)));
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to="/kunnskap">{t.backToKnowledge}</AppLink>
        <PageHeading>{t.models}</PageHeading>
        <BodyLong>{t.modelsIntro}</BodyLong>
      </VStack>
      <HGrid columns={{ xs: 1, md: '18rem 1fr' }} gap="space-32" align="start">
        <nav aria-label={t.filters}>
          <FacetFilters
            facets={data?.facets}
            selected={selected}
            onChange={(key, values) => update({ [key]: values.join(','), side: '' })}
            onClear={() => setParams(new URLSearchParams(q ? { q } : {}), { replace: true })}
          />
        </nav>
        <VStack gap="space-16">
          <div role="search">
            <Search label={t.searchModels} variant="simple" value={query} onChange={setQuery} onClear={() => setQuery('')} />
          </div>
          <HStack gap="space-16" align="center" wrap className="catalogue-compare-bar">
            <BodyShort>{compared.length >= COMPARE_MAX ? t.compareTooMany : t.compareHint}</BodyShort>
            <Button type="button" size="small" disabled={compared.length < 2} onClick={() => navigate(comparePath(compared))}>
              {t.compareSelected(compared.length)}
            </Button>
          </HStack>
          {list.isPending && <LoadingState />}
          {list.isError && <ApiErrorAlert error={list.error} />}
          {data && (
            <>
              <BodyShort role="status">{data.total === 0 ? t.noModels : t.modelCount(data.total)}</BodyShort>
              <ul className="catalogue-cards" data-testid="model-results">
                {data.items.map((model) => (
                  <li key={model.slug}>
                    <ModelCard model={model} compared={compared.includes(model.slug)} full={compared.length >= COMPARE_MAX} onToggle={(on) => toggle(model.slug, on)} />
                  </li>
                ))}
              </ul>
              {pages > 1 && <Pagination page={page} count={pages} onPageChange={(p) => update({ side: String(p) })} size="small" />}
            </>
          )}
        </VStack>
      </HGrid>
    </VStack>
  );
}

function ModelCard({ model, compared, full, onToggle }: { model: ModelSummary; compared: boolean; full: boolean; onToggle: (on: boolean) => void }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  return (
    <article className="catalogue-card" aria-labelledby={`model-${model.slug}`}>
      <VStack gap="space-8">
        <h2 className="catalogue-card__title" id={`model-${model.slug}`}>
          <RouterLink to={entryPath('model', model.slug)} className="aksel-link">
            {model.title}
          </RouterLink>
        </h2>
        <ul className="catalogue-list catalogue-list--compact">
          {model.summary.slice(0, 3).map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
        <HStack gap="space-8" wrap>
          {model.levels.map((level) => (
            <Tag key={level} size="xsmall" variant="moderate" data-color="info">
              {v.value('levels', level)}
            </Tag>
          ))}
          {model.gpRoleIntensity && (
            <Tag size="xsmall" variant="moderate" data-color="neutral">
              {`${v.field('gpRole.intensity')}: ${v.value('gpRole.intensity', model.gpRoleIntensity).toLowerCase()}`}
            </Tag>
          )}
        </HStack>
        <Checkbox size="small" checked={compared} disabled={!compared && full} onChange={(e) => onToggle(e.target.checked)}>
          {t.compareThis(model.title)}
        </Checkbox>
      </VStack>
    </article>
  );
}
