import { BodyLong, BodyShort, LinkCard, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { teamPath, useTeams } from '../api';
import { teamTexts } from '../texts';
import { useTeamVocabulary } from '../vocabulary';

/** `/team`: the teams the user is a member of (an admin sees all), each a way into its board and intake. */
export function MyTeamsPage() {
  const t = useTexts(teamTexts);
  const v = useTeamVocabulary();
  const me = useSignedInUser();
  const teams = useTeams();
  // The list also holds teams serving the user's office (for referral); this page is for members.
  const mine = (teams.data ?? []).filter((team) => me.role === 'admin' || team.myRoles.length > 0);
  const leads = mine.some((team) => team.myRoles.includes('team_lead'));
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.myTeamsTitle}</PageHeading>
        <BodyLong>{t.myTeamsIntro}</BodyLong>
        {leads && (
          <div>
            <AppLink to="/team/evaluering">{t.evaluationLink}</AppLink>
          </div>
        )}
      </VStack>
      {teams.isPending && <LoadingState />}
      {teams.isError && <ApiErrorAlert error={teams.error} />}
      {teams.data && mine.length === 0 && <BodyShort>{t.noTeams}</BodyShort>}
      {mine.length > 0 && (
        <ul className="card-list" data-testid="my-teams">
          {mine.map((team) => (
            <li key={team.id}>
              <LinkCard>
                <LinkCard.Title as="h2">
                  <LinkCard.Anchor asChild>
                    <RouterLink to={teamPath(team.id)}>{team.name}</RouterLink>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>
                  {v.kind(team.kind)}
                  {team.trialSite ? ` · ${team.trialSite}` : ''}
                </LinkCard.Description>
                <LinkCard.Footer>
                  <VStack gap="space-4">
                    <BodyShort size="small">{t.capacityLine(team.capacity.active, team.capacity.places, team.capacity.waiting, team.capacity.pendingIntake)}</BodyShort>
                    {team.myRoles.length > 0 && (
                      <BodyShort size="small">
                        {t.myRoles}: {team.myRoles.map(v.memberRole).join(', ')}
                      </BodyShort>
                    )}
                  </VStack>
                </LinkCard.Footer>
              </LinkCard>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
