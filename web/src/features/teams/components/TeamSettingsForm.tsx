import { Button, Checkbox, Fieldset, HGrid, Radio, RadioGroup, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DirectoryPicker } from '../../directory-admin/components/DirectoryPicker';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useCreateTeam, useUpdateTeam } from '../api';
import { teamErrorsFromApi } from '../serverErrors';
import { checkTeam, TEAM_FIELDS, teamValues, type TeamValues } from '../teamForm';
import { teamAdminTexts } from '../texts';
import { JOINT_CADENCES, REFERRAL_POLICIES, TEAM_KINDS, type TeamDetail } from '../types';
import { useTeamVocabulary } from '../vocabulary';
import { CriteriaEditor } from './CriteriaEditor';
import { ServedOrganisations } from './ServedOrganisations';

type NumberKey = 'ageMin' | 'ageMax' | 'maxSickLeaveWeeks' | 'capacity' | 'sessionBudget' | 'refresherLimit' | 'firstSessionTargetDays' | 'jobSpecialistCaseload' | 'gpJoinsLastMinutes';

interface Props {
  /** Absent: a new team. */
  team?: TeamDetail;
  /** With the team's id (a new team's from the answer). */
  onSaved: (teamId: string, name: string) => void;
}

/** A team's settings: kind, name, whom it serves, criteria, limits, who refers, capacity and the course's defaults. */
export function TeamSettingsForm({ team, onSaved }: Props) {
  const t = useTexts(teamAdminTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const create = useCreateTeam();
  const update = useUpdateTeam(team?.id ?? '');
  const feedback = useFormFeedback();
  const focusLater = usePendingFocus();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<TeamValues>(() => teamValues(team));
  const pending = create.isPending || update.isPending;
  const set = <K extends keyof TeamValues>(key: K, value: TeamValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkTeam(values, t, { isNew: !team });
    if (!checked.body) return feedback.fail(checked.errors);
    try {
      const saved = team ? await update.mutateAsync(checked.body) : await create.mutateAsync(checked.body);
      feedback.reset();
      onSaved(team?.id ?? saved.id, checked.body.name);
    } catch (error) {
      const labels: Record<string, string> = {
        kind: t.kind,
        name: t.name,
        description: t.description,
        trialSite: t.trialSite,
        host: t.host,
        hostOrganisationId: t.host,
        served: t.served,
        servedOrganisationIds: t.served,
        criteria: t.criteria,
        ageMin: t.ageMin,
        ageMax: t.ageMax,
        maxSickLeaveWeeks: t.maxWeeks,
        referralPolicy: t.referralPolicy,
        capacity: t.capacity,
        sessionBudget: t.sessionBudget,
        refresherLimit: t.refresherLimit,
        firstSessionTargetDays: t.firstSessionTargetDays,
        jobSpecialistCaseload: t.jobSpecialistCaseload,
        jointMeetingCadence: t.cadence,
        gpJoinsLastMinutes: t.gpJoinsLastMinutes,
      };
      const specs = Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, { label }]));
      const { fields, general } = teamErrorsFromApi(error, specs, form.invalidValue);
      // The request's names for the pickers are shown at the pickers.
      const { servedOrganisationIds, hostOrganisationId, ...rest } = fields;
      feedback.fail({ ...rest, ...(servedOrganisationIds ? { served: servedOrganisationIds } : {}), ...(hostOrganisationId ? { host: hostOrganisationId } : {}) }, general);
    }
  };

  const number = (key: NumberKey, label: string, description?: string) => (
    <TextField
      id={fieldId(key)}
      label={label}
      description={description}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errors[key]}
      inputMode="numeric"
      htmlSize={6}
      autoComplete="off"
    />
  );

  return (
    <form onSubmit={submit} noValidate className="teams-form" data-testid="team-settings-form">
      <VStack gap="space-32">
        <VStack gap="space-16">
          <Select id={fieldId('kind')} label={t.kind} value={values.kind} onChange={(e) => set('kind', e.target.value as TeamValues['kind'])}>
            {TEAM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {v.kind(kind)}
              </option>
            ))}
          </Select>
          <TextField id={fieldId('name')} label={t.name} value={values.name} onChange={(e) => set('name', e.target.value)} error={errors.name} maxLength={200} aria-required />
          <Textarea id={fieldId('description')} label={t.description} value={values.description} onChange={(e) => set('description', e.target.value)} maxLength={2000} minRows={2} />
          <TextField id={fieldId('trialSite')} label={t.trialSite} description={t.trialSiteDescription} value={values.trialSite} onChange={(e) => set('trialSite', e.target.value)} maxLength={200} />
          <Fieldset legend={t.host} error={errors.host}>
            <VStack gap="space-8">
              <DirectoryPicker type="organisation" id={fieldId('host')} selected={values.host} onSelect={(entry) => set('host', entry)} />
              {values.host && (
                <div>
                  <Button type="button" size="xsmall" variant="tertiary" onClick={() => set('host', null)}>
                    {t.removeHost}
                  </Button>
                </div>
              )}
            </VStack>
          </Fieldset>
        </VStack>
        <ServedOrganisations served={values.served} onChange={(served) => set('served', served)} error={errors.served} fieldId={fieldId} focusLater={focusLater} />
        <CriteriaEditor criteria={values.criteria} onChange={(criteria) => set('criteria', criteria)} errors={errors} fieldId={fieldId} showDefaultHint={!team && values.kind === 'work_focus'} focusLater={focusLater} />
        <Fieldset legend={t.limits}>
          <HGrid gap="space-16" columns={{ xs: 1, sm: 3 }} align="start">
            {number('ageMin', t.ageMin)}
            {number('ageMax', t.ageMax)}
            {number('maxSickLeaveWeeks', t.maxWeeks, t.maxWeeksDescription)}
          </HGrid>
        </Fieldset>
        <RadioGroup id={fieldId('referralPolicy')} legend={t.referralPolicy} value={values.referralPolicy} onChange={(value: TeamValues['referralPolicy']) => set('referralPolicy', value)}>
          {REFERRAL_POLICIES.map((policy) => (
            <Radio key={policy} value={policy}>
              {v.policy(policy)}
            </Radio>
          ))}
        </RadioGroup>
        <VStack gap="space-16">
          {number('capacity', t.capacity, t.capacityDescription)}
          {number('sessionBudget', t.sessionBudget, t.sessionBudgetDescription)}
          {number('refresherLimit', t.refresherLimit)}
          {number('firstSessionTargetDays', t.firstSessionTargetDays)}
          {number('jobSpecialistCaseload', t.jobSpecialistCaseload)}
          <Select id={fieldId('jointMeetingCadence')} label={t.cadence} value={values.jointMeetingCadence} onChange={(e) => set('jointMeetingCadence', e.target.value as TeamValues['jointMeetingCadence'])}>
            {JOINT_CADENCES.map((cadence) => (
              <option key={cadence} value={cadence}>
                {v.cadence(cadence)}
              </option>
            ))}
          </Select>
          {number('gpJoinsLastMinutes', t.gpJoinsLastMinutes, t.gpJoinsDescription)}
          <Checkbox checked={values.active} onChange={(e) => set('active', e.target.checked)}>
            {t.active}
          </Checkbox>
        </VStack>
        <FormFeedback feedback={feedback} order={TEAM_FIELDS.flatMap((field) => (field === 'criteria' ? [field, ...values.criteria.map((c) => `criterion-${c.rowKey}`)] : [field]))} heading={form.errorSummaryHeading} summaryLabel={(key) => (key.startsWith('criterion-') ? t.criterionN(values.criteria.findIndex((c) => `criterion-${c.rowKey}` === key) + 1) : undefined)} />
        <div>
          <Button type="submit" loading={pending}>
            {team ? t.saveSettings : t.createTeam}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
