import { BodyShort, Button, Fieldset, HGrid, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type ComponentProps, type FormEvent } from 'react';
import { useOrgKindLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { capitalise } from '../../../shared/format';
import { ORG_KINDS, type OrgKind } from '../../../api/types';
import { detailTexts } from '../../directory/texts';
import type { OrgDetail } from '../../directory/types';
import { errorsFromApi, type FieldSpec } from '../serverErrors';
import { formTexts, openingHoursTexts, organisationFormTexts } from '../texts';
import type { OrganisationInput } from '../types';
import { useFormFeedback } from '../useFormFeedback';
import {
  checkOrganisation,
  hasErrors,
  LIMITS,
  ORGANISATION_FIELDS,
  organisationValues,
  parseHoursFieldKey,
  type OrganisationValues,
} from '../validation';
import { FormFeedback } from './FormFeedback';
import { OpeningHoursEditor } from './OpeningHoursEditor';

export type OrganisationBody = Omit<OrganisationInput, 'kind'> & { kind?: OrgKind };

interface Props {
  /** The stored organisation when editing; its kind cannot be changed. */
  org?: OrgDetail;
  submitLabel: string;
  /** Saves the checked body; a rejection is shown on the form. */
  onSubmit: (body: OrganisationBody) => Promise<unknown>;
  onCancel?: () => void;
  /** The id of a heading that names the form. */
  labelledBy?: string;
}

/** Create or edit an organisation: kind, name, identifiers, address, contact and opening hours. */
export function OrganisationForm({ org, submitLabel, onSubmit, onCancel, labelledBy }: Props) {
  const form = useTexts(formTexts);
  const t = useTexts(organisationFormTexts);
  const hoursTexts = useTexts(openingHoursTexts);
  const detail = useTexts(detailTexts);
  const kindLabel = useOrgKindLabel();
  const feedback = useFormFeedback();
  const [values, setValues] = useState<OrganisationValues>(() => organisationValues(org));
  const [pending, setPending] = useState(false);
  const { errors, fieldId } = feedback;
  const hoursLabel = (field: string) => {
    const key = parseHoursFieldKey(field);
    if (!key) return undefined;
    return hoursTexts.summaryLabel(capitalise(detail.weekdayName(key.weekday)), hoursTexts[key.part]);
  };

  const set = <K extends keyof OrganisationValues>(key: K, value: OrganisationValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
  };

  const specs: Record<string, FieldSpec> = {
    kind: { label: t.kind, required: t.kindRequired },
    name: { label: t.name, required: t.nameRequired, tooLong: form.tooLong(t.name, LIMITS.orgName) },
    orgNumber: { label: t.orgNumber, invalid: t.orgNumberFormat },
    herIds: { label: t.herIds, tooLong: t.herIdsTooMany(LIMITS.herIds) },
    street: { label: t.street, tooLong: form.tooLong(t.street, LIMITS.street) },
    postalCode: { label: t.postalCode, invalid: t.postalCodeInvalid },
    city: { label: t.city, tooLong: form.tooLong(t.city, LIMITS.city) },
    municipalityNumber: { label: t.municipalityNumber, invalid: t.municipalityNumberInvalid },
    municipalityName: { label: t.municipalityName, tooLong: form.tooLong(t.municipalityName, LIMITS.municipalityName) },
    phone: { label: t.phone, invalid: form.phoneInvalid },
    email: { label: t.email, invalid: form.emailInvalid },
    openingHours: { label: hoursTexts.legend, invalid: hoursTexts.invalid },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkOrganisation(values, { form, org: t, hours: hoursTexts }, { requireKind: !org });
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

  const text = (
    key: 'name' | 'orgNumber' | 'herIds' | 'street' | 'postalCode' | 'city' | 'municipalityNumber' | 'municipalityName' | 'phone' | 'email',
    props: Partial<ComponentProps<typeof TextField>> = {},
  ) => (
    <TextField
      id={fieldId(key)}
      label={t[key]}
      value={values[key]}
      onChange={(event) => set(key, event.target.value)}
      error={errors[key]}
      {...props}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <VStack gap="space-24" maxWidth="48rem">
        <BodyShort>{org ? t.requiredHintEdit : t.requiredHint}</BodyShort>
        {org ? null : (
          <Select
            id={fieldId('kind')}
            label={t.kind}
            value={values.kind}
            onChange={(event) => set('kind', (ORG_KINDS.find((kind) => kind === event.target.value) ?? '') as OrgKind | '')}
            error={errors.kind}
            aria-required
          >
            <option value="">{t.chooseKind}</option>
            {ORG_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </Select>
        )}
        {text('name', { autoComplete: 'organization', 'aria-required': true })}
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
          {text('orgNumber', { description: t.orgNumberDescription, inputMode: 'numeric', autoComplete: 'off' })}
          {text('herIds', { description: t.herIdsDescription, inputMode: 'numeric', autoComplete: 'off' })}
        </HGrid>
        <Fieldset legend={t.addressLegend} errorPropagation={false}>
          <VStack gap="space-16">
            {text('street', { autoComplete: 'street-address' })}
            <HGrid gap="space-16" columns={{ xs: 1, sm: '10rem 1fr' }} align="start">
              {text('postalCode', { inputMode: 'numeric', autoComplete: 'postal-code', htmlSize: 6 })}
              {text('city', { autoComplete: 'address-level2' })}
            </HGrid>
            <HGrid gap="space-16" columns={{ xs: 1, sm: '10rem 1fr' }} align="start">
              {text('municipalityNumber', { inputMode: 'numeric', autoComplete: 'off', htmlSize: 6 })}
              {text('municipalityName', { autoComplete: 'off' })}
            </HGrid>
          </VStack>
        </Fieldset>
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
          {text('phone', { type: 'tel', autoComplete: 'tel' })}
          {text('email', { type: 'email', autoComplete: 'email', spellCheck: false })}
        </HGrid>
        <OpeningHoursEditor
          id={fieldId('openingHours')}
          value={values.openingHours}
          onChange={(hours) => set('openingHours', hours)}
          onFieldChange={feedback.clear}
          errors={errors}
          fieldId={fieldId}
          dayName={detail.weekdayName}
          error={errors.openingHours}
        />
        <FormFeedback feedback={feedback} order={ORGANISATION_FIELDS} summaryLabel={hoursLabel} />
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
