import { Alert, BodyShort, Button, HStack, List, Tag, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import type { Role } from '../../../api/types';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { commonTexts } from '../../../shared/texts';
import { formatDate } from '../../../shared/format';
import { CaseDialogueLinks } from '../../dialogue/components/DialogueLinks';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useAssignCase, useCase, useTaskAction } from '../api';
import { AdviserContact } from '../components/AdviserContact';
import { CaseSection } from '../components/CaseSection';
import { AddMeasureModal, DecisionModal, EventModal, UpdateMeasureModal } from '../components/CaseWorkModals';
import { DecisionsTable, MeasuresTable } from '../components/MeasuresAndDecisions';
import { NotesList, PeriodsTable } from '../components/NotesSection';
import { CaseStatusTag } from '../components/StatusTags';
import { MeasureLinks, measuresForCase } from '../../catalogue/MeasureLinks';
import { TasksTable } from '../components/TasksTable';
import { TimelineTable } from '../components/TimelineTable';
import { caseTexts, sickLeaveTexts } from '../texts';
import { RECORDABLE_EVENTS, type CaseDetail, type CaseMeasure, type CaseTask, type RecordableEvent } from '../types';
import { isIssuedState, type IssuedState } from '../issuedState';
import { useVocabulary } from '../vocabulary';
import { CaseReachability } from '../../reachability/components/CaseReachability';
import { CaseMeetings } from '../../meetings/components/CaseMeetings';
import { CaseForms } from '../../forms/components/CaseForms';
import { ReferToTeamLink } from '../../teams/components/ReferToTeamLink';

const CASE_OWNER_ROLES: ReadonlySet<Role> = new Set(['nav_adviser', 'nav_manager']);
/** Events each role may record (mirrors EVENT_RECORDERS in the server's case-work.ts). */
const EVENTS_BY_ROLE: Partial<Record<Role, readonly RecordableEvent[]>> = {
  nav_adviser: RECORDABLE_EVENTS,
  nav_manager: RECORDABLE_EVENTS,
  employer: ['follow_up_plan_received', 'dialogue_meeting_1_held'],
  gp: ['follow_up_plan_received'],
};
/** Whose tasks a role may take or finish. */
const TASK_OWNER_OF_ROLE: Partial<Record<Role, string>> = {
  nav_adviser: 'nav_office',
  nav_manager: 'nav_office',
  employer: 'employer',
  gp: 'gp',
};

type OpenModal =
  | { kind: 'event'; kinds: readonly RecordableEvent[]; heading: string }
  | { kind: 'addMeasure' }
  | { kind: 'updateMeasure'; measure: CaseMeasure }
  | { kind: 'decision' };

/** `/saker/:id`: one sick-leave case as the signed-in user may see it, with the actions their role has. */
export function CasePage() {
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const t = useTexts(caseTexts);
  const common = useTexts(commonTexts);
  const query = useCase(id);
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ReactNode>(null);

  // Arriving from "Send sykmelding": say what was created, once; a reload does not repeat it.
  const issued = useRef<IssuedState | null>(isIssuedState(location.state) ? location.state : null);
  useEffect(() => {
    if (!issued.current) return;
    setStatus(<IssuedMessage state={issued.current} />);
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, []);

  const back = backLinkFor(me.role, t);
  const header = back && (
    <div>
      <AppLink to={back.to}>{back.label}</AppLink>
    </div>
  );
  const statusRegion = (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="case-status-message">
      {status && (
        <Alert variant="success" size="small">
          {status}
        </Alert>
      )}
    </div>
  );

  if (query.isPending) {
    return (
      <VStack gap="space-16">
        {statusRegion}
        <LoadingState />
      </VStack>
    );
  }
  if (query.isError) {
    const title = isApiError(query.error)
      ? query.error.status === 403
        ? t.noAccessTitle
        : query.error.status === 404
          ? t.notFoundTitle
          : common.errorTitle
      : common.errorTitle;
    return (
      <VStack gap="space-16">
        {header}
        <PageHeading>{title}</PageHeading>
        <ApiErrorAlert error={query.error} />
      </VStack>
    );
  }
  return <CaseView detail={query.data} header={header} statusRegion={statusRegion} onStatus={setStatus} />;
}

function backLinkFor(role: Role, t: (typeof caseTexts)['nb']): { to: string; label: string } | null {
  if (role === 'gp' || role === 'employer') return { to: '/sykmeldte', label: t.backToSickListed };
  if (CASE_OWNER_ROLES.has(role)) return { to: '/arbeidsliste', label: t.backToWorkList };
  if (role === 'patient') return { to: '/min-sykmelding', label: t.backToMyCases };
  return null;
}

function IssuedMessage({ state }: { state: IssuedState }) {
  const t = useTexts(caseTexts);
  const vocabulary = useVocabulary();
  return (
    <VStack gap="space-8">
      <BodyShort weight="semibold">{t.issuedTitle}</BodyShort>
      {state.tasks.length === 0 ? (
        <BodyShort>{t.issuedNoTasks}</BodyShort>
      ) : (
        <>
          <BodyShort>{t.issuedTasks}</BodyShort>
          <List size="small">
            {state.tasks.map((task, index) => (
              <List.Item key={`${task.kind}-${index}`}>
                {t.taskLine(vocabulary.task(task.kind), vocabulary.taskOwner(task.ownerKind), formatDate(task.dueOn))}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </VStack>
  );
}

interface ViewProps {
  detail: CaseDetail;
  header: ReactNode;
  statusRegion: ReactNode;
  onStatus: (message: ReactNode) => void;
}

function CaseView({ detail, header, statusRegion, onStatus }: ViewProps) {
  const me = useSignedInUser();
  const t = useTexts(caseTexts);
  const s = useTexts(sickLeaveTexts);
  const vocabulary = useVocabulary();
  const focusLater = usePendingFocus();
  const taskAction = useTaskAction();
  const assign = useAssignCase(detail.id);
  const [modal, setModal] = useState<OpenModal | null>(null);
  const [pendingTask, setPendingTask] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const overviewHeading = useRef<HTMLHeadingElement>(null);
  const tasksHeading = useRef<HTMLHeadingElement>(null);

  const employerCopy = detail.view === 'employer_copy';
  const owner = CASE_OWNER_ROLES.has(me.role);
  const eventKinds = EVENTS_BY_ROLE[me.role] ?? [];
  const myTaskOwner = TASK_OWNER_OF_ROLE[me.role];
  const assignedToMe = detail.adviser?.userId === me.id;
  const openCase = detail.status === 'active' || detail.status === 'graded' || detail.status === 'pending';

  const open = (next: OpenModal) => (event: MouseEvent<HTMLElement>) => {
    opener.current = event.currentTarget;
    setModal(next);
  };
  const closeModal = () => setModal(null);
  const saved = (message: string) => onStatus(message);

  const takeCase = () => {
    assign.mutate(me.id, {
      onSuccess: () => {
        onStatus(t.caseAssignedToYou);
        focusLater(() => overviewHeading.current);
      },
    });
  };

  const actOnTask = (task: CaseTask, action: 'take' | 'done') => {
    setPendingTask(task.id);
    const label = vocabulary.task(task.kind);
    taskAction.mutate(
      { id: task.id, action },
      {
        onSuccess: () => {
          onStatus(action === 'take' ? t.taskTaken(label) : t.taskFinished(label));
          focusLater(() => tasksHeading.current);
        },
        onSettled: () => setPendingTask(null),
      },
    );
  };

  const maksdato = detail.maksdato;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        {header}
        {/* The name stays out of the document title, which browsers keep in their history. */}
        <PageHeading documentTitle={t.documentTitle}>{detail.citizen.name}</PageHeading>
        <HStack gap="space-8" wrap>
          <CaseStatusTag status={detail.status} />
          <Tag size="small" variant="outline" data-color="neutral">
            {s.weekN(detail.week)}
          </Tag>
        </HStack>
        {!employerCopy && <MeasureLinks slugs={measuresForCase(detail.status, detail.decisions.map((d) => d.kind), detail.measures.map((m) => m.code))} />}
        {!employerCopy && <CaseDialogueLinks caseId={detail.id} />}
        {!employerCopy && <ReferToTeamLink citizenId={detail.citizen.id} caseId={detail.id} />}
        {statusRegion}
        {employerCopy && <Alert variant="info">{t.employerCopyNotice}</Alert>}
      </VStack>

      <CaseSection title={t.overview} ref={overviewHeading}>
        <InfoList
          items={[
            {
              label: t.person,
              value:
                employerCopy || me.role === 'patient' ? (
                  detail.citizen.name
                ) : (
                  <AppLink to={`/personer/${encodeURIComponent(detail.citizen.id)}`}>{detail.citizen.name}</AppLink>
                ),
            },
            { label: t.employer, value: detail.employer?.name ?? t.noEmployer },
            { label: t.firstDay, value: formatDate(detail.firstDay) },
            { label: t.lastDay, value: formatDate(detail.lastDay) },
            { label: t.week, value: String(detail.week) },
            {
              label: t.maksdato,
              value: maksdato
                ? `${t.maksdatoValue(formatDate(maksdato.maksdato), maksdato.usedDays, maksdato.remainingDays)}${maksdato.limitedByAge ? `. ${t.limitedByAge}.` : ''}`
                : null,
            },
            { label: t.adviser, value: employerCopy && !detail.adviser ? null : <AdviserContact adviser={detail.adviser} size="medium" /> },
          ]}
        />
        {owner && openCase && (
          <VStack gap="space-8" align="start">
            {assignedToMe ? (
              <BodyShort>{t.assignedToYou}</BodyShort>
            ) : (
              <>
                <Button type="button" onClick={takeCase} loading={assign.isPending} aria-describedby="take-case-description">
                  {t.takeCase}
                </Button>
                <BodyShort size="small" id="take-case-description">
                  {t.takeCaseDescription}
                </BodyShort>
              </>
            )}
            {assign.isError && <ApiErrorAlert error={assign.error} size="small" />}
          </VStack>
        )}
      </CaseSection>

      <CaseSection title={t.timeline} testId="timeline-section">
        {detail.milestones.length > 0 ? (
          <TimelineTable milestones={detail.milestones} />
        ) : (
          <BodyShort>{t.timelineEmpty}</BodyShort>
        )}
        {openCase && eventKinds.length > 0 && (
          <HStack gap="space-12" wrap>
            {eventKinds.length > 2 ? (
              <Button type="button" variant="secondary" onClick={open({ kind: 'event', kinds: eventKinds, heading: t.recordEvent })}>
                {t.recordEvent}
              </Button>
            ) : (
              eventKinds.map((kind) => (
                <Button
                  key={kind}
                  type="button"
                  variant="secondary"
                  onClick={open({ kind: 'event', kinds: [kind], heading: vocabulary.event(kind) })}
                >
                  {vocabulary.event(kind)}
                </Button>
              ))
            )}
          </HStack>
        )}
      </CaseSection>

      <CaseMeetings caseId={detail.id} onStatus={saved} />

      <CaseForms caseId={detail.id} />

      <CaseSection title={t.tasks} ref={tasksHeading}>
        {detail.tasks.length === 0 ? (
          <BodyShort>{t.noTasks}</BodyShort>
        ) : (
          <TasksTable
            tasks={detail.tasks}
            canAct={(task) => myTaskOwner !== undefined && task.ownerKind === myTaskOwner}
            onAction={actOnTask}
            pendingId={pendingTask}
          />
        )}
        {taskAction.isError && <ApiErrorAlert error={taskAction.error} size="small" />}
      </CaseSection>

      <CaseSection title={t.notes}>
        {detail.notes.length === 0 ? (
          <BodyShort>{t.noNotes}</BodyShort>
        ) : (
          <>
            <PeriodsTable notes={detail.notes} />
            <NotesList notes={detail.notes} employerCopy={employerCopy} />
          </>
        )}
      </CaseSection>

      {!employerCopy && (
        <CaseSection title={t.measures}>
          {detail.measures.length === 0 ? (
            <BodyShort>{t.noMeasures}</BodyShort>
          ) : (
            <MeasuresTable
              measures={detail.measures}
              onUpdate={owner ? (measure, event) => open({ kind: 'updateMeasure', measure })(event) : undefined}
            />
          )}
          {owner && openCase && (
            <div>
              <Button type="button" variant="secondary" onClick={open({ kind: 'addMeasure' })}>
                {t.addMeasure}
              </Button>
            </div>
          )}
        </CaseSection>
      )}

      {!employerCopy && (
        <CaseSection title={t.decisions}>
          {detail.decisions.length === 0 ? <BodyShort>{t.noDecisions}</BodyShort> : <DecisionsTable decisions={detail.decisions} />}
          {owner && (
            <div>
              <Button type="button" variant="secondary" onClick={open({ kind: 'decision' })}>
                {t.recordDecision}
              </Button>
            </div>
          )}
        </CaseSection>
      )}

      {!employerCopy && <CaseReachability caseId={detail.id} />}

      {modal?.kind === 'event' && (
        <EventModal
          caseId={detail.id}
          kinds={modal.kinds}
          heading={modal.heading}
          onClose={closeModal}
          onSaved={saved}
          returnFocusTo={() => opener.current}
        />
      )}
      {modal?.kind === 'addMeasure' && (
        <AddMeasureModal caseId={detail.id} onClose={closeModal} onSaved={saved} returnFocusTo={() => opener.current} />
      )}
      {modal?.kind === 'updateMeasure' && (
        <UpdateMeasureModal measure={modal.measure} onClose={closeModal} onSaved={saved} returnFocusTo={() => opener.current} />
      )}
      {modal?.kind === 'decision' && (
        <DecisionModal caseId={detail.id} onClose={closeModal} onSaved={saved} returnFocusTo={() => opener.current} />
      )}
    </VStack>
  );
}
