import { BodyShort, Box, Button, HStack, List, ReadMore, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { formatDateTime } from '../../../shared/format';
import { formatPhone, formatRange } from '../format';
import { callbackTexts, callbackVocabulary } from '../texts';
import type { CallbackRequest } from '../types';
import { CallbackStatusTag, UrgencyTag } from './CallbackStatusTag';

interface Props {
  requests: CallbackRequest[];
  /** Offered on the GP's own open requests. */
  onWithdraw?: (request: CallbackRequest) => void;
  pendingId?: string | null;
}

const OPEN = new Set(['requested', 'claimed', 'no_answer']);

/** The call-back requests on a case as the GP sees them: state, who took it, the outcome, the history. */
export function CallbackList({ requests, onWithdraw, pendingId }: Props) {
  const t = useTexts(callbackTexts);
  const words = useTexts(callbackVocabulary);
  const lang = useLang();
  const me = useSignedInUser();
  return (
    <ul className="plain-list" data-testid="callback-list">
      {requests.map((r) => (
        <li key={r.id} data-status={r.status} data-callback-id={r.id}>
          <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
            <VStack gap="space-8">
              <HStack gap="space-8" wrap align="center">
                <CallbackStatusTag status={r.status} />
                <UrgencyTag urgency={r.urgency} />
                <BodyShort size="small">{t.requestedAt(formatDateTime(r.createdAt, lang))}</BodyShort>
                {r.requester.userId !== me.id && <BodyShort size="small">{t.requestedBy(r.requester.name)}</BodyShort>}
              </HStack>
              <BodyShort>{r.reason}</BodyShort>
              <BodyShort size="small">
                {t.preferred}: {r.preferredTimes.length === 0 ? t.anyTime : r.preferredTimes.map((p) => formatRange(p.from, p.to, lang)).join('; ')}
                {r.preferredNote ? ` (${r.preferredNote})` : ''} · {formatPhone(r.phone)}
              </BodyShort>
              {r.claimedBy && <BodyShort size="small">{t.claimedBy(r.claimedBy.name)}</BodyShort>}
              {r.outcome && (
                <BodyShort size="small">
                  <strong>{t.outcome}:</strong> {r.outcome}
                </BodyShort>
              )}
              <ReadMore header={t.history} size="small">
                <List size="small">
                  {r.history.map((h, i) => (
                    <List.Item key={`${h.at}-${i}`}>
                      {formatDateTime(h.at, lang)}: {words.event(h.status)}
                      {h.by ? ` (${h.by})` : ''}
                    </List.Item>
                  ))}
                </List>
              </ReadMore>
              {onWithdraw && OPEN.has(r.status) && r.requester.userId === me.id && (
                <div>
                  <Button type="button" size="small" variant="tertiary" onClick={() => onWithdraw(r)} loading={pendingId === r.id}>
                    {t.withdraw}
                  </Button>
                </div>
              )}
            </VStack>
          </Box>
        </li>
      ))}
    </ul>
  );
}
