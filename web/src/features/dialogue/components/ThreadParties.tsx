import { Button, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { PhoneLink } from '../../../shared/components/ContactLinks';
import { InfoList } from '../../../shared/components/InfoList';
import { useAssignConversation } from '../api';
import { threadTexts } from '../texts';
import type { Conversation, OfficeAdviser } from '../types';
import { AssignControl } from './AssignControl';

/**
 * The GP's "who receives my messages": the NAV office and the adviser the thread is assigned to,
 * with phone numbers, so a message is never sent into the unknown (report 001).
 */
export function RecipientInfo({ conversation }: { conversation: Conversation }) {
  const t = useTexts(threadTexts);
  const { navOffice, assignedTo } = conversation;
  return (
    <VStack gap="space-8" data-testid="thread-recipient">
      <InfoList
        items={[
          {
            label: t.navOffice,
            value: (
              <>
                {navOffice.name}
                {navOffice.phone && (
                  <>
                    , {t.phone}{' '}
                    <PhoneLink phone={navOffice.phone} />
                  </>
                )}
              </>
            ),
          },
          {
            label: t.adviser,
            value: assignedTo ? (
              <>
                {assignedTo.name}
                {assignedTo.phone && (
                  <>
                    , {t.phone}{' '}
                    <PhoneLink phone={assignedTo.phone} />
                  </>
                )}
              </>
            ) : (
              t.noAdviser
            ),
          },
        ]}
      />
    </VStack>
  );
}

/**
 * NAV's view of the parties: the GP, and who at the office has the thread. An adviser takes it
 * ("Ta samtalen", if nobody or someone else has it); a manager assigns it to anyone at the office.
 */
export function AssignmentInfo({
  conversation,
  onTaken,
  onAssigned,
}: {
  conversation: Conversation;
  onTaken: () => void;
  onAssigned: (adviser: OfficeAdviser) => void;
}) {
  const me = useSignedInUser();
  const t = useTexts(threadTexts);
  const assign = useAssignConversation();
  const mine = conversation.assignedTo?.userId === me.id;
  return (
    <VStack gap="space-8" align="start" data-testid="thread-assignment">
      <InfoList
        items={[
          { label: t.gp, value: conversation.gp.name },
          { label: t.assignedTo, value: mine ? t.assignedToYou : (conversation.assignedTo?.name ?? t.notAssigned) },
        ]}
      />
      {me.role === 'nav_manager' ? (
        <AssignControl conversationId={conversation.id} assignedUserId={conversation.assignedTo?.userId ?? null} size="medium" onAssigned={onAssigned} />
      ) : (
        !mine && (
          <Button type="button" size="small" variant="secondary" loading={assign.isPending} onClick={() => assign.mutate({ conversationId: conversation.id, userId: me.id }, { onSuccess: onTaken })}>
            {t.takeThread}
          </Button>
        )
      )}
      {assign.isError && <ApiErrorAlert error={assign.error} size="small" />}
    </VStack>
  );
}
