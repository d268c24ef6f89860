import { BodyLong, BodyShort, Button, HStack, Select, Table, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDateTime } from '../../../shared/format';
import { editorEntryPath, useEditorEntries } from '../api';
import { KindTag } from '../components/KindTag';
import { editorTexts } from '../texts/editor';
import { publicTexts } from '../texts/public';
import { ENTRY_STATUS_LABELS, KIND_LABELS, labelOf } from '../texts/vocabulary';
import type { EntryKind, EntryStatus } from '../types';

const STATUSES: EntryStatus[] = ['draft', 'in_review', 'published', 'archived'];
const KINDS: EntryKind[] = ['model', 'measure', 'article', 'checklist', 'template'];

/** `/kunnskap/redaksjon`: every entry for editors, filtered by status and kind, newest change first. */
export function EditorListPage() {
  const t = useTexts(editorTexts);
  const p = useTexts(publicTexts);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'in_review') as EntryStatus | '';
  const kind = (params.get('type') ?? '') as EntryKind | '';
  const entries = useEditorEntries(status, kind);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <AppLink to="/kunnskap">{p.backToKnowledge}</AppLink>
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <HStack gap="space-8" wrap>
          <Button as={RouterLink} to="/kunnskap/redaksjon/ny" size="small" variant="secondary">
            {t.newEntry}
          </Button>
          <Button as={RouterLink} to="/kunnskap/redaksjon/intervju" size="small" variant="secondary">
            {t.newFromInterview}
          </Button>
        </HStack>
      </VStack>
      <HStack gap="space-16" wrap>
        <Select label={t.status} size="small" value={status} onChange={(e) => set('status', e.target.value)}>
          <option value="">{t.all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {labelOf(ENTRY_STATUS_LABELS, s, lang)}
            </option>
          ))}
        </Select>
        <Select label={t.kind} size="small" value={kind} onChange={(e) => set('type', e.target.value)}>
          <option value="">{t.all}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {labelOf(KIND_LABELS, k, lang)}
            </option>
          ))}
        </Select>
      </HStack>
      {entries.isPending && <LoadingState />}
      {entries.isError && <ApiErrorAlert error={entries.error} />}
      {entries.data && entries.data.items.length === 0 && <BodyShort>{t.noEntries}</BodyShort>}
      {entries.data && entries.data.items.length > 0 && (
        <div className="table-scroll">
          <Table size="small" data-testid="editor-entries">
            <caption className="aksel-sr-only">{t.listTitle}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colTitle}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.kind}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colVersion}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colAuthor}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colUpdated}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.data.items.map((item) => (
                <Table.Row key={item.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={editorEntryPath(item.id)}>{item.title}</AppLink>
                  </Table.HeaderCell>
                  <Table.DataCell>
                    <KindTag kind={item.kind} />
                  </Table.DataCell>
                  <Table.DataCell>
                    <Tag size="xsmall" variant="moderate" data-color={item.status === 'in_review' ? 'warning' : 'neutral'}>
                      {labelOf(ENTRY_STATUS_LABELS, item.status, lang)}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell>{item.publishedVersion === null ? item.workingVersion : `${item.workingVersion} (${item.publishedVersion})`}</Table.DataCell>
                  <Table.DataCell>{item.lastAuthorName}</Table.DataCell>
                  <Table.DataCell>{formatDateTime(item.updatedAt, lang)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </VStack>
  );
}
