import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { usePublishedEntry } from '../api';
import { FieldList } from '../components/FieldList';
import { KindTag } from '../components/KindTag';
import { PageFooter } from '../components/PageFooter';
import { RelatedLinks, Sources } from '../components/Related';
import { Paragraphs } from '../components/RichText';
import { publicTexts } from '../texts/public';
import type { AnyContent, EntryKind } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

type Kind = Exclude<EntryKind, 'model'>;

/** What each kind shows under its summary: running text first, then labelled fields. */
const LAYOUT: Record<Kind, { text: keyof AnyContent; fields: string[] }> = {
  measure: { text: 'whatItIs', fields: ['category', 'whoMayQualify', 'whoDecides', 'howGpSuggests', 'misunderstandings', 'relatedSickNoteFields', 'legalBasis'] },
  article: { text: 'body', fields: ['topic', 'legalReferences'] },
  checklist: { text: 'body', fields: ['audience', 'items'] },
  template: { text: 'body', fields: ['audience', 'items'] },
};

/** `/kunnskap/tiltak/:slug`, `/kunnskap/regler/:slug`, `/kunnskap/sjekkliste/:slug`, `/kunnskap/mal/:slug`: open to anyone. */
export function KnowledgeEntryPage({ kind }: { kind: Kind }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  const { slug = '' } = useParams();
  const entry = usePublishedEntry<AnyContent>(kind, slug);
  if (entry.isPending) return <LoadingState />;
  if (entry.isError) return <ApiErrorAlert error={entry.error} />;
  const content = entry.data.content;
  const layout = LAYOUT[kind];
  const title = v.lang === 'en' && content.titleEn ? content.titleEn : (content.title ?? slug);
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to="/kunnskap">{t.backToKnowledge}</AppLink>
        <PageHeading>{title}</PageHeading>
        <div>
          <KindTag kind={kind} />
        </div>
        {v.lang === 'en' && content.titleEn && <BodyShort className="catalogue-subtle">{content.title}</BodyShort>}
        {content.summary && <BodyLong size="large">{content.summary}</BodyLong>}
        <Paragraphs paragraphs={content[layout.text] as string[] | undefined} />
        {content.usedIn && (
          <div>
            <AppLink to={content.usedIn}>{t.usedInLink}</AppLink>
          </div>
        )}
      </VStack>
      <Section title={v.kind(kind)}>
        <FieldList content={content} fields={layout.fields} />
      </Section>
      <RelatedLinks related={entry.data.related} />
      <Sources sources={content.sources} />
      <PageFooter page={entry.data} />
    </VStack>
  );
}
