import { BodyShort, HStack, LinkCard, Tag } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { arenaPath } from '../api';
import { listTexts } from '../texts';
import type { ArenaSummary } from '../types';
import { useArenaVocabulary } from '../vocabulary';

/** Arenas as cards: kind, status, my part, seats, the next session. */
export function ArenaList({ arenas, testId }: { arenas: ArenaSummary[]; testId: string }) {
  const t = useTexts(listTexts);
  const v = useArenaVocabulary();
  const lang = useLang();
  return (
    <ul className="card-list" data-testid={testId}>
      {arenas.map((a) => (
        <li key={a.id}>
          <LinkCard>
            <LinkCard.Title as="h3">
              <LinkCard.Anchor asChild>
                <RouterLink to={arenaPath(a.id)}>{a.title}</RouterLink>
              </LinkCard.Anchor>
            </LinkCard.Title>
            <LinkCard.Description>
              <HStack gap="space-8" as="span" wrap>
                <Tag size="small" variant="neutral">{v.kind(a.kind)}</Tag>
                <Tag size="small" variant={a.status === 'cancelled' ? 'error' : a.status === 'open' ? 'success' : 'neutral'}>{v.status(a.status)}</Tag>
                {a.myStatus && <Tag size="small" variant="info">{a.myPart && a.myPart !== 'participant' ? v.part(a.myPart) : v.participant(a.myStatus)}</Tag>}
              </HStack>
            </LinkCard.Description>
            <LinkCard.Footer>
              <BodyShort size="small">
                {[
                  a.location,
                  t.seats(a.signedUp, a.capacity),
                  a.waiting > 0 ? t.waiting(a.waiting) : null,
                  a.nextSessionAt ? t.next(formatDateTime(a.nextSessionAt, lang)) : t.sessions(a.sessionCount),
                  a.signupDeadline ? t.deadline(formatDate(a.signupDeadline)) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </BodyShort>
            </LinkCard.Footer>
          </LinkCard>
        </li>
      ))}
    </ul>
  );
}
