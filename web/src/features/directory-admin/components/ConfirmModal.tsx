import { BodyLong, Button, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { formTexts } from '../texts';
import { AdminModal } from './AdminModal';

interface Props {
  open: boolean;
  heading: string;
  body: string;
  confirmLabel: string;
  /** `danger` for changes that hide or remove something. */
  variant?: 'primary' | 'danger';
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  returnFocusTo: () => HTMLElement | null | undefined;
}

/** "Are you sure?" with the consequence spelt out; the server's message appears if it refuses. */
export function ConfirmModal({ open, heading, body, confirmLabel, variant, pending, error, onConfirm, onClose, returnFocusTo }: Props) {
  const form = useTexts(formTexts);
  return (
    <AdminModal
      open={open}
      onClose={onClose}
      heading={heading}
      width="small"
      returnFocusTo={returnFocusTo}
      footer={
        <>
          <Button type="button" variant={variant ?? 'primary'} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <VStack gap="space-16">
        <BodyLong>{body}</BodyLong>
        {Boolean(error) && <ApiErrorAlert error={error} size="small" />}
      </VStack>
    </AdminModal>
  );
}
