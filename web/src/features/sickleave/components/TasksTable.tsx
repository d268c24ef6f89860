import { BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { caseTexts } from '../texts';
import type { CaseTask } from '../types';
import { useVocabulary } from '../vocabulary';
import { TaskStatusTag } from './StatusTags';

interface Props {
  tasks: CaseTask[];
  /** Whether the signed-in user may take or finish this task (the server decides anyway). */
  canAct: (task: CaseTask) => boolean;
  onAction: (task: CaseTask, action: 'take' | 'done') => void;
  /** The task whose action is being sent. */
  pendingId: string | null;
}

/** The case's tasks with owner, deadline and state ("NAV har tatt oppgaven"), and the actions the user may take. */
export function TasksTable({ tasks, canAct, onAction, pendingId }: Props) {
  const t = useTexts(caseTexts);
  const lang = useLang();
  const vocabulary = useVocabulary();
  const anyAction = tasks.some((task) => canAct(task) && (task.status === 'open' || task.status === 'taken'));
  return (
    <div className="table-scroll">
      <Table size="small" data-testid="case-task-table">
        <caption className="aksel-sr-only">{t.tasks}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.task}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.taskOwner}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.taskDue}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.taskStatus}</Table.HeaderCell>
            {anyAction && <Table.HeaderCell scope="col">{t.taskAction}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {tasks.map((task) => {
            const label = vocabulary.task(task.kind);
            const actionable = canAct(task) && (task.status === 'open' || task.status === 'taken');
            return (
              <Table.Row key={task.id} data-task-kind={task.kind} data-status={task.status}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.DataCell>{vocabulary.taskOwner(task.ownerKind)}</Table.DataCell>
                <Table.DataCell>{formatDate(task.dueOn)}</Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-4" align="start">
                    <TaskStatusTag status={task.status} ownerKind={task.ownerKind} />
                    {task.takenAt && <BodyShort size="small">{t.takenAt(formatDateTime(task.takenAt, lang))}</BodyShort>}
                  </VStack>
                </Table.DataCell>
                {anyAction && (
                  <Table.DataCell>
                    {actionable && (
                      <HStack gap="space-8" wrap>
                        {task.status === 'open' && task.ownerKind !== 'gp' && (
                          <Button
                            type="button"
                            size="small"
                            variant="secondary"
                            loading={pendingId === task.id}
                            aria-label={`${t.takeTask}: ${label}`}
                            onClick={() => onAction(task, 'take')}
                          >
                            {t.takeTask}
                          </Button>
                        )}
                        <Button
                          type="button"
                          size="small"
                          variant="tertiary"
                          disabled={pendingId === task.id}
                          aria-label={`${t.finishTask}: ${label}`}
                          onClick={() => onAction(task, 'done')}
                        >
                          {t.finishTask}
                        </Button>
                      </HStack>
                    )}
                  </Table.DataCell>
                )}
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
