import { Alert, BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { useCitizen } from '../../citizens/api';
import { useCase } from '../../sickleave/api';
import { useDialogueReference } from '../api';
import { GpMessageForm, type GpMessageTarget } from '../components/GpMessageForm';
import { threadPath } from '../components/InboxTable';
import { gpMessageTexts } from '../texts';
import type { GpMessageSent } from '../types';

/** `/saker/:caseId/melding` (GP): a message to NAV about a sick-leave case (8128/1). */
export function GpCaseMessagePage() {
  const { caseId = '' } = useParams();
  const sickCase = useCase(caseId);
  return (
    <GpMessageView
      target={{ code: 1, caseId }}
      personName={sickCase.data?.citizen.name}
      loading={sickCase.isPending}
      error={sickCase.error}
      backTo={`/saker/${encodeURIComponent(caseId)}`}
    />
  );
}

/** `/personer/:id/melding` (GP): a message to NAV about a patient who is not on sick leave (8128/2). */
export function GpCitizenMessagePage() {
  const { id = '' } = useParams();
  const citizen = useCitizen(id);
  return (
    <GpMessageView
      target={{ code: 2, citizenId: id }}
      personName={citizen.data?.name}
      loading={citizen.isPending}
      error={citizen.error}
      backTo={`/personer/${encodeURIComponent(id)}`}
    />
  );
}

interface ViewProps {
  target: GpMessageTarget;
  personName: string | undefined;
  loading: boolean;
  error: unknown;
  backTo: string;
}

function GpMessageView({ target, personName, loading, error, backTo }: ViewProps) {
  const t = useTexts(gpMessageTexts);
  const lang = useLang();
  const headingId = useId();
  const reference = useDialogueReference(lang);
  const [sent, setSent] = useState<GpMessageSent | null>(null);
  const problem = error ?? reference.error;

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <div>
          <AppLink to={backTo}>{target.code === 1 ? t.backToCase : t.backToPatient}</AppLink>
        </div>
        <div id={headingId}>
          <PageHeading>{t.title}</PageHeading>
        </div>
        {personName && <BodyShort weight="semibold">{t.concerns(personName)}</BodyShort>}
        <BodyLong>{target.code === 1 ? t.introCase : t.introCitizen}</BodyLong>
      </VStack>
      {sent ? (
        <SentMessage sent={sent} />
      ) : (
        <>
          {Boolean(problem) && <ApiErrorAlert error={problem} />}
          {!problem && (loading || reference.isPending) && <LoadingState />}
          {!problem && personName && reference.data && (
            <GpMessageForm target={target} maxLength={reference.data.limits.maxMessageLength} labelledBy={headingId} cancelTo={backTo} onSent={setSent} />
          )}
        </>
      )}
    </VStack>
  );
}

/** Who got the message, straight from the server's answer, with the way to the thread. Takes the focus (the form is gone). */
function SentMessage({ sent }: { sent: GpMessageSent }) {
  const t = useTexts(gpMessageTexts);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { officeName, adviser } = sent.recipient;
  const office = officeName ?? 'NAV';
  return (
    <div ref={ref} tabIndex={-1} role="status" className="focus-target" data-testid="gp-message-status">
      <Alert variant="success">
        <VStack gap="space-8">
          <BodyShort>{adviser ? t.sentToAdviser(office, adviser.name) : t.sentToOffice(office)}</BodyShort>
          {sent.replayed && <BodyShort>{t.replayed}</BodyShort>}
          <BodyShort>{t.navAnswersBy(formatDate(sent.dueOn))}</BodyShort>
          <div>
            <AppLink to={threadPath(sent.conversationId)}>{t.openThread}</AppLink>
          </div>
        </VStack>
      </Alert>
    </div>
  );
}
