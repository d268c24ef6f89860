import { Alert, Button, HStack, Heading, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useBodyMeetings, useLogHours } from '../api';
import { parseNumber } from '../bodyForm';
import { todayIso } from '../manage';
import { forumErrorsFromApi } from '../serverErrors';
import { adminTexts } from '../texts';
import type { BodyDetail } from '../types';

const ORDER = ['memberId', 'workedOn', 'hours', 'meetingId', 'note'];

/** The leader or secretary logs a member's hours (a meeting, preparation, a visit) for honoraria. */
export function LogHoursForm({ body }: { body: BodyDetail }) {
  const t = useTexts(adminTexts);
  const lang = useLang();
  const log = useLogHours();
  const meetings = useBodyMeetings(body.id);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const empty = () => ({ memberId: '', workedOn: todayIso(), hours: '', meetingId: '', note: '' });
  const [values, setValues] = useState(empty);
  const [formKey, setFormKey] = useState(0);
  const [logged, setLogged] = useState<string | null>(null);
  const set = (patch: Partial<ReturnType<typeof empty>>, field: string) => {
    setValues((old) => ({ ...old, ...patch }));
    setLogged(null);
    feedback.clear(field);
  };
  const held = (meetings.data?.meetings ?? []).filter((m) => m.status === 'held');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    const hours = parseNumber(values.hours);
    const problems: Record<string, string> = {};
    if (!values.memberId) problems.memberId = t.chooseMemberError;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.workedOn)) problems.workedOn = t.required(t.hoursDate);
    if (hours === null || hours <= 0 || hours > 24) problems.hours = t.hoursInvalid;
    if (Object.keys(problems).length > 0) return feedback.fail(problems);
    try {
      await log.mutateAsync({ memberId: values.memberId, input: { workedOn: values.workedOn, hours: hours!, ...(values.meetingId ? { meetingId: values.meetingId } : {}), ...(values.note.trim() ? { note: values.note.trim() } : {}) } });
      const name = body.members.find((m) => m.id === values.memberId)?.name ?? '';
      setValues(empty());
      setFormKey((k) => k + 1);
      feedback.reset();
      setLogged(t.hoursLogged(hours!.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO'), name));
    } catch (error) {
      const specs = { memberId: { label: t.hoursMember }, workedOn: { label: t.hoursDate }, hours: { label: t.hoursCount }, meetingId: { label: t.hoursMeeting }, note: { label: t.hoursNote } };
      const { fields, general } = forumErrorsFromApi(error, specs, t.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={log.isPending} data-testid="log-hours-form" key={formKey}>
      <VStack gap="space-16" className="forums-narrow">
        <Heading level="3" size="small">
          {t.logHoursTitle}
        </Heading>
        <Select id={fieldId('memberId')} label={t.hoursMember} value={values.memberId} error={errors.memberId} aria-required onChange={(e) => set({ memberId: e.target.value }, 'memberId')}>
          <option value="">{t.chooseMember}</option>
          {body.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
        <HStack gap="space-16" align="start">
          <DateInput id={fieldId('workedOn')} label={t.hoursDate} initialValue={values.workedOn} onChange={(workedOn) => set({ workedOn }, 'workedOn')} error={errors.workedOn} required />
          <TextField id={fieldId('hours')} label={t.hoursCount} description={t.hoursCountDescription} inputMode="decimal" value={values.hours} error={errors.hours} aria-required className="forums-number" onChange={(e) => set({ hours: e.target.value }, 'hours')} />
        </HStack>
        <Select id={fieldId('meetingId')} label={t.hoursMeeting} value={values.meetingId} error={errors.meetingId} onChange={(e) => set({ meetingId: e.target.value }, 'meetingId')}>
          <option value="">{t.noMeeting}</option>
          {held.map((m) => (
            <option key={m.id} value={m.id}>
              {`${formatDate(m.startsAt)} – ${m.title}`}
            </option>
          ))}
        </Select>
        <TextField id={fieldId('note')} label={t.hoursNote} value={values.note} maxLength={500} error={errors.note} onChange={(e) => set({ note: e.target.value }, 'note')} />
        <FormFeedback feedback={feedback} order={ORDER} heading={t.fixErrors} />
        {logged && (
          <Alert variant="success" size="small" role="status">
            {logged}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={log.isPending}>
            {t.logHours}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
