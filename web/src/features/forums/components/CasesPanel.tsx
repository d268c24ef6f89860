import { BodyShort, Search, Select, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { casePath, useBodySubmissions } from '../api';
import { THEMES } from '../fields';
import { bodyTexts } from '../texts';
import type { SubmissionStatus } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { SubmissionStatusTag, ThemeTags } from './StatusTags';

const STATUSES: SubmissionStatus[] = ['received', 'accepted', 'in_assessment', 'assessed', 'answered', 'forwarded', 'merged', 'rejected'];

/** The body's cases with filters by state and theme and a full-text search. */
export function CasesPanel({ bodyId }: { bodyId: string }) {
  const t = useTexts(bodyTexts);
  const v = useForumVocabulary();
  const [status, setStatus] = useState('');
  const [theme, setTheme] = useState('');
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), 300);
  const cases = useBodySubmissions(bodyId, { status: status || undefined, theme: theme || undefined, q: q || undefined });
  return (
    <VStack gap="space-16">
      <div className="forums-filters" role="search">
        <Select label={t.filterStatus} value={status} onChange={(e) => setStatus(e.target.value)} size="small">
          <option value="">{t.all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {v.status(s)}
            </option>
          ))}
        </Select>
        <Select label={t.filterTheme} value={theme} onChange={(e) => setTheme(e.target.value)} size="small">
          <option value="">{t.all}</option>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {v.theme(th)}
            </option>
          ))}
        </Select>
        <Search label={t.search} variant="simple" size="small" value={query} onChange={setQuery} onClear={() => setQuery('')} />
      </div>
      {cases.isPending && <LoadingState />}
      {cases.isError && <ApiErrorAlert error={cases.error} />}
      {cases.data && cases.data.length === 0 && <BodyShort>{t.noCases}</BodyShort>}
      {cases.data && cases.data.length > 0 && (
        <div className="table-scroll">
          <Table size="small" data-testid="forum-cases">
            <caption className="aksel-sr-only">{t.casesCaption}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">{t.colTitle}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t.colKind}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t.colReceived}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t.colStatus}</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">{t.colThemes}</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {cases.data.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row">
                    <Link as={RouterLink} to={casePath(c.id)}>
                      {c.title}
                    </Link>
                    {c.readyForMeeting && <BodyShort size="small" className="forums-subtle">{t.ready}</BodyShort>}
                  </Table.HeaderCell>
                  <Table.DataCell>{v.submissionKind(c.kind)}</Table.DataCell>
                  <Table.DataCell>{formatDate(c.createdAt)}</Table.DataCell>
                  <Table.DataCell>
                    <SubmissionStatusTag status={c.status} />
                  </Table.DataCell>
                  <Table.DataCell>
                    <ThemeTags themes={c.themes} />
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </VStack>
  );
}
