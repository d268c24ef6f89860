import { Alert, BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { commonTexts } from '../../../shared/texts';
import { formatDate } from '../../../shared/format';
import { coursePath, useBoard, useTeam } from '../api';
import { BoardTable } from '../components/BoardTable';
import { IntakeSection } from '../components/IntakeSection';
import { TREATING_ROLES } from '../format';
import { teamTexts } from '../texts';
import type { Accepted } from '../types';
import { useTeamVocabulary } from '../vocabulary';

type Status = { kind: 'message'; text: string } | { kind: 'accepted'; accepted: Accepted; name: string };

/** `/team/:teamId`: the weekly review of active participants, and the intake queue. */
export function TeamBoardPage() {
  const { teamId = '' } = useParams();
  const t = useTexts(teamTexts);
  const common = useTexts(commonTexts);
  const v = useTeamVocabulary();
  const me = useSignedInUser();
  const team = useTeam(teamId);
  // Only members see people: an admin (who sees every team) is not asked for the board or the intake.
  const member = (team.data?.myRoles.length ?? 0) > 0;
  const board = useBoard(member ? teamId : '');
  const [status, setStatus] = useState<Status | null>(null);
  const back = (
    <div>
      <AppLink to="/team">{t.backToTeams}</AppLink>
    </div>
  );
  if (team.isPending) return <LoadingState />;
  if (team.isError) {
    return (
      <VStack gap="space-16">
        {back}
        <PageHeading>{common.errorTitle}</PageHeading>
        <ApiErrorAlert error={team.error} />
      </VStack>
    );
  }
  const data = team.data;
  const canDecide = data.myRoles.some((role) => TREATING_ROLES.has(role));
  const rows = board.data?.courses ?? [];
  const flagged = rows.filter((row) => row.overdue.length > 0).length;
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        {back}
        <PageHeading>{data.name}</PageHeading>
        <BodyShort>
          {v.kind(data.kind)} · {t.capacityLine(data.capacity.active, data.capacity.places, data.capacity.waiting, data.capacity.pendingIntake)}
        </BodyShort>
        {data.myRoles.length > 0 && (
          <BodyShort size="small">
            {t.myRoles}: {data.myRoles.map(v.memberRole).join(', ')}
          </BodyShort>
        )}
      </VStack>
      {!member && (
        <Alert variant="info">
          <VStack gap="space-8">
            <BodyShort>{t.notMember}</BodyShort>
            {me.role === 'admin' && <AppLink to="/admin/team">{t.adminLink}</AppLink>}
          </VStack>
        </Alert>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="team-status">
        {status?.kind === 'message' && (
          <Alert variant="success" size="small">
            {status.text}
          </Alert>
        )}
        {status?.kind === 'accepted' && (
          <Alert variant="success" size="small">
            <VStack gap="space-4">
              <BodyShort>{t.accepted(status.name)}</BodyShort>
              {status.accepted.lateStart && status.accepted.targetBy && <BodyShort>{t.lateStart(formatDate(status.accepted.targetBy))}</BodyShort>}
              <AppLink to={coursePath(status.accepted.courseId)}>{t.openCourse}</AppLink>
            </VStack>
          </Alert>
        )}
      </div>
      {member && (
        <>
          <Section title={t.board}>
            <BodyLong>{t.boardIntro}</BodyLong>
            {board.isPending && <LoadingState />}
            {board.isError && <ApiErrorAlert error={board.error} />}
            {board.data && (
              <>
                <BodyShort>{rows.length === 0 ? t.boardEmpty : t.boardCount(rows.length, flagged)}</BodyShort>
                {rows.length > 0 && <BoardTable rows={rows} />}
              </>
            )}
          </Section>
          <Section title={t.intake}>
            <BodyLong>{t.intakeIntro}</BodyLong>
            <IntakeSection
              team={data}
              canDecide={canDecide}
              onAccepted={(accepted, name) => setStatus({ kind: 'accepted', accepted, name })}
              onStatus={(text) => setStatus({ kind: 'message', text })}
            />
          </Section>
        </>
      )}
    </VStack>
  );
}
