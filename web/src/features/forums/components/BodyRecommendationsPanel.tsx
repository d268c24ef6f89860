import { BodyShort, Link, Table } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { recommendationPath, useBodyRecommendations } from '../api';
import { recommendationTexts } from '../texts';
import { RecommendationStatusTag } from './StatusTags';

/** The body's recommendations, drafts included, newest change first. */
export function BodyRecommendationsPanel({ bodyId }: { bodyId: string }) {
  const t = useTexts(recommendationTexts);
  const list = useBodyRecommendations(bodyId);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ApiErrorAlert error={list.error} />;
  if (list.data.length === 0) return <BodyShort>{t.noneYet}</BodyShort>;
  return (
    <Table size="small" data-testid="body-recommendations">
      <caption className="aksel-sr-only">{t.listCaption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.colTitle}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t.colStatus}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colVersion}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col">{t.colUpdated}</Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {list.data.map((r) => (
          <Table.Row key={r.id}>
            <Table.HeaderCell scope="row">
              <Link as={RouterLink} to={recommendationPath(r.id)}>
                {r.title}
              </Link>
            </Table.HeaderCell>
            <Table.DataCell>
              <RecommendationStatusTag status={r.status} />
            </Table.DataCell>
            <Table.DataCell align="right">{r.version}</Table.DataCell>
            <Table.DataCell>{formatDate(r.updatedAt)}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
