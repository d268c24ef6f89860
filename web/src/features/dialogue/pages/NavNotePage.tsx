import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useCase } from '../../sickleave/api';
import { useDialogueReference } from '../api';
import { threadPath } from '../components/InboxTable';
import { NavNoteForm } from '../components/NavNoteForm';
import { navNoteTexts } from '../texts';
import type { NoteSentState } from './ThreadPage';

/** `/saker/:caseId/notat` (NAV): inform the case's GP (8127, "Informasjon fra NAV" by default); the new thread opens after sending. */
export function NavNotePage() {
  const { caseId = '' } = useParams();
  const t = useTexts(navNoteTexts);
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
        <NavNoteForm
          caseId={caseId}
          codes={reference.data.navNoteCodes}
          maxLength={reference.data.limits.maxMessageLength}
          labelledBy={headingId}
          cancelTo={casePath}
          onSent={(sent) => {
            const state: NoteSentState = { noteSent: { replayed: sent.replayed } };
            navigate(threadPath(sent.conversationId), { state });
          }}
        />
      )}
    </VStack>
  );
}
