import { Button, Table } from '@navikt/ds-react';
import type { MouseEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { caseTexts } from '../texts';
import type { CaseDecision, CaseMeasure } from '../types';
import { useVocabulary } from '../vocabulary';

interface MeasuresProps {
  measures: CaseMeasure[];
  /** For NAV: opens "Avslutt eller oppdater" for a measure. */
  onUpdate?: (measure: CaseMeasure, event: MouseEvent<HTMLElement>) => void;
}

export function MeasuresTable({ measures, onUpdate }: MeasuresProps) {
  const t = useTexts(caseTexts);
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="measures-table">
        <caption className="aksel-sr-only">{t.measures}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.measure}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.startsOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.endsOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.result}</Table.HeaderCell>
            {onUpdate && <Table.HeaderCell scope="col">{t.taskAction}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {measures.map((measure) => (
            <Table.Row key={measure.id}>
              <Table.HeaderCell scope="row">{measure.name}</Table.HeaderCell>
              <Table.DataCell>{formatDate(measure.startsOn)}</Table.DataCell>
              <Table.DataCell>{measure.endsOn ? formatDate(measure.endsOn) : t.ongoing}</Table.DataCell>
              <Table.DataCell>{measure.result}</Table.DataCell>
              {onUpdate && (
                <Table.DataCell>
                  <Button
                    type="button"
                    size="small"
                    variant="tertiary"
                    aria-label={`${t.updateMeasure}: ${measure.name}`}
                    onClick={(event) => onUpdate(measure, event)}
                  >
                    {t.updateMeasure}
                  </Button>
                </Table.DataCell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function DecisionsTable({ decisions }: { decisions: CaseDecision[] }) {
  const t = useTexts(caseTexts);
  const vocabulary = useVocabulary();
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="decisions-table">
        <caption className="aksel-sr-only">{t.decisions}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.decision}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.decidedOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.effectiveFrom}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.decisionNote}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {decisions.map((decision) => (
            <Table.Row key={decision.id}>
              <Table.HeaderCell scope="row">{vocabulary.decision(decision.kind)}</Table.HeaderCell>
              <Table.DataCell>{formatDate(decision.decidedOn)}</Table.DataCell>
              <Table.DataCell>{formatDate(decision.effectiveFrom)}</Table.DataCell>
              <Table.DataCell>{decision.note}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
