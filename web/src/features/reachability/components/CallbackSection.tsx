import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useId, useRef, useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useCallbackAction, useCaseCallbacks } from '../api';
import { callbackTexts } from '../texts';
import type { CallbackRequest } from '../types';
import { CallbackList } from './CallbackList';
import { CallbackRequestForm } from './CallbackRequestForm';

/** The GP's way to an advisory physician from a case: the form, and the requests with their state. */
export function CallbackSection({ caseId }: { caseId: string }) {
  const t = useTexts(callbackTexts);
  const headingId = useId();
  const requests = useCaseCallbacks(caseId);
  const action = useCallbackAction();
  const [formOpen, setFormOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const focusLater = usePendingFocus();

  const open = () => {
    setStatus(null);
    setFormOpen(true);
    focusLater(() => formHeading.current);
  };
  const close = (message: string | null) => {
    setFormOpen(false);
    setStatus(message);
    focusLater(() => openButton.current);
  };
  const withdraw = (request: CallbackRequest) => {
    setStatus(null);
    action.mutate({ id: request.id, action: 'cancel' }, { onSuccess: () => setStatus(t.withdrawn) });
  };

  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId} data-testid="callback-section">
      <Heading level="2" size="medium" id={headingId}>
        {t.heading}
      </Heading>
      <BodyShort>{t.intro}</BodyShort>
      <div role="status" aria-live="polite" data-testid="callback-status-message">
        {status && (
          <Alert variant="success" size="small">
            {status}
          </Alert>
        )}
      </div>
      {formOpen ? (
        <VStack gap="space-12">
          <Heading level="3" size="small" ref={formHeading} tabIndex={-1} className="focus-target">
            {t.formHeading}
          </Heading>
          <CallbackRequestForm caseId={caseId} onSent={() => close(t.sent)} onCancel={() => close(null)} />
        </VStack>
      ) : (
        <div>
          <Button type="button" ref={openButton} onClick={open}>
            {t.requestButton}
          </Button>
        </div>
      )}
      <Heading level="3" size="small">
        {t.listHeading}
      </Heading>
      {action.isError && <ApiErrorAlert error={action.error} size="small" />}
      {requests.isPending && <LoadingState />}
      {requests.isError && <ApiErrorAlert error={requests.error} size="small" />}
      {requests.isSuccess &&
        (requests.data.length === 0 ? (
          <BodyShort>{t.noRequests}</BodyShort>
        ) : (
          <CallbackList requests={requests.data} onWithdraw={withdraw} pendingId={action.isPending ? action.variables.id : null} />
        ))}
    </VStack>
  );
}
