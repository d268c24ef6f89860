import { Alert, BodyLong, BodyShort, Box, Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { PhoneLink } from '../../../shared/components/ContactLinks';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDateTime } from '../../../shared/format';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useCallbackAction, useCallbackQueue } from '../api';
import { CallbackStatusTag, UrgencyTag } from '../components/CallbackStatusTag';
import { formatPhone, formatRange } from '../format';
import { queueTexts } from '../texts';
import type { CallbackQueue } from '../types';

type Item = CallbackQueue['items'][number];
const OUTCOME_MAX = 2000;

/** `/ringeliste`: the advisory physicians' queue of call-back requests from their area. */
export function CallbackQueuePage() {
  const t = useTexts(queueTexts);
  const queue = useCallbackQueue();
  const action = useCallbackAction();
  const [status, setStatus] = useState<string | null>(null);
  const [completing, setCompleting] = useState<Item | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const run = (item: Item, change: 'claim' | 'no-answer') => {
    setStatus(null);
    action.mutate(
      { id: item.id, action: change },
      { onSuccess: () => setStatus(change === 'claim' ? t.claimed(item.requester.name) : t.noAnswered(item.requester.name)) },
    );
  };

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      <div role="status" aria-live="polite" data-testid="queue-status">
        {status && (
          <Alert variant="success" size="small">
            {status}
          </Alert>
        )}
      </div>
      {action.isError && <ApiErrorAlert error={action.error} size="small" />}
      {queue.isPending && <LoadingState />}
      {queue.isError && <ApiErrorAlert error={queue.error} />}
      {queue.isSuccess && (
        <QueueView
          queue={queue.data}
          pendingId={action.isPending ? action.variables.id : null}
          onClaim={(item) => run(item, 'claim')}
          onNoAnswer={(item) => run(item, 'no-answer')}
          onComplete={(item, event) => {
            opener.current = event.currentTarget;
            setStatus(null);
            setCompleting(item);
          }}
        />
      )}
      {completing && (
        <OutcomeModal
          item={completing}
          onClose={() => setCompleting(null)}
          onSaved={() => setStatus(t.completed(completing.requester.name))}
          returnFocusTo={() => opener.current}
        />
      )}
    </VStack>
  );
}

interface ViewProps {
  queue: CallbackQueue;
  pendingId: string | null;
  onClaim: (item: Item) => void;
  onNoAnswer: (item: Item) => void;
  onComplete: (item: Item, event: MouseEvent<HTMLElement>) => void;
}

function QueueView({ queue, pendingId, onClaim, onNoAnswer, onComplete }: ViewProps) {
  const t = useTexts(queueTexts);
  const lang = useLang();
  const me = useSignedInUser();
  return (
    <VStack gap="space-16">
      <VStack gap="space-4">
        <BodyShort>{queue.area.county ? t.area(queue.area.county) : t.noArea}</BodyShort>
        <BodyShort data-testid="on-call-status">{queue.youAreOnCall ? t.youAreOnCall : t.youAreNotOnCall}</BodyShort>
        {queue.onCall.length > 0 && <BodyShort size="small">{t.onCallNow(queue.onCall.map((o) => o.name).join(', '))}</BodyShort>}
      </VStack>
      <BodyShort id="queue-count">{t.count(queue.items.length)}</BodyShort>
      {queue.items.length > 0 && (
        <ul className="plain-list" data-testid="callback-queue">
          {queue.items.map((item) => {
            const mine = item.status === 'claimed' && item.claimedBy?.userId === me.id;
            const gp = item.requester.name;
            return (
              <li key={item.id} data-status={item.status} data-callback-id={item.id} data-mine={mine ? 'true' : 'false'}>
                <Box padding="space-16" borderWidth="1" borderRadius="8" borderColor={mine ? 'info' : 'neutral-subtle'}>
                  <VStack gap="space-8">
                    <HStack gap="space-8" wrap align="center">
                      <UrgencyTag urgency={item.urgency} />
                      <CallbackStatusTag status={item.status} />
                      {item.noAnswerCount > 0 && <BodyShort size="small">{t.attempts(item.noAnswerCount)}</BodyShort>}
                    </HStack>
                    <BodyShort weight="semibold">
                      {t.gp}: {gp}
                      {item.requester.officeName ? `, ${item.requester.officeName}` : ''}
                    </BodyShort>
                    <BodyShort>
                      {t.phone}: <PhoneLink phone={formatPhone(item.phone)} />
                    </BodyShort>
                    <BodyShort size="small">
                      {t.patient}: {item.citizen.name ?? t.shielded}
                    </BodyShort>
                    <BodyShort>
                      {t.reason}: {item.reason}
                    </BodyShort>
                    <BodyShort size="small">
                      {t.preferred}: {item.preferredTimes.length === 0 ? t.anyTime : item.preferredTimes.map((p) => formatRange(p.from, p.to, lang)).join('; ')}
                      {item.preferredNote ? ` (${item.preferredNote})` : ''}
                    </BodyShort>
                    <BodyShort size="small" textColor="subtle">
                      {t.callableFrom(formatDateTime(item.callableFrom, lang))}
                    </BodyShort>
                    {item.status === 'claimed' && !mine && item.claimedBy && <BodyShort size="small">{t.claimedByOther(item.claimedBy.name)}</BodyShort>}
                    <HStack gap="space-8" wrap>
                      {(item.status === 'requested' || item.status === 'no_answer') && (
                        <Button type="button" size="small" onClick={() => onClaim(item)} loading={pendingId === item.id} aria-label={t.claim(gp)}>
                          {t.claimShort}
                        </Button>
                      )}
                      {mine && (
                        <>
                          <BodyShort size="small">{t.claimedByYou}</BodyShort>
                          <Button type="button" size="small" onClick={(e) => onComplete(item, e)} aria-label={t.complete(gp)}>
                            {t.completeShort}
                          </Button>
                          <Button type="button" size="small" variant="secondary" onClick={() => onNoAnswer(item)} loading={pendingId === item.id} aria-label={t.noAnswer(gp)}>
                            {t.noAnswerShort}
                          </Button>
                        </>
                      )}
                    </HStack>
                  </VStack>
                </Box>
              </li>
            );
          })}
        </ul>
      )}
    </VStack>
  );
}

function OutcomeModal({ item, onClose, onSaved, returnFocusTo }: { item: Item; onClose: () => void; onSaved: () => void; returnFocusTo: () => HTMLElement | null }) {
  const t = useTexts(queueTexts);
  const form = useTexts(formTexts);
  const action = useCallbackAction();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [outcome, setOutcome] = useState('');
  const formId = fieldId('form');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.isPending) return;
    if (!outcome.trim()) {
      feedback.fail({ outcome: t.outcomeRequired });
      return;
    }
    try {
      await action.mutateAsync({ id: item.id, action: 'complete', outcome: outcome.trim() });
      onSaved();
      onClose();
    } catch (error) {
      feedback.fail({}, error);
    }
  };

  return (
    <AdminModal
      open
      onClose={onClose}
      heading={t.outcomeHeading}
      width="small"
      returnFocusTo={returnFocusTo}
      initialFocusId={fieldId('outcome')}
      footer={
        <>
          <Button type="submit" form={formId} loading={action.isPending}>
            {t.save}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose} disabled={action.isPending}>
            {form.cancel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-16">
          <BodyShort>{item.requester.name}</BodyShort>
          <Textarea
            id={fieldId('outcome')}
            label={t.outcome}
            description={t.outcomeDescription}
            value={outcome}
            onChange={(e) => {
              setOutcome(e.target.value);
              feedback.clear('outcome');
            }}
            error={errors.outcome}
            maxLength={OUTCOME_MAX}
            minRows={3}
            aria-required
          />
          <FormFeedback feedback={feedback} order={['outcome']} />
        </VStack>
      </form>
    </AdminModal>
  );
}
