import { BodyShort, Button, Heading, HStack, Link, Tag, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Section } from '../../../shared/components/Section';
import { formatDateTime } from '../../../shared/format';
import { sessionIcsUrl, useCancelSession } from '../api';
import { arenaTexts } from '../texts';
import { manageTexts } from '../texts-manage';
import type { ArenaDetail, Session } from '../types';
import { useArenaVocabulary } from '../vocabulary';

/** The sessions in order, with their agenda and calendar file; organisers may cancel a planned one. */
export function SessionList({ arena }: { arena: ArenaDetail }) {
  const t = useTexts(arenaTexts);
  return (
    <Section title={t.sessionsTitle}>
      <ol className="arenas-agenda" data-testid="sessions">
        {arena.sessions.map((s) => (
          <li key={s.id}>
            <SessionItem session={s} canManage={arena.me.canManage && arena.status !== 'cancelled'} />
          </li>
        ))}
      </ol>
    </Section>
  );
}

function SessionItem({ session, canManage }: { session: Session; canManage: boolean }) {
  const t = useTexts(arenaTexts);
  const m = useTexts(manageTexts);
  const v = useArenaVocabulary();
  const lang = useLang();
  const cancel = useCancelSession();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <VStack gap="space-4" paddingBlock="space-8">
      <HStack gap="space-8" align="center" wrap>
        <Heading level="3" size="xsmall">
          {session.title || t.session(session.ordinal)}: {formatDateTime(session.startsAt, lang)} ({v.minutes(session.minutes)})
        </Heading>
        <Tag size="xsmall" variant={session.status === 'cancelled' ? 'error' : session.status === 'held' ? 'success' : 'neutral'}>
          {v.session(session.status)}
        </Tag>
      </HStack>
      {session.location && <BodyShort size="small">{session.location}</BodyShort>}
      {session.status === 'cancelled' && session.cancelReason && <BodyShort size="small">{t.movedOrCancelled(session.cancelReason)}</BodyShort>}
      {session.agenda.length > 0 && (
        <ul className="arenas-agenda" aria-label={`${t.agenda}, ${t.session(session.ordinal)}`}>
          {session.agenda.map((item, i) => (
            <li key={i}>
              <BodyShort size="small">
                {item.title} ({v.agenda(item.kind).toLowerCase()}, {v.minutes(item.minutes)}){item.by ? ` – ${item.by}` : ''}
              </BodyShort>
            </li>
          ))}
        </ul>
      )}
      <HStack gap="space-12" align="center">
        <Link href={sessionIcsUrl(session.id)} download>
          {t.sessionIcs} ({t.session(session.ordinal).toLowerCase()})
        </Link>
        {canManage && session.status === 'planned' && !cancelling && (
          <Button size="xsmall" variant="tertiary" onClick={() => setCancelling(true)}>
            {m.cancelSession}
          </Button>
        )}
      </HStack>
      {cancelling && (
        <VStack gap="space-8" className="arenas-narrow">
          <Textarea label={m.cancelSessionReason} size="small" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} minRows={2} />
          <HStack gap="space-8">
            <Button size="small" variant="danger" loading={cancel.isPending} onClick={() => cancel.mutate({ sessionId: session.id, reason }, { onSuccess: () => setCancelling(false) })}>
              {m.confirmCancelSession}
            </Button>
          </HStack>
          {cancel.isError && <ApiErrorAlert error={cancel.error} size="small" />}
        </VStack>
      )}
    </VStack>
  );
}
