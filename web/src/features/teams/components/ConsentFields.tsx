import { Checkbox, CheckboxGroup, ErrorMessage, Fieldset, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateField } from '../../dialogue/components/DateField';
import { addDaysIso, osloToday } from '../../meetings/format';
import { referralTexts } from '../texts';
import { CONSENT_RECIPIENTS, type ConsentRecipient } from '../types';
import { useTeamVocabulary } from '../vocabulary';

interface Props {
  scope: ConsentRecipient[];
  givenOn: string;
  confirmed: boolean;
  onScope: (scope: ConsentRecipient[]) => void;
  onGivenOn: (date: string) => void;
  onConfirmed: (confirmed: boolean) => void;
  errors: Record<string, string>;
  fieldId: (field: string) => string;
}

/** A signature older than this is not reused for a new referral (the server's CONSENT_MAX_AGE_DAYS). */
const CONSENT_MAX_AGE_DAYS = 30;

/** What is shared with whom, from which date, and that the patient has said yes: recorded with the referral. */
export function ConsentFields({ scope, givenOn, confirmed, onScope, onGivenOn, onConfirmed, errors, fieldId }: Props) {
  const t = useTexts(referralTexts);
  const v = useTeamVocabulary();
  return (
    <Fieldset legend={t.consentLegend} description={t.consentDescription}>
      <VStack gap="space-16">
        <CheckboxGroup
          id={fieldId('consentScope')}
          legend={t.consentScope}
          value={scope}
          // Kept in the scale's order, so equal scopes are equal values.
          onChange={(next: ConsentRecipient[]) => onScope(CONSENT_RECIPIENTS.filter((r) => next.includes(r)))}
          error={errors.consentScope}
        >
          {CONSENT_RECIPIENTS.map((recipient) => (
            <Checkbox key={recipient} value={recipient}>
              {v.consent(recipient)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <DateField
          id={fieldId('consentGivenOn')}
          label={t.consentGivenOn}
          initialValue={givenOn}
          onChange={onGivenOn}
          fromDate={addDaysIso(osloToday(), -CONSENT_MAX_AGE_DAYS)}
          toDate={osloToday()}
          error={errors.consentGivenOn}
          required
        />
        <Checkbox
          id={fieldId('consentConfirmed')}
          checked={confirmed}
          onChange={(event) => onConfirmed(event.target.checked)}
          error={Boolean(errors.consentConfirmed)}
          aria-describedby={errors.consentConfirmed ? `${fieldId('consentConfirmed')}-error` : undefined}
        >
          {t.consentConfirm}
        </Checkbox>
        {errors.consentConfirmed && (
          <ErrorMessage id={`${fieldId('consentConfirmed')}-error`} showIcon>
            {errors.consentConfirmed}
          </ErrorMessage>
        )}
      </VStack>
    </Fieldset>
  );
}
