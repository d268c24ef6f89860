import { BodyLong, BodyShort, HGrid, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { ChecklistPanel } from '../../checklists';
import { useCase } from '../../sickleave/api';
import { useDialogueReference } from '../api';
import { threadPath } from '../components/InboxTable';
import { RequestForm } from '../components/RequestForm';
import type { RequestSentState } from './ThreadPage';
import { requestFormTexts } from '../texts';

/** `/saker/:caseId/foresporsel` (NAV): ask the case's GP for information (L8 or L40); the new thread opens after sending. */
export function NewRequestPage() {
  const { caseId = '' } = useParams();
  const t = useTexts(requestFormTexts);
  const lang = useLang();
  const navigate = useNavigate();
  const headingId = useId();
  const sickCase = useCase(caseId);
  const reference = useDialogueReference(lang);
  const casePath = `/saker/${encodeURIComponent(caseId)}`;

  const error = sickCase.error ?? reference.error;
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <div>
          <AppLink to={casePath}>{t.backToCase}</AppLink>
        </div>
        <div id={headingId}>
          <PageHeading>{t.title}</PageHeading>
        </div>
        {/* The patient's name stays out of the document title (browser history). */}
        {sickCase.data && <BodyShort weight="semibold">{t.concerns(sickCase.data.citizen.name)}</BodyShort>}
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      {error && <ApiErrorAlert error={error} />}
      {!error && (sickCase.isPending || reference.isPending) && <LoadingState />}
      {!error && sickCase.data && reference.data && (
        <HGrid gap="space-32" columns={{ xs: 1, lg: 'minmax(0, 2fr) minmax(0, 1fr)' }} align="start">
          <RequestForm
            caseId={caseId}
            reference={reference.data}
            labelledBy={headingId}
            cancelTo={casePath}
            onSent={(sent) => {
              const state: RequestSentState = { requestSent: { gpName: sent.gp.name, dueOn: sent.dueOn, replayed: sent.replayed } };
              navigate(threadPath(sent.conversationId), { state });
            }}
          />
          <aside>
            <ChecklistPanel checklistKey="nav_request_to_gp" defaultOpen />
          </aside>
        </HGrid>
      )}
    </VStack>
  );
}
