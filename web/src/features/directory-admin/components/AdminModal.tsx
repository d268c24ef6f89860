import { Modal } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  /** Called however the modal closes (Esc, the close button, or the parent setting `open` false). */
  onClose: () => void;
  heading: string;
  children: ReactNode;
  footer: ReactNode;
  /** Where focus goes after closing; when it is gone from the page, the fallback is used. */
  returnFocusTo: () => HTMLElement | null | undefined;
  /** The id of the element to focus when the modal opens (else the browser picks the first). */
  initialFocusId?: string;
  width?: 'small' | 'medium';
}

/**
 * Aksel's Modal (a native modal `<dialog>`: the page behind is inert, Esc closes) with focus that
 * starts on the first field and comes back to a sensible place, also when the element that opened
 * the modal has been removed (a deleted row).
 */
export function AdminModal({ open, onClose, heading, children, footer, returnFocusTo, initialFocusId, width }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (!open || !initialFocusId) return;
    // Aksel opens the dialog from an effect once its portal exists; wait for that, then focus.
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const target = document.getElementById(initialFocusId);
      if (ref.current?.open && target) target.focus();
      else if (frames++ < 30) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [open, initialFocusId]);

  const returnFocus = useRef(returnFocusTo);
  returnFocus.current = returnFocusTo;
  useEffect(() => {
    if (!open) return;
    // Runs when the modal closes, or when the parent unmounts it while open.
    return () => {
      requestAnimationFrame(() => {
        const target = returnFocus.current();
        if (target?.isConnected) target.focus();
      });
    };
  }, [open]);

  return (
    <Modal ref={ref} open={open} onClose={onClose} header={{ heading }} width={width ?? 'medium'} placement="top">
      {open && (
        <>
          <Modal.Body>{children}</Modal.Body>
          <Modal.Footer>{footer}</Modal.Footer>
        </>
      )}
    </Modal>
  );
}
