import { BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDateTime } from '../../../shared/format';
import { useIntake } from '../api';
import { teamTexts } from '../texts';
import type { Accepted, ReferralView, TeamDetail } from '../types';
import { AcceptModal } from './AcceptModal';
import { DecisionModal } from './DecisionModal';
import { IntakeCard, type IntakeAction } from './IntakeCard';
import { ReferralStatusTag } from './StatusTags';

interface Props {
  team: TeamDetail;
  /** May take decisions: a treating member of the team. */
  canDecide: boolean;
  onAccepted: (accepted: Accepted, name: string) => void;
  onStatus: (message: string) => void;
}

/** Submitted referrals with their decisions, the waiting list in order, and the latest decisions. */
export function IntakeSection({ team, canDecide, onAccepted, onStatus }: Props) {
  const t = useTexts(teamTexts);
  const lang = useLang();
  const intake = useIntake(team.id);
  const [open, setOpen] = useState<{ action: IntakeAction; referral: ReferralView } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const freePlace = team.capacity.active < team.capacity.places;
  const act = (action: IntakeAction, referral: ReferralView, element: HTMLElement) => {
    opener.current = element;
    setOpen({ action, referral });
  };
  // After a decision the card is gone: the focus goes to the section's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = () => (opener.current?.isConnected ? opener.current : heading.current);

  if (intake.isPending) return <LoadingState />;
  if (intake.isError) return <ApiErrorAlert error={intake.error} />;
  const { submitted, waiting, recent } = intake.data;
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <Heading level="3" size="small" ref={heading} tabIndex={-1}>
          {t.submitted} ({submitted.length})
        </Heading>
        {submitted.length === 0 && <BodyShort>{t.submittedEmpty}</BodyShort>}
        {submitted.map((referral) => (
          <IntakeCard key={referral.id} referral={referral} actions={canDecide ? ['accept', 'waitlist', 'decline'] : []} onAction={act} />
        ))}
      </VStack>
      <VStack gap="space-12">
        <Heading level="3" size="small">
          {t.waiting} ({waiting.length})
        </Heading>
        {waiting.length === 0 && <BodyShort>{t.waitingEmpty}</BodyShort>}
        <ol className="teams-list">
          {waiting.map((referral) => (
            <li key={referral.id}>
              <IntakeCard referral={referral} actions={canDecide ? (freePlace ? ['accept', 'decline'] : ['decline']) : []} onAction={act} />
            </li>
          ))}
        </ol>
      </VStack>
      <VStack gap="space-12">
        <Heading level="3" size="small">
          {t.recent}
        </Heading>
        {recent.length === 0 ? (
          <BodyShort>{t.recentEmpty}</BodyShort>
        ) : (
          <div className="table-scroll">
            <Table size="small">
              <caption className="aksel-sr-only">{t.recentCaption}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.colParticipant}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colDecision}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colDecidedBy}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colDecidedAt}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {recent.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.HeaderCell scope="row">{r.person?.name ?? '–'}</Table.HeaderCell>
                    <Table.DataCell>
                      <ReferralStatusTag status={r.status} />
                    </Table.DataCell>
                    <Table.DataCell>{r.decidedByName ?? ''}</Table.DataCell>
                    <Table.DataCell>{r.decidedAt ? formatDateTime(r.decidedAt, lang) : ''}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </VStack>
      {open?.action === 'accept' && (
        <AcceptModal
          referral={open.referral}
          team={team}
          onClose={() => setOpen(null)}
          onAccepted={(accepted) => {
            setOpen(null);
            onAccepted(accepted, open.referral.person?.name ?? '');
          }}
          returnFocusTo={focusAfter}
        />
      )}
      {(open?.action === 'waitlist' || open?.action === 'decline') && (
        <DecisionModal
          kind={open.action}
          referral={open.referral}
          onClose={() => setOpen(null)}
          onDone={() => {
            onStatus(open.action === 'waitlist' ? t.waitlisted : t.declined);
            setOpen(null);
          }}
          returnFocusTo={focusAfter}
        />
      )}
    </VStack>
  );
}
