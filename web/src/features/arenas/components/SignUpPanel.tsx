import { Alert, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { useAnswerNomination, useCancelSignUp, useSignUp } from '../api';
import { arenaTexts } from '../texts';
import type { ArenaDetail } from '../types';

type RefusalKey = 'refusal_ARENA_SIGNUP_ROLE' | 'refusal_ARENA_NOT_IN_AREA' | 'refusal_ARENA_SIGNUP_CLOSED' | 'refusal_ARENA_CANCELLED';

/**
 * The user's own place: sign up (for the whole series), the waiting list and its place — said
 * plainly when the arena was full — a nomination to answer, or cancelling.
 */
export function SignUpPanel({ arena, invited }: { arena: ArenaDetail; invited: boolean }) {
  const t = useTexts(arenaTexts);
  const signUp = useSignUp();
  const cancel = useCancelSignUp();
  const answer = useAnswerNomination();
  const me = arena.me;
  const notice = signUp.data?.notice ?? answer.data?.result?.notice ?? null;
  const refusal = me.signupRefusal && me.signupRefusal !== 'ARENA_ALREADY_SIGNED_UP' ? t[`refusal_${me.signupRefusal}` as RefusalKey] : null;
  const series = arena.kind === 'small_group_series';
  if (me.part === 'co_organiser' || (!me.status && !me.canSignUp && !refusal)) return null;
  return (
    <Section title={t.signUpTitle}>
      <VStack gap="space-12" className="arenas-narrow" data-testid="signup-panel">
        {invited && !me.status && me.canSignUp && (
          <Alert variant="info" size="small">
            {t.invitationNotice}
          </Alert>
        )}
        {notice && (
          <Alert variant="warning" size="small" role="status">
            {notice.message}
          </Alert>
        )}
        {me.status === 'signed_up' && !notice && (
          <Alert variant="success" size="small" role="status">
            {t.youAreSignedUp}
          </Alert>
        )}
        {me.status === 'waiting' && <BodyShort>{t.youAreWaiting(me.waitingPlace)}</BodyShort>}
        {me.status === 'nominated' && (
          <VStack gap="space-8">
            <BodyShort>{t.youAreNominated}</BodyShort>
            <HStack gap="space-8">
              <Button size="small" loading={answer.isPending} onClick={() => answer.mutate({ id: arena.id, accept: true })}>
                {t.accept}
              </Button>
              <Button size="small" variant="secondary" loading={answer.isPending} onClick={() => answer.mutate({ id: arena.id, accept: false })}>
                {t.decline}
              </Button>
            </HStack>
          </VStack>
        )}
        {me.canSignUp && me.status !== 'nominated' && (
          <div>
            <Button loading={signUp.isPending} onClick={() => signUp.mutate(arena.id)}>
              {series ? t.signUpWhole : t.signUp}
            </Button>
          </div>
        )}
        {(me.status === 'signed_up' || me.status === 'waiting') && (
          <div>
            <Button size="small" variant="secondary" loading={cancel.isPending} onClick={() => cancel.mutate(arena.id)}>
              {me.status === 'waiting' ? t.leaveWaiting : t.cancelSignUp}
            </Button>
          </div>
        )}
        {refusal && !me.status && <BodyShort>{refusal}</BodyShort>}
        {[signUp, cancel, answer].map((m, i) => m.isError && <ApiErrorAlert key={i} error={m.error} size="small" />)}
      </VStack>
    </Section>
  );
}
