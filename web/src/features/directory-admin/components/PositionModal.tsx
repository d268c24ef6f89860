import { BodyShort, Button, HGrid, Label, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { roleTexts } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { ROLES, type Role } from '../../../api/types';
import { toIsoDate } from '../../../shared/format';
import type { PersonPosition } from '../../directory/types';
import { useAddPosition, useUpdatePosition } from '../api';
import { errorsFromApi, type FieldSpec } from '../serverErrors';
import { formTexts, personAdminTexts, positionFormTexts } from '../texts';
import { useFormFeedback } from '../useFormFeedback';
import {
  changedFields,
  checkPosition,
  hasErrors,
  LIMITS,
  POSITION_FIELDS,
  positionBodyOf,
  positionValues,
  type PositionValues,
} from '../validation';
import { AdminModal } from './AdminModal';
import { DateInput } from './DateInput';
import { DirectoryPicker } from './DirectoryPicker';
import { FormFeedback } from './FormFeedback';

/** Roles a directory position can have; a sick-listed person is not a position. */
const POSITION_ROLES = ROLES.filter((role) => role !== 'patient');

interface Props {
  personId: string;
  /** The position to edit; without it the modal adds a new one. */
  position?: PersonPosition;
  onClose: () => void;
  onSaved: (message: string) => void;
  returnFocusTo: () => HTMLElement | null | undefined;
}

/**
 * "Legg til stilling" (organisation by search, role, title, share, period) and "Endre" for an
 * existing position (everything but the organisation). Mounted while open.
 */
export function PositionModal({ personId, position, onClose, onSaved, returnFocusTo }: Props) {
  const admin = useTexts(personAdminTexts);
  const form = useTexts(formTexts);
  const t = useTexts(positionFormTexts);
  const roles = useTexts(roleTexts);
  const addPosition = useAddPosition(personId);
  const updatePosition = useUpdatePosition();
  const feedback = useFormFeedback();
  const [values, setValues] = useState<PositionValues>(() => positionValues(position, toIsoDate(new Date())));
  const [pending, setPending] = useState(false);
  const { errors, fieldId } = feedback;
  const formId = fieldId('form');
  const set = <K extends keyof PositionValues>(key: K, value: PositionValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
  };

  const roleOptions: string[] =
    position && !POSITION_ROLES.some((role) => role === position.role) ? [position.role, ...POSITION_ROLES] : [...POSITION_ROLES];
  const roleLabel = (role: string) => (Object.hasOwn(roles, role) ? roles[role as Role] : role);

  const specs: Record<string, FieldSpec> = {
    organisation: { label: t.organisation, required: t.organisationRequired },
    role: { label: t.role, required: t.roleRequired },
    title: { label: t.title, required: t.titleRequired, tooLong: form.tooLong(t.title, LIMITS.title) },
    sharePercent: { label: t.sharePercent, invalid: t.shareInvalid },
    validFrom: { label: t.validFrom, required: t.validFromRequired, invalid: t.validFromRequired },
    validTo: { label: t.validTo, invalid: form.dateInvalid },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkPosition(values, form, t, { requireOrganisation: !position });
    if (hasErrors(checked.errors)) {
      feedback.fail(checked.errors);
      return;
    }
    const { organisationId, ...fields } = checked.body;
    setPending(true);
    try {
      if (position) {
        const patch = changedFields(fields, positionBodyOf(position));
        if (Object.keys(patch).length === 0) {
          onSaved(form.noChanges);
        } else {
          await updatePosition.mutateAsync({ id: position.id, patch });
          onSaved(admin.positionSaved);
        }
      } else if (organisationId) {
        await addPosition.mutateAsync({ organisationId, ...fields });
        onSaved(admin.positionAdded(fields.title, values.organisation?.name ?? ''));
      }
      onClose();
    } catch (error) {
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    } finally {
      setPending(false);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={position ? admin.editPositionHeading : admin.addPosition}
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId(position ? 'role' : 'organisation')}
      footer={
        <>
          <Button type="submit" form={formId} loading={pending}>
            {position ? form.save : form.add}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <BodyShort>{position ? t.requiredHintEdit : t.requiredHint}</BodyShort>
          {position ? (
            <VStack gap="space-4">
              <Label as="p">{t.organisation}</Label>
              <BodyShort>{position.organisation.name}</BodyShort>
            </VStack>
          ) : (
            <DirectoryPicker
              type="organisation"
              id={fieldId('organisation')}
              selected={values.organisation}
              onSelect={(organisation) => set('organisation', organisation)}
              error={errors.organisation}
            />
          )}
          <Select
            id={fieldId('role')}
            label={t.role}
            value={values.role}
            onChange={(event) => set('role', event.target.value as Role | '')}
            error={errors.role}
            aria-required
          >
            <option value="">{t.chooseRole}</option>
            {roleOptions.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </Select>
          <TextField
            id={fieldId('title')}
            label={t.title}
            description={t.titleDescription}
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
            error={errors.title}
            autoComplete="off"
            aria-required
          />
          <TextField
            id={fieldId('sharePercent')}
            label={t.sharePercent}
            description={t.shareDescription}
            value={values.sharePercent}
            onChange={(event) => set('sharePercent', event.target.value)}
            error={errors.sharePercent}
            inputMode="numeric"
            htmlSize={5}
            autoComplete="off"
          />
          <HGrid gap="space-16" columns={{ xs: 1, sm: 2 }} align="start">
            <DateInput
              id={fieldId('validFrom')}
              label={t.validFrom}
              initialValue={values.validFrom}
              onChange={(value) => set('validFrom', value)}
              error={errors.validFrom}
              required
            />
            <DateInput
              id={fieldId('validTo')}
              label={t.validTo}
              description={t.validToDescription}
              initialValue={values.validTo}
              onChange={(value) => set('validTo', value)}
              error={errors.validTo}
            />
          </HGrid>
          <FormFeedback feedback={feedback} order={POSITION_FIELDS} />
        </VStack>
      </form>
    </AdminModal>
  );
}
