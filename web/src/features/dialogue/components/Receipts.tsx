import { BodyShort } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatShortDateTime } from '../format';
import { dialogueVocabularyTexts } from '../texts';
import type { ThreadMessage } from '../types';

/**
 * What the sender's side sees of its own message: delivered, read (when and by whom on the other
 * side) and answered. "Did they get it?" is what a phone call was needed for before.
 */
export function Receipts({ message }: { message: ThreadMessage }) {
  const v = useTexts(dialogueVocabularyTexts);
  const lang = useLang();
  const at = (value: string) => formatShortDateTime(value, lang);
  const { deliveredAt, readAt, readBy, answeredAt } = message.receipts;
  const withdrawnAt = message.request?.withdrawnAt;
  const parts = [
    deliveredAt && v.delivered(at(deliveredAt)),
    readAt ? (readBy ? v.readBy(at(readAt), readBy) : v.read(at(readAt))) : v.notRead,
    answeredAt && v.answeredAt(at(answeredAt)),
    withdrawnAt && v.withdrawnAt(at(withdrawnAt)),
  ].filter(Boolean);
  return (
    <BodyShort size="small" className="dialogue-receipts" data-testid="message-receipts" data-read={readAt ? 'true' : 'false'}>
      <span className="aksel-sr-only">{v.receiptsLabel}: </span>
      {parts.join(' · ')}
    </BodyShort>
  );
}
