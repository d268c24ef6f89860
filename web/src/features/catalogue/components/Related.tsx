import { Link } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { Section } from '../../../shared/components/Section';
import { entryPath } from '../api';
import { publicTexts } from '../texts/public';
import type { EntryKind, KnowledgeSource } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

/** "See also": the related entries that are published, by title. */
export function RelatedLinks({ related }: { related: Array<{ kind: EntryKind; slug: string; title: string }> }) {
  const v = useCatalogueVocabulary();
  if (related.length === 0) return null;
  return (
    <Section title={v.field('related')}>
      <ul className="catalogue-list">
        {related.map((r) => (
          <li key={`${r.kind}/${r.slug}`}>
            <AppLink to={entryPath(r.kind, r.slug)}>{r.title}</AppLink>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Sources({ sources }: { sources: KnowledgeSource[] | undefined }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  if (!sources || sources.length === 0) return null;
  return (
    <Section title={v.field('sources')}>
      <ul className="catalogue-list">
        {sources.map((s, i) => (
          <li key={i}>
            {s.citation}
            {s.url && /^https:\/\//.test(s.url) && (
              <>
                {' '}
                <Link href={s.url}>{t.sourceLink}</Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
