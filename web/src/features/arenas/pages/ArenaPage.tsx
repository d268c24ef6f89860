import { Alert, BodyShort, HStack, Tag, VStack } from '@navikt/ds-react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { arenasPath, useArena } from '../api';
import { ArenaFacts } from '../components/ArenaFacts';
import { FeeClaimPanel } from '../components/FeeClaimPanel';
import { AllocatePanel, CancelArenaPanel, InvitationPanel, NominationPanel } from '../components/OrganiserPanels';
import { ParticipantsPanel } from '../components/ParticipantsPanel';
import { ProposalsPanel } from '../components/ProposalsPanel';
import { SessionList } from '../components/SessionList';
import { SignUpPanel } from '../components/SignUpPanel';
import { arenaTexts, listTexts } from '../texts';
import { useArenaVocabulary } from '../vocabulary';

/**
 * `/moteplasser/:id`: an arena of any kind — facts, sign-up (or the waiting list, or a nomination
 * to answer), sessions with agendas and calendar files, the fee claim for GPs, proposals, and for
 * organisers the participants, attendance, invitations and nominations. `?invitasjon=` (the link
 * in an invitation) says the user was invited.
 */
export function ArenaPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const t = useTexts(arenaTexts);
  const l = useTexts(listTexts);
  const v = useArenaVocabulary();
  const arena = useArena(id);
  if (arena.isPending) return <LoadingState />;
  if (arena.isError) return <ApiErrorAlert error={arena.error} />;
  const a = arena.data;
  const live = a.status !== 'cancelled';
  const series = a.kind === 'small_group_series';
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={arenasPath}>{l.title}</AppLink>
        <PageHeading>{a.title}</PageHeading>
        <HStack gap="space-8">
          <Tag size="small" variant="neutral">{v.kind(a.kind)}</Tag>
          <Tag size="small" variant={a.status === 'cancelled' ? 'error' : a.status === 'open' ? 'success' : 'neutral'}>{v.status(a.status)}</Tag>
          {a.me.part === 'co_organiser' && <Tag size="small" variant="info">{v.part('co_organiser')}</Tag>}
        </HStack>
        {a.status === 'cancelled' && (
          <Alert variant="warning" size="small">
            {t.cancelled(a.cancelReason ?? '')}
          </Alert>
        )}
        <ArenaFacts arena={a} />
      </VStack>
      <SignUpPanel arena={a} invited={params.has('invitasjon')} />
      <FeeClaimPanel arena={a} />
      <SessionList arena={a} />
      {series && (a.me.canPropose || a.me.canManage) && <ProposalsPanel arena={a} />}
      {a.me.canNominate && live && <NominationPanel arena={a} />}
      {a.me.canManage && (
        <VStack gap="space-24" as="div" aria-label={t.organiseTitle}>
          <ParticipantsPanel arena={a} />
          {series && a.status === 'open' && <InvitationPanel arena={a} />}
          {a.course?.allocation === 'at_deadline' && live && (
            <Section title={t.allocate}>
              <AllocatePanel arena={a} />
            </Section>
          )}
          {live && <CancelArenaPanel arena={a} />}
        </VStack>
      )}
      {!a.me.canManage && !a.me.status && !a.me.canSignUp && a.me.signupRefusal === null && <BodyShort size="small">—</BodyShort>}
    </VStack>
  );
}
