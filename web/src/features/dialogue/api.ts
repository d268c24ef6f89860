import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, apiRequest } from '../../api/client';
import type { Lang } from '../../api/types';
import type {
  AnswerInput,
  Attachment,
  Conversation,
  DialogueReference,
  GpInboxFilter,
  GpInboxPage,
  GpMessageInput,
  GpMessageSent,
  NavInboxFilter,
  NavInboxPage,
  NavNoteInput,
  OfficeAdviser,
  ReplyInput,
  RequestInput,
  RequestSent,
  Sent,
  UploadInput,
  WholeRecordWarning,
} from './types';

const enc = encodeURIComponent;

export const dialogueKeys = {
  all: ['dialogue'] as const,
  // Labels come in the user's language, so it is part of the key.
  reference: (lang: Lang) => ['dialogue', 'reference', lang] as const,
  inboxes: ['dialogue', 'inbox'] as const,
  gpInbox: (filter: GpInboxFilter) => ['dialogue', 'inbox', 'gp', filter] as const,
  navInbox: (filter: NavInboxFilter) => ['dialogue', 'inbox', 'nav', filter] as const,
  conversation: (id: string) => ['dialogue', 'conversation', id] as const,
  // Outside ['dialogue']: a change to a thread does not change who works at the office.
  advisers: ['nav', 'office', 'advisers'] as const,
  check: (questions: string[], openQuestion: string) => ['dialogue', 'check', questions, openQuestion] as const,
};

/** A POST that a double click must not repeat: the server recognises the key and answers `replayed`. */
function postOnce<T>(path: string, json: unknown, idempotencyKey: string): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', json, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Kinds with tariffs and default deadlines, legal basis, note codes and limits. */
export function useDialogueReference(lang: Lang) {
  return useQuery({
    queryKey: dialogueKeys.reference(lang),
    queryFn: ({ signal }) => api.get<DialogueReference>('/api/dialogue/reference', undefined, signal),
    // The default deadlines move with the date; ten minutes is close enough for a form.
    staleTime: 10 * 60_000,
  });
}

export function useGpInbox(filter: GpInboxFilter) {
  return useQuery({
    queryKey: dialogueKeys.gpInbox(filter),
    queryFn: ({ signal }) => api.get<GpInboxPage>('/api/inbox/gp', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNavInbox(filter: NavInboxFilter, enabled = true) {
  return useQuery({
    queryKey: dialogueKeys.navInbox(filter),
    queryFn: ({ signal }) => api.get<NavInboxPage>('/api/inbox/nav', { ...filter }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * One thread. Opening it is the read receipt on the server, so it is fetched afresh every time the
 * page mounts (the other side may have written since), and the inboxes, whose unread markers have
 * just changed, are marked stale once it has arrived.
 */
export function useConversation(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: dialogueKeys.conversation(id),
    queryFn: ({ signal }) => api.get<Conversation>(`/api/conversations/${enc(id)}`, undefined, signal),
    staleTime: 0,
    enabled: id !== '',
  });
  const loadedAt = query.dataUpdatedAt;
  useEffect(() => {
    if (loadedAt) void queryClient.invalidateQueries({ queryKey: dialogueKeys.inboxes });
  }, [loadedAt, queryClient]);
  return query;
}

/** The builder's live check for requests of whole journals or discharge summaries. */
export function useQuestionCheck(questions: string[], openQuestion: string) {
  const enabled = questions.some((q) => q.trim() !== '') || openQuestion.trim() !== '';
  return useQuery({
    queryKey: dialogueKeys.check(questions, openQuestion),
    queryFn: ({ signal }) =>
      apiRequest<{ warnings: WholeRecordWarning[] }>('/api/dialogue/check-questions', {
        method: 'POST',
        json: { questions, ...(openQuestion.trim() && { openQuestion }) },
        signal,
      }),
    enabled,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    select: (data) => data.warnings,
  });
}

/**
 * A change to a thread: the thread and the inboxes are refetched; the mutation stays pending until
 * they have, so the success message and the new state appear together.
 */
function useDialogueMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.all }),
  });
}

export function useMarkGpInformationRead() {
  return useDialogueMutation(() => api.post<{ marked: number }>('/api/inbox/gp/mark-read'));
}

export function useSendRequest(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: RequestInput; key: string }) => postOnce<RequestSent>(`/api/cases/${enc(caseId)}/requests`, input, key),
    // The new thread is opened next and fetched there; the inboxes are only marked stale.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.inboxes, refetchType: 'none' }),
  });
}

export function useSendGpMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: GpMessageInput; key: string }) => postOnce<GpMessageSent>('/api/gp/messages', input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.inboxes, refetchType: 'none' }),
  });
}

export function useReply(conversationId: string) {
  return useDialogueMutation(({ input, key }: { input: ReplyInput; key: string }) =>
    postOnce<Sent>(`/api/conversations/${enc(conversationId)}/messages`, input, key),
  );
}

export function useAnswerRequest(requestId: string) {
  return useDialogueMutation(({ input, key }: { input: AnswerInput; key: string }) =>
    postOnce<Sent>(`/api/requests/${enc(requestId)}/answer`, input, key),
  );
}

/** Saving a draft changes nothing anyone else sees: no refetch (each one would be an audited read). */
export function useSaveDraft(requestId: string) {
  return useMutation({
    mutationFn: (answers: { position: number; text: string }[]) =>
      api.put<{ savedAt: string }>(`/api/requests/${enc(requestId)}/draft`, { answers }),
  });
}

export function useWithdrawRequest() {
  return useDialogueMutation((requestId: string) => api.post<{ id: string }>(`/api/requests/${enc(requestId)}/withdraw`));
}

/** The office's advisers and managers, for a manager's assign control. */
export function useOfficeAdvisers(enabled = true) {
  return useQuery({
    queryKey: dialogueKeys.advisers,
    queryFn: ({ signal }) => api.get<OfficeAdviser[]>('/api/nav/office/advisers', undefined, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** NAV informs the case's GP (8127): a new thread, opened next. */
export function useSendNavNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: NavNoteInput; key: string }) => postOnce<Sent>(`/api/cases/${enc(caseId)}/notes`, input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dialogueKeys.inboxes, refetchType: 'none' }),
  });
}

/** A manager assigns to anyone at the office; an adviser only to themselves ("Ta"). */
export function useAssignConversation() {
  return useDialogueMutation(({ conversationId, userId }: { conversationId: string; userId: string }) =>
    api.post<{ id: string }>(`/api/conversations/${enc(conversationId)}/assign`, { userId }),
  );
}

/** Attachments belong to the form until it is sent; the thread is not refetched for them. */
export function uploadAttachment(conversationId: string, input: UploadInput): Promise<Attachment> {
  return api.post<Attachment>(`/api/conversations/${enc(conversationId)}/attachments`, input);
}

export function deleteAttachment(id: string): Promise<void> {
  return api.delete<void>(`/api/attachments/${enc(id)}`);
}

/** Same origin and the session cookie: a plain link downloads it (and the server audits the read). */
export function attachmentUrl(id: string): string {
  return `/api/attachments/${enc(id)}`;
}
