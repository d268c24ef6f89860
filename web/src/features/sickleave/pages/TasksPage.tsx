import { Alert, BodyLong, BodyShort, Button, Checkbox, HStack, Table, Tag, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useOfficeTasks, useTaskAction } from '../api';
import { TaskStatusTag } from '../components/StatusTags';
import { caseTexts, workTexts } from '../texts';
import type { OfficeTask } from '../types';
import { useVocabulary } from '../vocabulary';

/** `/oppgaver` (NAV): the office's open tasks, to take and finish; the manager can see only the escalated ones. */
export function TasksPage() {
  const me = useSignedInUser();
  const t = useTexts(workTexts);
  const c = useTexts(caseTexts);
  const vocabulary = useVocabulary();
  const [params, setParams] = useSearchParams();
  const isManager = me.role === 'nav_manager';
  // The checkbox follows local state (so it changes at once); the URL follows the state.
  const [onlyEscalated, setOnlyEscalated] = useState(() => params.get('eskalert') === '1');
  const escalated = isManager && onlyEscalated;
  useEffect(() => {
    if ((params.get('eskalert') === '1') !== escalated) setParams(escalated ? { eskalert: '1' } : {}, { replace: true });
  }, [escalated, params, setParams]);
  const tasks = useOfficeTasks(escalated);
  const action = useTaskAction();
  const focusLater = usePendingFocus();
  const countRef = useRef<HTMLParagraphElement>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const act = (task: OfficeTask, kind: 'take' | 'done') => {
    const label = vocabulary.task(task.kind);
    setPendingId(task.id);
    action.mutate(
      { id: task.id, action: kind },
      {
        onSuccess: () => {
          setMessage(kind === 'take' ? c.taskTaken(label) : c.taskFinished(label));
          // A finished task leaves the list; focus stays near where it was.
          focusLater(() => (kind === 'done' ? countRef.current : document.getElementById(`task-done-${task.id}`)));
        },
        onSettled: () => setPendingId(null),
      },
    );
  };

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.tasksTitle}</PageHeading>
        <BodyLong>{t.tasksIntro}</BodyLong>
      </VStack>
      {isManager && (
        <Checkbox
          checked={escalated}
          onChange={(e) => setOnlyEscalated(e.target.checked)}
          description={t.onlyEscalatedDescription}
        >
          {t.onlyEscalated}
        </Checkbox>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="task-status-message">
        {message && (
          <Alert variant="success" size="small">
            {message}
          </Alert>
        )}
      </div>
      {action.isError && <ApiErrorAlert error={action.error} size="small" />}
      {tasks.isPending && <LoadingState />}
      {tasks.isError && <ApiErrorAlert error={tasks.error} />}
      {tasks.data && (
        <VStack gap="space-12" aria-busy={tasks.isFetching}>
          <BodyShort id="task-count" ref={countRef} tabIndex={-1} className="focus-target">
            {tasks.data.length === 0 ? t.noTasks : t.taskCount(tasks.data.length)}
          </BodyShort>
          {tasks.data.length > 0 && (
            <div className="table-scroll">
              <Table size="small" aria-labelledby="task-count" data-testid="task-table">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.person}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.task}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.due}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.action}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {tasks.data.map((task) => {
                    const label = vocabulary.task(task.kind);
                    return (
                      <Table.Row key={task.id} data-task-kind={task.kind} data-status={task.status}>
                        <Table.HeaderCell scope="row">
                          <AppLink to={`/saker/${encodeURIComponent(task.caseId)}`}>{task.citizen.name}</AppLink>
                        </Table.HeaderCell>
                        <Table.DataCell>{label}</Table.DataCell>
                        <Table.DataCell>{formatDate(task.dueOn)}</Table.DataCell>
                        <Table.DataCell>
                          <HStack gap="space-4" wrap>
                            <TaskStatusTag status={task.status} ownerKind="nav_office" />
                            {task.escalatedAt && (
                              <Tag size="small" variant="strong" data-color="danger">
                                {t.escalated}
                              </Tag>
                            )}
                          </HStack>
                        </Table.DataCell>
                        <Table.DataCell>
                          <HStack gap="space-8" wrap>
                            {task.status === 'open' && (
                              <Button type="button" size="small" variant="secondary" loading={pendingId === task.id} aria-label={`${c.takeTask}: ${label}, ${task.citizen.name}`} onClick={() => act(task, 'take')}>
                                {c.takeTask}
                              </Button>
                            )}
                            <Button
                              id={`task-done-${task.id}`}
                              type="button"
                              size="small"
                              variant="tertiary"
                              disabled={pendingId === task.id}
                              aria-label={`${c.finishTask}: ${label}, ${task.citizen.name}`}
                              onClick={() => act(task, 'done')}
                            >
                              {c.finishTask}
                            </Button>
                          </HStack>
                        </Table.DataCell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </div>
          )}
        </VStack>
      )}
    </VStack>
  );
}
