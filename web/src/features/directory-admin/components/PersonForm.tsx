import { BodyShort, Button, HGrid, HStack, TextField, VStack } from '@navikt/ds-react';
import { useState, type ComponentProps, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import type { PersonDetail } from '../../directory/types';
import { errorsFromApi, type FieldSpec } from '../serverErrors';
import { formTexts, personFormTexts } from '../texts';
import type { PersonInput } from '../types';
import { useFormFeedback } from '../useFormFeedback';
import { checkPerson, hasErrors, LIMITS, PERSON_FIELDS, personValues, type PersonValues } from '../validation';
import { FormFeedback } from './FormFeedback';

interface Props {
  /** The stored person when editing. */
  person?: PersonDetail;
  submitLabel: string;
  /** Saves the checked body; a rejection is shown on the form. */
  onSubmit: (body: PersonInput) => Promise<unknown>;
  onCancel?: () => void;
  labelledBy?: string;
}

/** Create or edit a person: names, HPR number and contact channels. */
export function PersonForm({ person, submitLabel, onSubmit, onCancel, labelledBy }: Props) {
  const form = useTexts(formTexts);
  const t = useTexts(personFormTexts);
  const feedback = useFormFeedback();
  const [values, setValues] = useState<PersonValues>(() => personValues(person));
  const [pending, setPending] = useState(false);
  const { errors, fieldId } = feedback;

  const specs: Record<string, FieldSpec> = {
    givenName: { label: t.givenName, required: t.givenNameRequired, tooLong: form.tooLong(t.givenName, LIMITS.personName) },
    familyName: {
      label: t.familyName,
      required: t.familyNameRequired,
      tooLong: form.tooLong(t.familyName, LIMITS.personName),
    },
    hprNumber: { label: t.hprNumber, invalid: t.hprInvalid },
    phone: { label: t.phone, invalid: form.phoneInvalid },
    email: { label: t.email, invalid: form.emailInvalid },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkPerson(values, form, t);
    if (hasErrors(checked.errors)) {
      feedback.fail(checked.errors);
      return;
    }
    setPending(true);
    try {
      await onSubmit(checked.body);
      feedback.reset();
    } catch (error) {
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    } finally {
      setPending(false);
    }
  };

  const text = (key: keyof PersonValues, props: Partial<ComponentProps<typeof TextField>> = {}) => (
    <TextField
      id={fieldId(key)}
      label={t[key]}
      value={values[key]}
      onChange={(event) => {
        setValues((previous) => ({ ...previous, [key]: event.target.value }));
        feedback.clear(key);
      }}
      error={errors[key]}
      {...props}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <VStack gap="space-24" maxWidth="48rem">
        <BodyShort>{t.requiredHint}</BodyShort>
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
          {text('givenName', { autoComplete: 'off', 'aria-required': true })}
          {text('familyName', { autoComplete: 'off', 'aria-required': true })}
        </HGrid>
        {text('hprNumber', { description: t.hprDescription, inputMode: 'numeric', autoComplete: 'off', htmlSize: 12 })}
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
          {text('phone', { type: 'tel', autoComplete: 'off' })}
          {text('email', { type: 'email', autoComplete: 'off', spellCheck: false })}
        </HGrid>
        <FormFeedback feedback={feedback} order={PERSON_FIELDS} />
        <HStack gap="space-16">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
              {form.cancel}
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
