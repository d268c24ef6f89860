import { BodyShort, Table, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { caseTexts, sickLeaveTexts } from '../texts';
import type { Milestone } from '../types';
import { useVocabulary } from '../vocabulary';
import { MilestoneStatusTag } from './StatusTags';

/** The milestones of the case in order: week, deadline, who is responsible, and the state with what settled it. */
export function TimelineTable({ milestones }: { milestones: Milestone[]}) {
  const t = useTexts(caseTexts);
  const s = useTexts(sickLeaveTexts);
  const vocabulary = useVocabulary();
  const explain = (m: Milestone): string | undefined => {
    if (m.completedBy) return t.completedBy(vocabulary.event(m.completedBy.kind), formatDate(m.completedBy.on));
    if (m.reason) return vocabulary.reason(m.reason) ?? m.reason;
    return undefined;
  };
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="timeline-table">
        <caption className="aksel-sr-only">{t.timeline}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.milestone}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.week}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.dueDate}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.owner}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {milestones.map((m) => {
            const why = explain(m);
            return (
              <Table.Row key={m.key} data-milestone={m.key} data-status={m.status}>
                <Table.HeaderCell scope="row">{vocabulary.milestone(m.key)}</Table.HeaderCell>
                <Table.DataCell>{m.week ?? '–'}</Table.DataCell>
                <Table.DataCell>{formatDate(m.dueDate)}</Table.DataCell>
                <Table.DataCell>{vocabulary.owner(m.owner)}</Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-4" align="start">
                    <MilestoneStatusTag status={m.status} />
                    {why && <BodyShort size="small">{why}</BodyShort>}
                  </VStack>
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
