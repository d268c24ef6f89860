import { BodyLong, Button, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate, toIsoDate } from '../../../shared/format';
import type { PersonPosition } from '../../directory/types';
import { useUpdatePosition } from '../api';
import { errorsFromApi } from '../serverErrors';
import { formTexts, personAdminTexts, positionFormTexts } from '../texts';
import { useFormFeedback } from '../useFormFeedback';
import { INVALID_DATE, type DateValue } from '../validation';
import { AdminModal } from './AdminModal';
import { DateInput } from './DateInput';
import { FormFeedback } from './FormFeedback';

interface Props {
  position: PersonPosition;
  onClose: () => void;
  onSaved: (message: string) => void;
  returnFocusTo: () => HTMLElement | null | undefined;
}

/** "Avslutt": sets the last day of an open-ended position (today unless changed). */
export function EndPositionModal({ position, onClose, onSaved, returnFocusTo }: Props) {
  const admin = useTexts(personAdminTexts);
  const form = useTexts(formTexts);
  const t = useTexts(positionFormTexts);
  const updatePosition = useUpdatePosition();
  const feedback = useFormFeedback();
  const [validTo, setValidTo] = useState<DateValue>(() => {
    const today = toIsoDate(new Date());
    return today < position.validFrom ? position.validFrom : today;
  });
  const formId = feedback.fieldId('form');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (updatePosition.isPending) return;
    if (!validTo || validTo === INVALID_DATE) {
      feedback.fail({ validTo: t.validToRequired });
      return;
    }
    if (validTo < position.validFrom) {
      feedback.fail({ validTo: t.periodInvalid });
      return;
    }
    updatePosition.mutate(
      { id: position.id, patch: { validTo } },
      {
        onSuccess: () => {
          onSaved(admin.positionEnded(formatDate(validTo)));
          onClose();
        },
        onError: (error) => {
          const mapped = errorsFromApi(error, { validTo: { label: t.validTo, invalid: form.dateInvalid } }, form.invalidValue);
          feedback.fail(mapped.fields, mapped.general);
        },
      },
    );
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={admin.endPositionHeading}
      width="small"
      returnFocusTo={returnFocusTo}
      initialFocusId={feedback.fieldId('validTo')}
      footer={
        <>
          <Button type="submit" form={formId} loading={updatePosition.isPending}>
            {admin.confirmEnd}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={updatePosition.isPending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <BodyLong>{admin.endPositionBody(position.title, position.organisation.name)}</BodyLong>
          <DateInput
            id={feedback.fieldId('validTo')}
            label={t.validTo}
            initialValue={validTo}
            onChange={(value) => {
              setValidTo(value);
              feedback.clear('validTo');
            }}
            error={feedback.errors.validTo}
            required
          />
          <FormFeedback feedback={feedback} order={['validTo']} />
        </VStack>
      </form>
    </AdminModal>
  );
}
