import { BodyLong, Button, HGrid, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { DateField } from '../../dialogue/components/DateField';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useAcceptReferral } from '../api';
import { instantFrom, nextWeekday, osloToday, SESSION_DURATIONS, TREATING_ROLES, workStatusFromSickLeave } from '../format';
import { teamErrorsFromApi } from '../serverErrors';
import { teamTexts } from '../texts';
import { WORK_STATUSES, type Accepted, type ReferralView, type TeamDetail, type WorkStatus } from '../types';
import { useTeamVocabulary } from '../vocabulary';

const FIELDS = ['date', 'time', 'durationMinutes', 'organisationId', 'therapistMemberId', 'workStatusStart', 'sessionBudget'] as const;

/** One option per person: someone who both leads the team and treats is offered once, by the treating role. */
function treatingMembers(team: TeamDetail): TeamDetail['members'] {
  const treating = team.members.filter((m) => m.active !== false && TREATING_ROLES.has(m.role));
  const leadLast = [...treating].sort((a, b) => Number(a.role === 'team_lead') - Number(b.role === 'team_lead'));
  return leadLast.filter((m, index) => leadLast.findIndex((other) => other.userId === m.userId) === index);
}

interface Props {
  referral: ReferralView;
  team: TeamDetail;
  onClose: () => void;
  onAccepted: (accepted: Accepted) => void;
  returnFocusTo: () => HTMLElement | null;
}

/** Take the person in: the first (assessment) session booked, the therapist, the work status at the start. */
export function AcceptModal({ referral, team, onClose, onAccepted, returnFocusTo }: Props) {
  const t = useTexts(teamTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const accept = useAcceptReferral();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const me = useSignedInUser();
  const therapists = treatingMembers(team);
  // The one taking the person in treats them, unless another therapist is chosen.
  const mine = therapists.find((m) => m.userId === me.id);
  const offices = [...(team.hostOrganisation ? [team.hostOrganisation] : []), ...team.servedOrganisations.filter((o) => o.id !== team.hostOrganisation?.id)];
  const [values, setValues] = useState({
    date: nextWeekday(osloToday()),
    time: '09:00',
    durationMinutes: 60,
    organisationId: offices[0]?.id ?? '',
    therapistMemberId: mine?.id ?? (therapists.length === 1 ? therapists[0]!.id : ''),
    workStatusStart: workStatusFromSickLeave(referral.sickLeave?.status) as WorkStatus,
    sessionBudget: String(team.sessionBudget),
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
  };
  const name = referral.person?.name ?? '';
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (accept.isPending) return;
    const found: Record<string, string> = {};
    const { startsAt, dateBad, timeBad } = instantFrom(values.date, values.time);
    if (dateBad) found.date = t.dateRequired;
    if (timeBad) found.time = t.timeRequired;
    if (startsAt && Date.parse(startsAt) < Date.now()) found.date = t.inPast;
    const budget = Number(values.sessionBudget);
    if (!/^\d+$/.test(values.sessionBudget.trim()) || budget < 1 || budget > 100) found.sessionBudget = form.invalidValue(t.sessionBudget);
    if (Object.keys(found).length > 0 || !startsAt) return feedback.fail(found);
    try {
      const accepted = await accept.mutateAsync({
        id: referral.id,
        input: {
          firstSession: { startsAt, durationMinutes: values.durationMinutes, ...(values.organisationId ? { organisationId: values.organisationId } : {}) },
          ...(values.therapistMemberId ? { therapistMemberId: values.therapistMemberId } : {}),
          workStatusStart: values.workStatusStart,
          sessionBudget: budget,
        },
      });
      onAccepted(accepted);
    } catch (error) {
      const specs = Object.fromEntries(FIELDS.map((f) => [f, { label: f }]));
      const { fields, general } = teamErrorsFromApi(error, specs, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={t.acceptHeading(name)}
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('date')}
      footer={
        <>
          <Button type="submit" form={formId} loading={accept.isPending}>
            {t.acceptSubmit}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={accept.isPending}>
            {t.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-20">
          <BodyLong>{t.acceptIntro(team.firstSessionTargetDays)}</BodyLong>
          <HGrid gap="space-16" columns={{ xs: 1, sm: 3 }} align="start">
            <DateField id={fieldId('date')} label={t.date} initialValue={values.date} onChange={(d) => set('date', d)} fromDate={osloToday()} error={errors.date} required />
            <TextField id={fieldId('time')} label={t.time} description={t.timeDescription} value={values.time} onChange={(e) => set('time', e.target.value)} error={errors.time} htmlSize={8} inputMode="numeric" autoComplete="off" aria-required />
            <Select id={fieldId('durationMinutes')} label={t.duration} value={values.durationMinutes} onChange={(e) => set('durationMinutes', Number(e.target.value))}>
              {SESSION_DURATIONS.map((n) => (
                <option key={n} value={n}>
                  {t.minutes(n)}
                </option>
              ))}
            </Select>
          </HGrid>
          <Select id={fieldId('organisationId')} label={t.place} value={values.organisationId} onChange={(e) => set('organisationId', e.target.value)}>
            <option value="">{t.noPlace}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          <Select id={fieldId('therapistMemberId')} label={t.therapist} value={values.therapistMemberId} onChange={(e) => set('therapistMemberId', e.target.value)} error={errors.therapistMemberId}>
            <option value="">{t.chooseTherapist}</option>
            {therapists.map((m) => (
              <option key={m.id} value={m.id}>
                {`${m.name} (${v.memberRole(m.role)})`}
              </option>
            ))}
          </Select>
          <Select id={fieldId('workStatusStart')} label={t.workStatusStart} value={values.workStatusStart} onChange={(e) => set('workStatusStart', e.target.value as WorkStatus)}>
            {WORK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {v.workStatus(status)}
              </option>
            ))}
          </Select>
          <TextField id={fieldId('sessionBudget')} label={t.sessionBudget} value={values.sessionBudget} onChange={(e) => set('sessionBudget', e.target.value)} error={errors.sessionBudget} htmlSize={4} inputMode="numeric" />
          <FormFeedback feedback={feedback} order={FIELDS} heading={form.errorSummaryHeading} />
        </VStack>
      </form>
    </AdminModal>
  );
}
