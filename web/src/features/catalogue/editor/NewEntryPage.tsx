import { Button, Select, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { PageHeading } from '../../../shared/components/PageHeading';
import { editorEntryPath, useCreateEntry } from '../api';
import { editorTexts } from '../texts/editor';
import { KIND_LABELS, labelOf } from '../texts/vocabulary';
import type { EntryKind } from '../types';

const KINDS: EntryKind[] = ['model', 'measure', 'article', 'checklist', 'template'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `/kunnskap/redaksjon/ny`: a new, empty draft of any kind, completed in the edit form. */
export function NewEntryPage() {
  const t = useTexts(editorTexts);
  const lang = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<EntryKind>((params.get('type') as EntryKind) ?? 'model');
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState('');
  const [tried, setTried] = useState(false);
  const create = useCreateEntry();
  const slugError = tried && !SLUG.test(slug) ? t.slugHelp : undefined;
  const titleError = tried && !title.trim() ? t.required(t.title) : undefined;
  return (
    <VStack gap="space-24" className="catalogue-narrow">
      <VStack gap="space-12">
        <AppLink to="/kunnskap/redaksjon">{t.backToList}</AppLink>
        <PageHeading>{t.newTitle}</PageHeading>
      </VStack>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!SLUG.test(slug) || !title.trim()) return;
          create.mutate({ kind, slug, content: { title: title.trim() } }, { onSuccess: (entry) => navigate(editorEntryPath(entry.id)) });
        }}
      >
        <VStack gap="space-16">
          <Select label={t.kind} value={kind} onChange={(e) => setKind(e.target.value as EntryKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {labelOf(KIND_LABELS, k, lang)}
              </option>
            ))}
          </Select>
          <TextField label={t.title} value={title} onChange={(e) => setTitle(e.target.value)} error={titleError} maxLength={300} />
          <TextField label={t.slug} description={t.slugHelp} value={slug} onChange={(e) => setSlug(e.target.value.trim().toLowerCase())} error={slugError} maxLength={120} />
          {create.isError && <ApiErrorAlert error={create.error} />}
          <div>
            <Button type="submit" loading={create.isPending}>
              {t.create}
            </Button>
          </div>
        </VStack>
      </form>
    </VStack>
  );
}
