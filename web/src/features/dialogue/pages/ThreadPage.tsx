import { Alert, BodyShort, Heading, HGrid, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/errors';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate } from '../../../shared/format';
import { commonTexts } from '../../../shared/texts';
import { ChecklistPanel } from '../../checklists';
import { useConversation, useDialogueReference } from '../api';
import { AnswerForm } from '../components/AnswerForm';
import { MessageCard } from '../components/MessageCard';
import { ReplyForm } from '../components/ReplyForm';
import { AssignmentInfo, RecipientInfo } from '../components/ThreadParties';
import { WithdrawRequest } from '../components/WithdrawRequest';
import { assignTexts, dialogueVocabularyTexts, navNoteTexts, threadTexts } from '../texts';
import type { Conversation, DialogueReference, ThreadMessage } from '../types';

/** What the request builder tells the thread it opens: said once, then dropped from history. */
export interface RequestSentState {
  requestSent: { gpName: string; dueOn: string; replayed: boolean };
}

/** What NAV's note form (`/saker/:caseId/notat`) tells the thread it opens. */
export interface NoteSentState {
  noteSent: { replayed: boolean };
}

function isRequestSentState(value: unknown): value is RequestSentState {
  return typeof value === 'object' && value !== null && 'requestSent' in value;
}

function isNoteSentState(value: unknown): value is NoteSentState {
  return typeof value === 'object' && value !== null && 'noteSent' in value;
}

/** What the status region says; kept as data so it follows a change of language. */
type Status =
  | { key: 'answerSent' | 'replySent' | 'withdrawn' | 'threadTaken' | 'requestReplayed' }
  | { key: 'requestSent'; gpName: string; dueOn: string }
  | { key: 'noteSent' | 'noteReplayed' }
  | { key: 'assigned'; name: string };

function statusText(status: Status, t: (typeof threadTexts)['nb'], a: (typeof assignTexts)['nb'], n: (typeof navNoteTexts)['nb']): string {
  switch (status.key) {
    case 'requestSent':
      return t.requestSent(status.gpName, formatDate(status.dueOn));
    case 'assigned':
      return a.assigned(status.name);
    case 'noteSent':
      return n.sent;
    case 'noteReplayed':
      return n.replayed;
    default:
      return t[status.key];
  }
}

/**
 * `/dialog/:id`: one thread between NAV and a GP. Opening it is the read receipt (the server marks
 * the other side's messages read). The GP answers open requests here; NAV can withdraw one; both
 * can write in the thread.
 */
export function ThreadPage() {
  const { id = '' } = useParams();
  const t = useTexts(threadTexts);
  const common = useTexts(commonTexts);
  const query = useConversation(id);
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Status | null>(null);
  const sentState = useRef(isRequestSentState(location.state) ? location.state.requestSent : null);
  const noteState = useRef(isNoteSentState(location.state) ? location.state.noteSent : null);

  useEffect(() => {
    const sent = sentState.current;
    const note = noteState.current;
    if (!sent && !note) return;
    if (sent) setStatus(sent.replayed ? { key: 'requestReplayed' } : { key: 'requestSent', gpName: sent.gpName, dueOn: sent.dueOn });
    else if (note) setStatus({ key: note.replayed ? 'noteReplayed' : 'noteSent' });
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    // Once, on arrival.
  }, []);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <VStack gap="space-16">
        <PageHeading>{notFound ? t.notFoundTitle : common.errorTitle}</PageHeading>
        <ApiErrorAlert error={query.error} />
      </VStack>
    );
  }
  return <ThreadView conversation={query.data} status={status} onStatus={setStatus} />;
}

interface ViewProps {
  conversation: Conversation;
  status: Status | null;
  onStatus: (status: Status | null) => void;
}

function ThreadView({ conversation, status, onStatus }: ViewProps) {
  const t = useTexts(threadTexts);
  const v = useTexts(dialogueVocabularyTexts);
  const a = useTexts(assignTexts);
  const n = useTexts(navNoteTexts);
  const lang = useLang();
  const reference = useDialogueReference(lang);
  const statusRef = useRef<HTMLDivElement>(null);
  const messagesHeading = useId();
  const side = conversation.side;

  /** A message for the status region, which also takes the focus when the control that acted is gone. */
  const announce = (message: Status, focus = false) => {
    onStatus(message);
    if (focus) requestAnimationFrame(() => statusRef.current?.focus());
  };

  const questionsOf = (message: ThreadMessage) => conversation.messages.find((m) => m.id === message.parentId)?.request?.questions ?? [];
  const unanswered = (m: ThreadMessage) => m.kind === 'request' && m.request && !m.receipts.answeredAt && !m.request.withdrawnAt;
  const openRequests = side === 'gp' ? conversation.messages.filter(unanswered) : [];

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <div>
          <AppLink to={side === 'gp' ? '/innboks' : '/nav-innboks'}>{t.backToInbox}</AppLink>
        </div>
        <PageHeading documentTitle={`${conversation.subject} – ${t.documentTitle}`}>{conversation.subject}</PageHeading>
        <BodyShort>
          {t.concerns}: <strong>{conversation.citizen.name}</strong>
          {conversation.citizen.birthDate && ` (${v.bornOn(formatDate(conversation.citizen.birthDate))})`}
          {conversation.caseId && (
            <>
              {' · '}
              <AppLink to={`/saker/${encodeURIComponent(conversation.caseId)}`}>{t.openCase}</AppLink>
            </>
          )}
          {conversation.meetingId && (
            <>
              {' · '}
              <AppLink to={`/dialogmoter/${encodeURIComponent(conversation.meetingId)}`}>{t.openMeeting}</AppLink>
            </>
          )}
        </BodyShort>
        {side === 'gp' ? (
          <VStack gap="space-4">
            <Heading level="2" size="xsmall">
              {t.whoReceives}
            </Heading>
            <RecipientInfo conversation={conversation} />
          </VStack>
        ) : (
          <AssignmentInfo
            conversation={conversation}
            onTaken={() => announce({ key: 'threadTaken' }, true)}
            // The control stays: the focus stays on its button.
            onAssigned={(adviser) => announce({ key: 'assigned', name: adviser.name })}
          />
        )}
        <div ref={statusRef} role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} className="focus-target" data-testid="dialogue-status">
          {status && (
            <Alert variant="success" size="small">
              {statusText(status, t, a, n)}
            </Alert>
          )}
        </div>
      </VStack>

      <VStack as="section" gap="space-16" aria-labelledby={messagesHeading}>
        <Heading level="2" size="medium" id={messagesHeading}>
          {t.messages}
        </Heading>
        <VStack as="ol" gap="space-16" className="plain-list" data-testid="dialogue-messages">
          {conversation.messages.map((message) => (
            <li key={message.id}>
              <MessageCard message={message} side={side} questions={questionsOf(message)} gpPersonId={conversation.gp.personId}>
                {side === 'nav' && unanswered(message) && <WithdrawRequest requestId={message.id} onWithdrawn={() => announce({ key: 'withdrawn' }, true)} />}
              </MessageCard>
            </li>
          ))}
        </VStack>
      </VStack>

      {reference.isError && <ApiErrorAlert error={reference.error} />}
      {reference.data && (
        <>
          {openRequests.map((message) => (
            <AnswerSection key={message.id} conversation={conversation} message={message} reference={reference.data} onSent={() => announce({ key: 'answerSent' }, true)} />
          ))}
          <ReplySection conversation={conversation} reference={reference.data} onSent={() => announce({ key: 'replySent' })} />
        </>
      )}
    </VStack>
  );
}

function AnswerSection({ conversation, message, reference, onSent }: { conversation: Conversation; message: ThreadMessage; reference: DialogueReference; onSent: () => void }) {
  const t = useTexts(threadTexts);
  const headingId = useId();
  if (!message.request) return null;
  return (
    <VStack as="section" gap="space-16" aria-labelledby={headingId} data-testid="answer-section">
      <Heading level="2" size="medium" id={headingId}>
        {t.answerSection}
      </Heading>
      <HGrid gap="space-32" columns={{ xs: 1, lg: 'minmax(0, 2fr) minmax(0, 1fr)' }} align="start">
        <AnswerForm conversation={conversation} requestId={message.id} request={message.request} limits={reference.limits} labelledBy={headingId} onSent={onSent} />
        <aside>
          <ChecklistPanel checklistKey="gp_answer_to_nav" defaultOpen />
        </aside>
      </HGrid>
    </VStack>
  );
}

function ReplySection({ conversation, reference, onSent }: { conversation: Conversation; reference: DialogueReference; onSent: () => void }) {
  const t = useTexts(threadTexts);
  const headingId = useId();
  return (
    <VStack as="section" gap="space-16" aria-labelledby={headingId}>
      <Heading level="2" size="medium" id={headingId}>
        {t.replySection}
      </Heading>
      <ReplyForm
        conversationId={conversation.id}
        side={conversation.side}
        navCodes={reference.navNoteCodes}
        maxLength={reference.limits.maxMessageLength}
        labelledBy={headingId}
        onSent={onSent}
      />
    </VStack>
  );
}
