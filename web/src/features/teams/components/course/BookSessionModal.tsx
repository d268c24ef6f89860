import { Button, HGrid, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { DateField } from '../../../dialogue/components/DateField';
import { AdminModal } from '../../../directory-admin/components/AdminModal';
import { FormFeedback } from '../../../directory-admin/components/FormFeedback';
import { formTexts } from '../../../directory-admin/texts';
import { useFormFeedback } from '../../../directory-admin/useFormFeedback';
import { useBookSession } from '../../api';
import { instantFrom, osloToday, SESSION_DURATIONS } from '../../format';
import { teamErrorsFromApi } from '../../serverErrors';
import { coursePartTexts } from '../../texts';
import { SESSION_KINDS, type CourseView, type SessionKind } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';

const FIELDS = ['kind', 'date', 'time', 'durationMinutes', 'gpLastMinutes', 'pastReason'] as const;
/** The GP joins the last minutes of these (the server's GP_JOINS). */
const GP_JOINS: ReadonlySet<SessionKind> = new Set(['start', 'end']);

/** The next session not yet booked, in the course's order. */
function nextKind(course: CourseView, onlyJoint: boolean): SessionKind {
  if (onlyJoint) return 'joint';
  const taken = new Set((course.sessions ?? []).filter((s) => s.status !== 'cancelled').map((s) => s.kind));
  if (course.status !== 'active') return 'refresher';
  if (!taken.has('assessment')) return 'assessment';
  if (!taken.has('start')) return 'start';
  return course.regularUsed < course.sessionBudget ? 'regular' : 'end';
}

interface Props {
  course: CourseView;
  /** The job specialist books only the joint meetings they hold. */
  onlyJoint?: boolean;
  onClose: () => void;
  onBooked: () => void;
  returnFocusTo: () => HTMLElement | null;
}

/** Book a session: kind, time, length; the GP's last minutes for start and end; a reason when it lies in the past. */
export function BookSessionModal({ course, onlyJoint = false, onClose, onBooked, returnFocusTo }: Props) {
  const t = useTexts(coursePartTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const book = useBookSession(course.id);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState({ kind: nextKind(course, onlyJoint), date: osloToday(), time: '', durationMinutes: 60, gpLastMinutes: String(course.team.gpJoinsLastMinutes), pastReason: '' });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
  };
  const { startsAt } = instantFrom(values.date, values.time);
  const inPast = startsAt !== null && Date.parse(startsAt) < Date.now();
  const gpJoins = GP_JOINS.has(values.kind);
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (book.isPending) return;
    const found: Record<string, string> = {};
    const checked = instantFrom(values.date, values.time);
    if (checked.dateBad) found.date = t.dateRequired;
    if (checked.timeBad) found.time = t.timeRequired;
    const gpText = values.gpLastMinutes.trim();
    const gpMinutes = Number(gpText);
    const maxGp = Math.min(240, values.durationMinutes);
    if (gpJoins && gpText !== '' && (!/^\d+$/.test(gpText) || gpMinutes < 1 || gpMinutes > maxGp)) found.gpLastMinutes = t.gpMinutesInvalid(maxGp);
    if (inPast && values.pastReason.trim() === '') found.pastReason = t.pastReasonRequired;
    if (Object.keys(found).length > 0 || !checked.startsAt) return feedback.fail(found);
    try {
      await book.mutateAsync({
        kind: values.kind,
        startsAt: checked.startsAt,
        durationMinutes: values.durationMinutes,
        ...(gpJoins ? { gpLastMinutes: gpText === '' ? null : gpMinutes } : {}),
        ...(inPast ? { pastReason: values.pastReason.trim() } : {}),
      });
      onBooked();
    } catch (error) {
      const { fields, general } = teamErrorsFromApi(error, Object.fromEntries(FIELDS.map((f) => [f, { label: f }])), form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={t.bookHeading}
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('kind')}
      footer={
        <>
          <Button type="submit" form={formId} loading={book.isPending}>
            {t.bookSubmit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={book.isPending}>
            {t.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate data-testid="book-session-form">
        <VStack gap="space-20">
          <Select id={fieldId('kind')} label={t.kind} value={values.kind} onChange={(e) => set('kind', e.target.value as SessionKind)} error={errors.kind}>
            {(onlyJoint ? (['joint'] as const) : SESSION_KINDS).map((kind) => (
              <option key={kind} value={kind}>
                {v.session(kind)}
              </option>
            ))}
          </Select>
          <HGrid gap="space-16" columns={{ xs: 1, sm: 3 }} align="start">
            <DateField id={fieldId('date')} label={t.date} initialValue={values.date} onChange={(d) => set('date', d)} error={errors.date} required />
            <TextField id={fieldId('time')} label={t.time} description={t.timeDescription} value={values.time} onChange={(e) => set('time', e.target.value)} error={errors.time} htmlSize={8} inputMode="numeric" autoComplete="off" aria-required />
            <Select id={fieldId('durationMinutes')} label={t.duration} value={values.durationMinutes} onChange={(e) => set('durationMinutes', Number(e.target.value))}>
              {SESSION_DURATIONS.map((n) => (
                <option key={n} value={n}>
                  {t.minutes(n)}
                </option>
              ))}
            </Select>
          </HGrid>
          {gpJoins && (
            <TextField
              id={fieldId('gpLastMinutes')}
              label={t.gpJoins}
              description={t.gpJoinsDescription}
              value={values.gpLastMinutes}
              onChange={(e) => set('gpLastMinutes', e.target.value)}
              error={errors.gpLastMinutes}
              htmlSize={4}
              inputMode="numeric"
              autoComplete="off"
            />
          )}
          {inPast && (
            <Textarea
              id={fieldId('pastReason')}
              label={t.pastReason}
              description={t.pastReasonDescription}
              value={values.pastReason}
              onChange={(e) => set('pastReason', e.target.value)}
              error={errors.pastReason}
              maxLength={1000}
              minRows={2}
              aria-required
            />
          )}
          <FormFeedback feedback={feedback} order={FIELDS} heading={form.errorSummaryHeading} />
        </VStack>
      </form>
    </AdminModal>
  );
}
