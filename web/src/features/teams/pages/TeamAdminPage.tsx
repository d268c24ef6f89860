import { PlusIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, Heading, Table, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { StatusMessage } from '../../directory-admin/components/StatusMessage';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useTeam, useTeams } from '../api';
import { MembersEditor } from '../components/MembersEditor';
import { TeamSettingsForm } from '../components/TeamSettingsForm';
import { teamAdminTexts } from '../texts';
import type { TeamSummary } from '../types';
import { useTeamVocabulary } from '../vocabulary';

const NEW = 'ny';

/** `/admin/team` (admin): the teams; `?team=ny` a new one, `?team=<id>` one team's settings and members. */
export function TeamAdminPage() {
  const t = useTexts(teamAdminTexts);
  const [params, setParams] = useSearchParams();
  const selected = params.get('team') ?? '';
  const [status, setStatus] = useState<string | null>(null);
  const focusLater = usePendingFocus();
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const open = (team: string) => {
    setStatus(null);
    setParams({ team });
    focusLater(() => editorHeading.current);
  };
  const backToList = () => {
    setStatus(null);
    setParams({});
  };
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      <StatusMessage message={status} testId="team-admin-status" />
      {selected === '' ? (
        <TeamList onOpen={open} />
      ) : selected === NEW ? (
        <VStack gap="space-24">
          <div>
            <Button type="button" variant="tertiary" size="small" onClick={backToList}>
              {t.backToList}
            </Button>
          </div>
          <Heading level="2" size="medium" ref={editorHeading} tabIndex={-1}>
            {t.newHeading}
          </Heading>
          <TeamSettingsForm
            onSaved={(id, name) => {
              open(id);
              setStatus(t.created(name));
            }}
          />
        </VStack>
      ) : (
        <TeamEditor teamId={selected} headingRef={editorHeading} onBack={backToList} onStatus={setStatus} />
      )}
    </VStack>
  );
}

function TeamList({ onOpen }: { onOpen: (team: string) => void }) {
  const t = useTexts(teamAdminTexts);
  const v = useTeamVocabulary();
  const teams = useTeams();
  if (teams.isPending) return <LoadingState />;
  if (teams.isError) return <ApiErrorAlert error={teams.error} />;
  return (
    <VStack gap="space-16">
      <div>
        <Button type="button" icon={<PlusIcon aria-hidden />} onClick={() => onOpen(NEW)}>
          {t.newTeam}
        </Button>
      </div>
      {teams.data.length === 0 ? (
        <BodyShort>{t.empty}</BodyShort>
      ) : (
        <div className="table-scroll">
          <Table size="small" data-testid="team-admin-list">
            <caption className="aksel-sr-only">{t.tableCaption}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colName}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colKind}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colSite}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colCapacity}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colActive}</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="aksel-sr-only">{t.edit}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {teams.data.map((team: TeamSummary) => (
                <Table.Row key={team.id}>
                  <Table.HeaderCell scope="row">{team.name}</Table.HeaderCell>
                  <Table.DataCell>{v.kind(team.kind)}</Table.DataCell>
                  <Table.DataCell>{team.trialSite ?? ''}</Table.DataCell>
                  <Table.DataCell>{t.capacityValue(team.capacity.places, team.capacity.active, team.capacity.waiting)}</Table.DataCell>
                  <Table.DataCell>{team.active ? t.yes : t.no}</Table.DataCell>
                  <Table.DataCell>
                    <Button type="button" size="small" variant="secondary" onClick={() => onOpen(team.id)} aria-label={t.editLabel(team.name)}>
                      {t.edit}
                    </Button>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </VStack>
  );
}

interface EditorProps {
  teamId: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onStatus: (message: string) => void;
}

function TeamEditor({ teamId, headingRef, onBack, onStatus }: EditorProps) {
  const t = useTexts(teamAdminTexts);
  const team = useTeam(teamId);
  return (
    <VStack gap="space-32">
      <div>
        <Button type="button" variant="tertiary" size="small" onClick={onBack}>
          {t.backToList}
        </Button>
      </div>
      {team.isPending && <LoadingState />}
      {team.isError && <ApiErrorAlert error={team.error} />}
      {team.data && (
        <>
          <Heading level="2" size="medium" ref={headingRef} tabIndex={-1}>
            {t.editHeading(team.data.name)}
          </Heading>
          <Section title={t.settings}>
            <TeamSettingsForm key={`settings-${teamId}`} team={team.data} onSaved={() => onStatus(t.saved)} />
          </Section>
          <Section title={t.members}>
            <MembersEditor key={`members-${teamId}`} team={team.data} onSaved={onStatus} />
          </Section>
        </>
      )}
    </VStack>
  );
}
