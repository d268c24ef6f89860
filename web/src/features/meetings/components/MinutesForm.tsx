import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Fieldset, HGrid, HStack, Radio, RadioGroup, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import type { FieldErrors } from '../../directory-admin/validation';
import { DateField, INVALID_DATE } from '../../dialogue/components/DateField';
import { useFocusFieldAfterRefusal } from '../../dialogue/useFocusFieldAfterRefusal';
import { useCompleteMeeting, useCorrectMinutes } from '../api';
import { meetingTexts } from '../texts';
import { TASK_OWNERS, type MeetingView, type MinutesInput, type TaskOwner } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

const TEXT_MAX = 8000;
const TASK_MAX = 2000;

interface TaskValue {
  key: string;
  owner: TaskOwner;
  text: string;
  /** `''`, `YYYY-MM-DD` or `'invalid'`. */
  dueOn: string;
}

let counter = 0;
const newTask = (owner: TaskOwner = 'employee', text = '', dueOn = ''): TaskValue => ({ key: `t${(counter += 1)}`, owner, text, dueOn });
const taskField = (key: string, part: 'owner' | 'text' | 'dueOn') => `task-${key}-${part}`;
const attendanceField = (participantId: string) => `attendance-${participantId}`;

type Attendance = Record<string, '' | 'yes' | 'no'>;

interface Props {
  meeting: MeetingView;
  mode: 'complete' | 'correct';
  labelledBy: string;
  onSaved: (version: number) => void;
  onCancel?: () => void;
}

/**
 * The minutes: situation, conclusion, medical information (never shown to the employer), the
 * agreed tasks by owner, who took part (the GP's attendance required when invited), others who
 * took part. Completing sends them to every participant; a correction is a new version with a reason.
 */
export function MinutesForm({ meeting, mode, labelledBy, onSaved, onCancel }: Props) {
  const t = useTexts(meetingTexts);
  const v = useMeetingVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const focusLater = usePendingFocus();
  const complete = useCompleteMeeting(meeting.id);
  const correct = useCorrectMinutes(meeting.id);
  const pending = complete.isPending || correct.isPending;
  const minutes = mode === 'correct' ? meeting.minutes : null;
  const gp = meeting.participants.find((p) => p.role === 'gp');
  const gpRequired = Boolean(gp) && meeting.gpDecision?.invited !== false;

  const [situation, setSituation] = useState(minutes?.situation ?? '');
  const [conclusion, setConclusion] = useState(minutes?.conclusion ?? '');
  const [medical, setMedical] = useState(minutes?.medicalInformation ?? '');
  const [otherParticipants, setOtherParticipants] = useState(minutes?.otherParticipants ?? '');
  const [correctionReason, setCorrectionReason] = useState('');
  const [tasks, setTasks] = useState<TaskValue[]>(() =>
    minutes ? minutes.tasks.map((task) => newTask((TASK_OWNERS as readonly string[]).includes(task.owner) ? (task.owner as TaskOwner) : 'nav', task.text, task.dueOn ?? '')) : [],
  );
  const [attendance, setAttendance] = useState<Attendance>(() =>
    Object.fromEntries(
      meeting.participants.map((p) => {
        if (p.attended !== null) return [p.id, p.attended ? 'yes' : 'no'];
        // The GP's attendance is recorded on purpose; the others start from their reply.
        if (p.role === 'gp') return [p.id, ''];
        return [p.id, p.reply === 'coming' ? 'yes' : p.reply === 'not_coming' ? 'no' : ''];
      }),
    ),
  );

  const order = [
    'correctionReason',
    'situation',
    'conclusion',
    'medicalInformation',
    ...tasks.flatMap((task) => [taskField(task.key, 'owner'), taskField(task.key, 'text'), taskField(task.key, 'dueOn')]),
    ...meeting.participants.map((p) => attendanceField(p.id)),
    'otherParticipants',
  ];
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);

  const updateTask = (key: string, change: Partial<TaskValue>, part: 'owner' | 'text' | 'dueOn') => {
    setTasks((all) => all.map((task) => (task.key === key ? { ...task, ...change } : task)));
    feedback.clear(taskField(key, part));
  };
  const addTask = () => {
    const task = newTask();
    setTasks((all) => [...all, task]);
    focusLater(() => document.getElementById(fieldId(taskField(task.key, 'owner'))));
  };
  const removeTask = (key: string) => {
    setTasks((all) => all.filter((task) => task.key !== key));
    focusLater(() => document.getElementById(fieldId('addTask')));
  };

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (mode === 'correct' && correctionReason.trim() === '') found.correctionReason = t.correctionReasonRequired;
    if (situation.trim() === '') found.situation = t.situationRequired;
    if (conclusion.trim() === '') found.conclusion = t.conclusionRequired;
    for (const task of tasks) {
      if (task.text.trim() === '') found[taskField(task.key, 'text')] = t.taskTextRequired;
      if (task.dueOn === INVALID_DATE) found[taskField(task.key, 'dueOn')] = t.dateInvalid;
    }
    if (gp && gpRequired && !attendance[gp.id]) found[attendanceField(gp.id)] = t.attendanceRequired(gp.name);
    return found;
  };

  const refusalFields = (error: unknown): FieldErrors => {
    if (!isApiError(error)) return {};
    const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;
    const field = typeof details.field === 'string' ? details.field.replace(/^body\.?/, '').replace(/\[(\d+)\]/g, '.$1') : '';
    if (error.code === 'MEETING_GP_ATTENDANCE_MISSING' && gp) return { [attendanceField(gp.id)]: error.message };
    if (error.code === 'MEETING_CORRECTION_REASON_MISSING') return { correctionReason: error.message };
    const task = /^tasks\.(\d+)(?:\.(owner|text|dueOn))?/.exec(field);
    if (task && tasks[Number(task[1])]) return { [taskField(tasks[Number(task[1])]!.key, (task[2] as 'owner' | 'text' | 'dueOn' | undefined) ?? 'text')]: error.message };
    if (['situation', 'conclusion', 'medicalInformation', 'otherParticipants', 'correctionReason'].includes(field)) return { [field]: error.message };
    if (error.code === 'MEETING_MINUTES_INCOMPLETE') {
      if (situation.trim() === '') return { situation: error.message };
      if (conclusion.trim() === '') return { conclusion: error.message };
    }
    return {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const found = check();
    if (Object.keys(found).length > 0) return feedback.fail(found);
    const input: MinutesInput = {
      situation: situation.trim(),
      conclusion: conclusion.trim(),
      ...(medical.trim() && { medicalInformation: medical.trim() }),
      tasks: tasks.map((task) => ({ owner: task.owner, text: task.text.trim(), ...(task.dueOn && { dueOn: task.dueOn }) })),
      attendance: meeting.participants.filter((p) => attendance[p.id]).map((p) => ({ participantId: p.id, attended: attendance[p.id] === 'yes' })),
      ...(otherParticipants.trim() && { otherParticipants: otherParticipants.trim() }),
    };
    try {
      const saved = mode === 'complete' ? await complete.mutateAsync(input) : await correct.mutateAsync({ ...input, correctionReason: correctionReason.trim() });
      onSaved(saved.minutes?.version ?? 1);
    } catch (error) {
      const fields = refusalFields(error);
      focusAfterRefusal(fields);
      feedback.fail(fields, Object.keys(fields).length > 0 ? null : error);
    }
  };

  const text = (field: 'situation' | 'conclusion' | 'otherParticipants', value: string, set: (value: string) => void) => ({
    id: fieldId(field),
    value,
    onChange: (e: { target: { value: string } }) => {
      set(e.target.value);
      feedback.clear(field);
    },
    error: errors[field],
    maxLength: TEXT_MAX,
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={pending} data-testid="minutes-form" data-mode={mode}>
      <VStack gap="space-24" className="meetings-form">
        {mode === 'correct' && (
          <Textarea
            id={fieldId('correctionReason')}
            label={t.correctionReason}
            description={t.correctionReasonDescription}
            value={correctionReason}
            onChange={(e) => {
              setCorrectionReason(e.target.value);
              feedback.clear('correctionReason');
            }}
            error={errors.correctionReason}
            maxLength={TASK_MAX}
            minRows={2}
            aria-required
          />
        )}
        <Textarea label={t.situation} description={t.situationDescription} minRows={4} aria-required {...text('situation', situation, setSituation)} />
        <Textarea label={t.conclusion} minRows={3} aria-required {...text('conclusion', conclusion, setConclusion)} />
        <VStack gap="space-8">
          <Textarea
            id={fieldId('medicalInformation')}
            label={t.medicalInformation}
            description={t.medicalInformationNote}
            value={medical}
            onChange={(e) => {
              setMedical(e.target.value);
              feedback.clear('medicalInformation');
            }}
            error={errors.medicalInformation}
            maxLength={TEXT_MAX}
            minRows={2}
          />
        </VStack>

        <Fieldset legend={t.tasks} description={t.tasksDescription}>
          <VStack gap="space-16">
            {tasks.length === 0 && <BodyShort size="small">{t.noTasks}</BodyShort>}
            {tasks.map((task, index) => (
              <Fieldset key={task.key} legend={t.task(index + 1)} className="meetings-subgroup" data-testid="minutes-task">
                <VStack gap="space-12">
                  <HGrid gap="space-16" columns={{ xs: 1, md: 'minmax(0, 1fr) minmax(0, 2fr)' }} align="start">
                    <Select
                      id={fieldId(taskField(task.key, 'owner'))}
                      label={t.taskOwner}
                      value={task.owner}
                      onChange={(e) => updateTask(task.key, { owner: e.target.value as TaskOwner }, 'owner')}
                      error={errors[taskField(task.key, 'owner')]}
                    >
                      {TASK_OWNERS.map((owner) => (
                        <option key={owner} value={owner}>
                          {v.owner(owner)}
                        </option>
                      ))}
                    </Select>
                    <Textarea
                      id={fieldId(taskField(task.key, 'text'))}
                      label={t.taskText}
                      value={task.text}
                      onChange={(e) => updateTask(task.key, { text: e.target.value }, 'text')}
                      error={errors[taskField(task.key, 'text')]}
                      maxLength={TASK_MAX}
                      minRows={1}
                      aria-required
                    />
                  </HGrid>
                  <HStack gap="space-16" align="end" wrap>
                    <DateField
                      id={fieldId(taskField(task.key, 'dueOn'))}
                      label={t.taskDueOn}
                      initialValue={task.dueOn}
                      onChange={(value) => updateTask(task.key, { dueOn: value }, 'dueOn')}
                      error={errors[taskField(task.key, 'dueOn')]}
                      size="small"
                    />
                    <Button type="button" size="small" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => removeTask(task.key)}>
                      {t.removeTask(index + 1)}
                    </Button>
                  </HStack>
                </VStack>
              </Fieldset>
            ))}
            <div>
              <Button id={fieldId('addTask')} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={addTask}>
                {t.addTask}
              </Button>
            </div>
          </VStack>
        </Fieldset>

        <Fieldset legend={t.attendance} description={gpRequired ? t.attendanceDescription : undefined}>
          <VStack gap="space-16">
            {meeting.participants.map((p) => (
              <RadioGroup
                key={p.id}
                id={fieldId(attendanceField(p.id))}
                legend={t.attendanceOf(p.name, v.role(p.role))}
                size="small"
                value={attendance[p.id] ?? ''}
                onChange={(value: 'yes' | 'no') => {
                  setAttendance((all) => ({ ...all, [p.id]: value }));
                  feedback.clear(attendanceField(p.id));
                }}
                error={errors[attendanceField(p.id)]}
                aria-required={(p.role === 'gp' && gpRequired) || undefined}
                data-testid="minutes-attendance"
              >
                <HStack gap="space-24">
                  <Radio value="yes">{t.attended}</Radio>
                  <Radio value="no">{t.didNotAttend}</Radio>
                </HStack>
              </RadioGroup>
            ))}
          </VStack>
        </Fieldset>

        <Textarea label={t.otherParticipants} minRows={2} {...text('otherParticipants', otherParticipants, setOtherParticipants)} />

        {mode === 'complete' && (
          <Alert variant="info" size="small">
            {t.minutesIntro}
          </Alert>
        )}
        <FormFeedback feedback={feedback} order={order} heading={t.minutesErrorSummary} />
        <HStack gap="space-12">
          <Button type="submit" loading={pending}>
            {mode === 'complete' ? t.complete : t.correctSubmit}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
              {t.cancelCorrect}
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
