import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useForumMutation } from './api';
import type { Attachment, AttachmentLimits, AttachmentUpload, BodyDetail, BodyInput, ExternalInput, Recommendation } from './types';

/**
 * API calls of the forms added for issue 9's remaining parts: attachments on submissions, setting
 * up and editing a body, and registering an external recommendation (server: ADR 0005).
 */
const enc = encodeURIComponent;

export const attachmentUrl = (id: string) => `/api/forum-attachments/${enc(id)}`;

export function useAttachmentLimits() {
  return useQuery({
    queryKey: ['forums', 'attachment-limits'] as const,
    queryFn: ({ signal }) => api.get<AttachmentLimits>('/api/forum-attachment-limits', undefined, signal),
    staleTime: 60 * 60 * 1000,
  });
}

export const useAddAttachments = () =>
  useForumMutation(({ submissionId, attachments }: { submissionId: string; attachments: AttachmentUpload[] }) =>
    api.post<{ attachments: Attachment[] }>(`/api/forum-submissions/${enc(submissionId)}/attachments`, { attachments }),
  );

export const useCreateBody = () => useForumMutation((input: BodyInput) => api.post<BodyDetail>('/api/forums', input));
export const useUpdateBody = (bodyId: string) => useForumMutation((input: BodyInput) => api.put<BodyDetail>(`/api/forums/${enc(bodyId)}`, input));
export const useRegisterExternal = () => useForumMutation((input: ExternalInput) => api.post<Recommendation>('/api/forum-recommendations/external', input));
