import { Radio, RadioGroup } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { referralTexts } from '../texts';
import type { Capacity, DraftTeam } from '../types';
import { useTeamVocabulary } from '../vocabulary';

type T = (typeof referralTexts)['nb'];

/** "2 ledige plasser · forventet oppstart 12.01.2027", or that the team is full and how long the queue is. */
export function capacityLine(capacity: Capacity, expectedStart: string | null | undefined, t: T, waitingPosition?: number | null): string {
  const places = capacity.free > 0 ? t.freePlaces(capacity.free) : waitingPosition ? t.fullPosition(waitingPosition) : t.full(capacity.waiting);
  return expectedStart ? `${places} · ${t.expectedStart(formatDate(expectedStart))}` : places;
}

interface Props {
  id: string;
  teams: DraftTeam[];
  value: string;
  onChange: (teamId: string) => void;
  error?: string;
}

/** The teams serving the GP's office, each with its free places or waiting list and the expected start. */
export function TeamChoice({ id, teams, value, onChange, error }: Props) {
  const t = useTexts(referralTexts);
  const v = useTeamVocabulary();
  return (
    <RadioGroup id={id} legend={t.teamLegend} description={t.teamDescription} value={value} onChange={onChange} error={error} data-testid="team-choice">
      {teams.map((team) => {
        const policy = team.referralPolicy === 'gp_approval' ? ` · ${t.gpApprovalPolicy}` : '';
        const taken = team.alreadyReferred === 'course' ? t.alreadyCourse : team.alreadyReferred === 'referral' ? t.alreadyReferred : null;
        const description = taken ?? `${v.kind(team.kind)} · ${capacityLine(team.capacity, team.expectedStart, t, team.waitingPosition)}${policy}`;
        return (
          // A second referral to the same team is refused: said, and the choice is not offered.
          <Radio key={team.id} value={team.id} description={description} disabled={taken !== null}>
            {team.name}
          </Radio>
        );
      })}
    </RadioGroup>
  );
}
