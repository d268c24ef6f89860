import { BodyShort, Heading, HGrid, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { formatDateTime } from '../../../../shared/format';
import { useVisitOffice } from '../api';
import { officeTexts, stageLabel } from '../texts';
import type { Round, VisitOffice } from '../types';
import { FollowUps } from './FollowUps';
import { MoveForm } from './MoveForm';
import { VisitDetailsForm } from './VisitDetailsForm';

/** Everything about one office in a round: the next step, the visit, agreed follow-ups and the history. */
export function OfficePanel({ office, round }: { office: VisitOffice; round: Round }) {
  const t = useTexts(officeTexts);
  const editable = round.status === 'active';
  return (
    <VStack gap="space-24" data-testid="visit-office-panel">
      {office.organisation.phone && <BodyShort size="small">{`${t.phone}: ${office.organisation.phone}`}</BodyShort>}
      {office.declineReason && <BodyShort>{`${t.declineReason}: ${office.declineReason}`}</BodyShort>}
      <HGrid gap="space-24" columns={{ xs: 1, md: 2 }} align="start">
        {editable && <MoveForm office={office} />}
        {editable && <VisitDetailsForm key={`details-${office.id}-${office.version}`} office={office} round={round} />}
      </HGrid>
      <FollowUps office={office} roundId={round.id} editable={editable} />
      <History officeId={office.id} />
    </VStack>
  );
}

function History({ officeId }: { officeId: string }) {
  const t = useTexts(officeTexts);
  const lang = useLang();
  const detail = useVisitOffice(officeId);
  const history = detail.data?.history ?? [];
  return (
    <VStack gap="space-8" as="section" aria-label={t.historyTitle}>
      <Heading level="3" size="xsmall">
        {t.historyTitle}
      </Heading>
      {history.length === 0 ? (
        <BodyShort size="small">{t.noHistory}</BodyShort>
      ) : (
        <ol className="arena-outreach-plain-list" data-testid="visit-history">
          {history.map((h) => (
            <li key={h.id}>
              <BodyShort size="small">
                {formatDateTime(h.at, lang)}: {t.historyLine(stageLabel(t, h.from), stageLabel(t, h.to), h.by)}
                {h.note ? ` – ${h.note}` : ''}
              </BodyShort>
            </li>
          ))}
        </ol>
      )}
    </VStack>
  );
}
