import { BodyShort, LinkCard, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { Section } from '../../../shared/components/Section';
import { entryPath, useKnowledgeList } from '../api';
import { publicTexts } from '../texts/public';
import type { EntryKind } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

type ListKind = Exclude<EntryKind, 'model'>;

/** One kind's published entries as link cards, grouped by category where the kind has them. */
function KindList({ kind, title }: { kind: ListKind; title: string }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  const list = useKnowledgeList(kind);
  const categoryField = kind === 'measure' ? 'category' : kind === 'article' ? 'topic' : 'audience';
  return (
    <Section title={title}>
      {list.isPending && <LoadingState />}
      {list.isError && <ApiErrorAlert error={list.error} />}
      {list.data && list.data.items.length === 0 && <BodyShort>{t.none}</BodyShort>}
      {list.data && list.data.items.length > 0 && (
        <ul className="catalogue-grid" data-testid={`knowledge-list-${kind}`}>
          {list.data.items.map((item) => (
            <li key={item.slug}>
              <LinkCard size="small">
                <LinkCard.Title as="h3">
                  <LinkCard.Anchor asChild>
                    <RouterLink to={entryPath(kind, item.slug)}>{v.lang === 'en' && item.titleEn ? item.titleEn : item.title}</RouterLink>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>{item.summary}</LinkCard.Description>
                {item.category && <LinkCard.Footer><BodyShort size="small">{v.value(categoryField, item.category)}</BodyShort></LinkCard.Footer>}
              </LinkCard>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The overview of `/kunnskap` when nothing is searched: the models, then each knowledge kind. */
export function KnowledgeLists() {
  const t = useTexts(publicTexts);
  return (
    <VStack gap="space-32">
      <Section title={t.models}>
        <LinkCard>
          <LinkCard.Title as="h3">
            <LinkCard.Anchor asChild>
              <RouterLink to="/kunnskap/modeller">{t.modelsLink}</RouterLink>
            </LinkCard.Anchor>
          </LinkCard.Title>
          <LinkCard.Description>{t.modelsIntro}</LinkCard.Description>
        </LinkCard>
      </Section>
      <KindList kind="measure" title={t.measures} />
      <KindList kind="article" title={t.articles} />
      <KindList kind="checklist" title={t.checklists} />
      <KindList kind="template" title={t.templates} />
    </VStack>
  );
}
