import { BodyShort, Button, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { purposeTexts } from '../../directory/texts';
import { CONTACT_PURPOSES, type ContactPurpose } from '../../directory/types';
import { useAddContactRole } from '../api';
import { errorsFromApi, type FieldSpec } from '../serverErrors';
import { contactRoleFormTexts, formTexts, organisationAdminTexts } from '../texts';
import { useFormFeedback } from '../useFormFeedback';
import { checkContactRole, CONTACT_ROLE_FIELDS, hasErrors, LIMITS, type ContactRoleValues } from '../validation';
import { AdminModal } from './AdminModal';
import { DirectoryPicker } from './DirectoryPicker';
import { FormFeedback } from './FormFeedback';

interface Props {
  organisationId: string;
  open: boolean;
  onClose: () => void;
  onAdded: (message: string) => void;
  returnFocusTo: () => HTMLElement | null | undefined;
}

const EMPTY: ContactRoleValues = { person: null, purpose: '', note: '' };

/** "Legg til kontaktperson": pick a person by search, choose the purpose, add a note. */
export function AddContactRoleModal({ organisationId, open, onClose, onAdded, returnFocusTo }: Props) {
  const t = useTexts(organisationAdminTexts);
  const form = useTexts(formTexts);
  const f = useTexts(contactRoleFormTexts);
  const purposes = useTexts(purposeTexts);
  const addContactRole = useAddContactRole(organisationId);
  const feedback = useFormFeedback();
  const [values, setValues] = useState<ContactRoleValues>(EMPTY);
  const { errors, fieldId } = feedback;
  const formId = fieldId('form');

  const close = () => {
    setValues(EMPTY);
    feedback.reset();
    addContactRole.reset();
    onClose();
  };

  const specs: Record<string, FieldSpec> = {
    person: { label: f.person, required: f.personRequired },
    purpose: { label: f.purpose, required: f.purposeRequired },
    note: { label: f.note, tooLong: form.tooLong(f.note, LIMITS.note) },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (addContactRole.isPending) return;
    const checked = checkContactRole(values, form, f);
    if (hasErrors(checked.errors) || !checked.body) {
      feedback.fail(checked.errors);
      return;
    }
    const body = checked.body;
    addContactRole.mutate(body, {
      onSuccess: () => {
        onAdded(t.contactAdded(values.person?.name ?? '', purposes[body.purpose]));
        close();
      },
      onError: (error) => {
        const mapped = errorsFromApi(error, specs, form.invalidValue);
        feedback.fail(mapped.fields, mapped.general);
      },
    });
  };

  return (
    <AdminModal
      open={open}
      onClose={close}
      heading={t.addContact}
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('person')}
      footer={
        <>
          <Button type="submit" form={formId} loading={addContactRole.isPending}>
            {form.add}
          </Button>
          <Button type="button" variant="secondary" onClick={close} disabled={addContactRole.isPending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <BodyShort>{f.requiredHint}</BodyShort>
          <DirectoryPicker
            type="person"
            id={fieldId('person')}
            selected={values.person}
            onSelect={(person) => {
              setValues((previous) => ({ ...previous, person }));
              feedback.clear('person');
            }}
            error={errors.person}
          />
          <Select
            id={fieldId('purpose')}
            label={f.purpose}
            value={values.purpose}
            onChange={(event) => {
              setValues((previous) => ({
                ...previous,
                purpose: (CONTACT_PURPOSES.find((p) => p === event.target.value) ?? '') as ContactPurpose | '',
              }));
              feedback.clear('purpose');
            }}
            error={errors.purpose}
            aria-required
          >
            <option value="">{f.choosePurpose}</option>
            {CONTACT_PURPOSES.map((purpose) => (
              <option key={purpose} value={purpose}>
                {purposes[purpose]}
              </option>
            ))}
          </Select>
          <Textarea
            id={fieldId('note')}
            label={f.note}
            description={f.noteDescription}
            value={values.note}
            onChange={(event) => {
              setValues((previous) => ({ ...previous, note: event.target.value }));
              feedback.clear('note');
            }}
            maxLength={LIMITS.note}
            minRows={2}
            error={errors.note}
          />
          <FormFeedback feedback={feedback} order={CONTACT_ROLE_FIELDS} />
        </VStack>
      </form>
    </AdminModal>
  );
}
