import { Button, HStack, Select, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { isApiError } from '../../../api/errors';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { useAssignConversation, useOfficeAdvisers } from '../api';
import { assignTexts } from '../texts';
import type { OfficeAdviser } from '../types';

interface Props {
  conversationId: string;
  /** Who has the thread now: the select starts there. */
  assignedUserId: string | null;
  /** For a row in a list: names the select and the button by the thread (the labels are hidden). */
  context?: { subject: string; patient: string };
  size?: 'small' | 'medium';
  /** After the thread is assigned and the thread or inbox has been refetched. */
  onAssigned: (adviser: OfficeAdviser) => void;
  /** When the control is gone after assigning (the row left the list): the parent moves the focus. */
  onGone?: () => void;
}

/**
 * A manager's "Tildel": the office's advisers (and managers) in a select, and a button. A missing
 * choice or the server's refusal of the person is shown on the select, which takes the focus.
 */
export function AssignControl({ conversationId, assignedUserId, context, size = 'small', onAssigned, onGone }: Props) {
  const me = useSignedInUser();
  const t = useTexts(assignTexts);
  const advisers = useOfficeAdvisers();
  const assign = useAssignConversation();
  const selectId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const assignedRef = useRef(false);
  const onGoneRef = useRef(onGone);
  onGoneRef.current = onGone;
  // The row may leave the list only after the next frame (the refetched list renders later): when
  // the control goes after an assignment and took the focus with it, the parent gets it back.
  useEffect(
    () => () => {
      if (!assignedRef.current) return;
      const active = document.activeElement;
      if (!active || active === document.body) onGoneRef.current?.();
    },
    [],
  );
  const [userId, setUserId] = useState(assignedUserId ?? '');
  // A refetched thread that names another adviser moves the select with it.
  useEffect(() => setUserId(assignedUserId ?? ''), [assignedUserId]);
  const [error, setError] = useState<string | null>(null);
  const list = advisers.data ?? [];

  const submit = () => {
    if (assign.isPending) return;
    const adviser = list.find((a) => a.userId === userId);
    if (!adviser) {
      setError(t.chooseRequired);
      document.getElementById(selectId)?.focus();
      return;
    }
    setError(null);
    assign.mutate(
      { conversationId, userId: adviser.userId },
      {
        onSuccess: () => {
          assignedRef.current = true;
          onAssigned(adviser);
          requestAnimationFrame(() => {
            if (!buttonRef.current?.isConnected) onGone?.();
          });
        },
        onError: (failure) => {
          if (isApiError(failure) && (failure.details as { field?: unknown } | undefined)?.field === 'userId') {
            setError(failure.message);
            document.getElementById(selectId)?.focus();
          }
        },
      },
    );
  };

  const refusedOnField = isApiError(assign.error) && (assign.error.details as { field?: unknown } | undefined)?.field === 'userId';
  return (
    <VStack gap="space-4" align="start" data-testid="assign-control">
      <HStack gap="space-8" align="end" wrap={false}>
        <Select
          id={selectId}
          size={size}
          label={context ? t.assignToFor(context.subject, context.patient) : t.assignTo}
          hideLabel={Boolean(context)}
          value={userId}
          onChange={(e) => {
            setUserId(e.target.value);
            setError(null);
          }}
          error={error}
        >
          <option value="">{advisers.isPending ? t.loading : t.choose}</option>
          {list.map((a) => (
            <option key={a.userId} value={a.userId}>
              {t.option(a.name, a.role === 'nav_manager', a.userId === me.id)}
            </option>
          ))}
        </Select>
        <Button
          ref={buttonRef}
          type="button"
          size={size === 'small' ? 'small' : 'medium'}
          variant="secondary"
          loading={assign.isPending}
          onClick={submit}
          aria-label={context ? t.assignFor(context.subject, context.patient) : undefined}
        >
          {t.assign}
        </Button>
      </HStack>
      {advisers.isError && <ApiErrorAlert error={advisers.error} size="small" />}
      {assign.isError && !refusedOnField && <ApiErrorAlert error={assign.error} size="small" />}
    </VStack>
  );
}
