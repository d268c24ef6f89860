import { Alert, BodyShort, Button, Checkbox, CheckboxGroup, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { newIdempotencyKey, osloToday } from '../../meetings/format';
import { useSendReferral } from '../api';
import { checkReferral, factsOutside, initialReferralValues, isOutside, OUTSIDE_REASON_MAX, REASON_MAX, REFERRAL_FIELDS, type ReferralValues } from '../referralForm';
import { teamErrorsFromApi } from '../serverErrors';
import { referralTexts } from '../texts';
import type { ReferralCreated, ReferralDraft } from '../types';
import { useTeamVocabulary } from '../vocabulary';
import { ConsentFields } from './ConsentFields';
import { TeamChoice } from './TeamChoice';

interface Props {
  draft: ReferralDraft;
  cancelTo: string;
  onSent: (created: ReferralCreated, teamName: string) => void;
}

/** Team, criteria, one short reason and the patient's consent: the referral in one minute. */
export function ReferralForm({ draft, cancelTo, onSent }: Props) {
  const t = useTexts(referralTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const send = useSendReferral();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<ReferralValues>(() => initialReferralValues(draft, osloToday()));
  // One key per filled-in form: a double click or a retry after a lost answer is the same referral.
  const key = useRef(newIdempotencyKey());
  const team = draft.teams.find((candidate) => candidate.id === values.teamId);
  const outside = isOutside(team, draft, values, t);
  const facts = team ? factsOutside(team, draft, t) : [];

  const set = <K extends keyof ReferralValues>(field: K, value: ReferralValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    feedback.clear(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const checked = checkReferral(values, draft, t);
    if (!checked.body) return feedback.fail(checked.errors);
    try {
      const created = await send.mutateAsync({ input: checked.body, key: key.current });
      onSent(created, team?.name ?? '');
    } catch (error) {
      const specs = {
        teamId: { label: t.teamLegend },
        criteria: { label: t.criteriaLegend },
        outsideCriteriaReason: { label: t.outsideReason, required: t.outsideReasonRequired },
        reason: { label: t.reason, required: t.reasonRequired, tooLong: t.tooLong(REASON_MAX) },
        consentScope: { label: t.consentScope, required: t.consentScopeRequired },
        consentGivenOn: { label: t.consentGivenOn, required: t.consentGivenOnRequired },
      };
      const { fields, general } = teamErrorsFromApi(error, specs, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  if (draft.teams.length === 0) return <Alert variant="info">{t.noTeams}</Alert>;
  return (
    <form onSubmit={submit} noValidate className="teams-form" data-testid="referral-form">
      <VStack gap="space-32">
        <TeamChoice id={fieldId('teamId')} teams={draft.teams} value={values.teamId} onChange={(id) => set('teamId', id)} error={errors.teamId} />
        {team && team.criteria.length > 0 && (
          <CheckboxGroup
            id={fieldId('criteria')}
            legend={t.criteriaLegend}
            description={t.criteriaDescription}
            value={values.criteria}
            onChange={(next: string[]) => set('criteria', next)}
            error={errors.criteria}
          >
            {team.criteria.map((criterion) => (
              <Checkbox key={criterion.key} value={criterion.key}>
                {v.criterion(criterion)}
                {criterion.required && <span className="teams-subtle"> {t.requiredMark}</span>}
              </Checkbox>
            ))}
          </CheckboxGroup>
        )}
        {facts.length > 0 && (
          <Alert variant="warning" size="small">
            {facts.map((fact) => (
              <BodyShort key={fact}>{fact}</BodyShort>
            ))}
          </Alert>
        )}
        {outside && (
          <Textarea
            id={fieldId('outsideCriteriaReason')}
            label={t.outsideReason}
            description={t.outsideReasonDescription}
            value={values.outsideCriteriaReason}
            onChange={(e) => set('outsideCriteriaReason', e.target.value)}
            error={errors.outsideCriteriaReason}
            maxLength={OUTSIDE_REASON_MAX}
            minRows={2}
            aria-required
          />
        )}
        <Textarea
          id={fieldId('reason')}
          label={t.reason}
          description={t.reasonDescription}
          value={values.reason}
          onChange={(e) => set('reason', e.target.value)}
          error={errors.reason}
          maxLength={REASON_MAX}
          minRows={2}
          aria-required
        />
        <ConsentFields
          scope={values.consentScope}
          givenOn={values.consentGivenOn}
          confirmed={values.consentConfirmed}
          onScope={(scope) => set('consentScope', scope)}
          onGivenOn={(date) => set('consentGivenOn', date)}
          onConfirmed={(confirmed) => set('consentConfirmed', confirmed)}
          errors={errors}
          fieldId={fieldId}
        />
        <FormFeedback feedback={feedback} order={REFERRAL_FIELDS} heading={form.errorSummaryHeading} />
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={send.isPending}>
            {t.submit}
          </Button>
          <AppLink to={cancelTo}>{t.cancel}</AppLink>
        </HStack>
      </VStack>
    </form>
  );
}
