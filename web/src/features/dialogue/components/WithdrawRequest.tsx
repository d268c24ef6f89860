import { Button } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ConfirmModal } from '../../directory-admin/components/ConfirmModal';
import { useWithdrawRequest } from '../api';
import { threadTexts } from '../texts';

interface Props {
  requestId: string;
  /** After the withdrawal: the status message, and where focus goes (the button is gone). */
  onWithdrawn: () => void;
}

/** NAV: "Trekk tilbake" for a request no longer needed, behind an "are you sure?" (it cannot be undone). */
export function WithdrawRequest({ requestId, onWithdrawn }: Props) {
  const t = useTexts(threadTexts);
  const withdraw = useWithdrawRequest();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    withdraw.reset();
  };
  return (
    <div>
      <Button ref={button} type="button" variant="secondary" size="small" data-color="danger" onClick={() => setOpen(true)}>
        {t.withdraw}
      </Button>
      <ConfirmModal
        open={open}
        heading={t.withdrawHeading}
        body={t.withdrawBody}
        confirmLabel={t.withdrawConfirm}
        variant="danger"
        pending={withdraw.isPending}
        error={withdraw.error}
        onConfirm={() =>
          // The promise, not mutate's callbacks: this component is gone once the thread shows the
          // request withdrawn, and callbacks of an unmounted observer never run.
          withdraw
            .mutateAsync(requestId)
            .then(() => {
              setOpen(false);
              onWithdrawn();
            })
            .catch(() => undefined)
        }
        onClose={close}
        returnFocusTo={() => button.current}
      />
    </div>
  );
}
