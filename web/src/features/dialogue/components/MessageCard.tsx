import { PaperclipIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { useId, type ReactNode } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { NationalStatus } from '../../interop';
import { attachmentUrl } from '../api';
import { formatShortDateTime } from '../format';
import { dialogueVocabularyTexts, threadTexts } from '../texts';
import type { Attachment, RequestQuestion, ThreadMessage } from '../types';
import { useDialogueVocabulary } from '../vocabulary';
import { Receipts } from './Receipts';
import { AnswerDetails, RequestDetails } from './RequestDetails';

interface Props {
  message: ThreadMessage;
  /** The side the signed-in user writes for. */
  side: 'gp' | 'nav';
  /** For an answer: the questions of the request it answers. */
  questions: RequestQuestion[];
  /** The thread's GP, linked when a national document could not be delivered. */
  gpPersonId?: string;
  /** Actions under the message (NAV: withdraw a request). */
  children?: ReactNode;
}

/** Whether a message is this side's own (NAV's reminders count as NAV's: they go out in its name). */
export function isOwnMessage(message: ThreadMessage, side: 'gp' | 'nav'): boolean {
  return message.senderSide === side || (side === 'nav' && message.senderSide === 'system');
}

/**
 * One message of the thread: who, when, what kind, the text, attachments and, for one's own,
 * receipts; with them how it travelled as a national document (Dialogmelding).
 */
export function MessageCard({ message, side, questions, gpPersonId, children }: Props) {
  const v = useTexts(dialogueVocabularyTexts);
  const t = useTexts(threadTexts);
  const lang = useLang();
  const vocabulary = useDialogueVocabulary();
  const headingId = useId();
  const own = isOwnMessage(message, side);
  const sender = [message.senderName, message.senderOrganisation].filter(Boolean).join(', ');
  return (
    <Box
      as="article"
      padding="space-16"
      borderWidth="1"
      borderRadius="8"
      borderColor="neutral-subtle"
      className={own ? 'dialogue-message dialogue-message--own' : 'dialogue-message'}
      aria-labelledby={headingId}
      data-testid="dialogue-message"
      data-kind={message.kind}
      data-side={message.senderSide}
      data-message-id={message.id}
    >
      <VStack gap="space-12">
        <VStack gap="space-4">
          <Heading level="3" size="small" id={headingId}>
            {vocabulary.messageTitle(message)}
          </Heading>
          <Detail>
            {sender && `${t.from(sender)} · `}
            {t.sentAt(formatShortDateTime(message.sentAt, lang))}
          </Detail>
        </VStack>
        {message.request && <RequestDetails request={message.request} answeredAt={message.receipts.answeredAt} side={side} />}
        {message.kind === 'answer' && message.answers && <AnswerDetails answers={message.answers} questions={questions} />}
        {message.body && <BodyLong className="dialogue-text">{message.body}</BodyLong>}
        {message.replyDueOn && !message.receipts.answeredAt && (
          <HStack gap="space-8" align="center">
            <BodyShort size="small">{v.navAnswersBy(formatDate(message.replyDueOn))}</BodyShort>
            {message.overdue && (
              <Tag size="small" variant="error">
                {v.overdue}
              </Tag>
            )}
          </HStack>
        )}
        {message.attachments.length > 0 && <AttachmentLinks attachments={message.attachments} />}
        {own && <Receipts message={message} />}
        <NationalStatus national={message.national} side={side} gpPersonId={gpPersonId} />
        {children}
      </VStack>
    </Box>
  );
}

/** Downloads of a sent message's attachments (the server audits each read). */
export function AttachmentLinks({ attachments }: { attachments: Attachment[] }) {
  const t = useTexts(threadTexts);
  const vocabulary = useDialogueVocabulary();
  return (
    <VStack gap="space-4" data-testid="message-attachments">
      <BodyShort size="small" weight="semibold">
        {t.attachments}
      </BodyShort>
      <ul className="plain-list">
        {attachments.map((a) => (
          <li key={a.id}>
            <HStack gap="space-8" align="center" wrap>
              <PaperclipIcon aria-hidden />
              <Link href={attachmentUrl(a.id)} download={a.filename}>
                {a.filename}
              </Link>
              <BodyShort size="small" as="span">
                ({vocabulary.category(a.category)}, {vocabulary.size(a.sizeBytes)})
              </BodyShort>
            </HStack>
          </li>
        ))}
      </ul>
    </VStack>
  );
}
