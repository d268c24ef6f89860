import { BodyLong, BodyShort, HStack, LinkCard, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import type { Role } from '../../../../api/types';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../../app/session/api';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatDateTime } from '../../../../shared/format';
import { OutreachLinks } from '../../visits/components/OutreachLinks';
import { jointMeetingPath, useJointMeetings } from '../api';
import { NewJointMeetingForm } from '../components/NewJointMeetingForm';
import { jointTexts, word } from '../texts';

/** The roles that may set one up (server: the arenas core's CREATOR_ROLES). */
const CREATOR_ROLES: readonly Role[] = ['advisory_physician', 'coordinating_physician', 'nav_manager', 'nav_adviser', 'municipal_physician', 'practice_consultant', 'admin'];

/** `/moteplasser/fellesmoter`: joint meetings and meeting places of the user's area, and a form for a new one. */
export function JointMeetingsPage() {
  const t = useTexts(jointTexts);
  const lang = useLang();
  const me = useSignedInUser();
  const list = useJointMeetings();
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <OutreachLinks current="joint" />
      </VStack>
      {list.isPending && <LoadingState />}
      {list.isError && <ApiErrorAlert error={list.error} />}
      {list.data && list.data.length === 0 && <BodyShort>{t.none}</BodyShort>}
      {list.data && list.data.length > 0 && (
        <ul className="card-list" data-testid="joint-meetings">
          {list.data.map((m) => (
            <li key={m.id}>
              <LinkCard>
                <LinkCard.Title as="h2">
                  <LinkCard.Anchor asChild>
                    <RouterLink to={jointMeetingPath(m.id)}>{m.title}</RouterLink>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>
                  <VStack gap="space-4">
                    <BodyShort size="small">{word(t, 'kind', m.kind)}</BodyShort>
                    <BodyShort size="small">{m.nextStartsAt ? t.next(formatDateTime(m.nextStartsAt, lang)) : t.noNext}</BodyShort>
                  </VStack>
                </LinkCard.Description>
                <LinkCard.Footer>
                  <HStack gap="space-8">
                    {m.settings.eveningSlots && <Tag size="small" variant="moderate" data-color="info">{t.eveningAllowed}</Tag>}
                    {m.settings.countsTowardsSpecialisation && <Tag size="small" variant="moderate" data-color="success">{t.specialisation}</Tag>}
                  </HStack>
                </LinkCard.Footer>
              </LinkCard>
            </li>
          ))}
        </ul>
      )}
      {CREATOR_ROLES.includes(me.role) && (
        <Section title={t.newTitle}>
          <NewJointMeetingForm />
        </Section>
      )}
    </VStack>
  );
}
