import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { HoursInput, PostDetail, PostInput, PostList, PostOptions } from './types';

const enc = encodeURIComponent;

export const consultantKeys = {
  all: ['consultant-posts'] as const,
  list: ['consultant-posts', 'list'] as const,
  post: (id: string, from: string, to: string) => ['consultant-posts', 'post', id, from, to] as const,
};

export const consultantsPath = '/moteplasser/praksiskonsulenter';
export const consultantPostPath = (id: string) => `/moteplasser/praksiskonsulenter/${enc(id)}`;

export const usePosts = () => useQuery({ queryKey: consultantKeys.list, queryFn: ({ signal }) => api.get<PostList>('/api/consultant-posts', undefined, signal) });
export const usePost = (id: string, from: string, to: string) =>
  useQuery({
    queryKey: consultantKeys.post(id, from, to),
    queryFn: ({ signal }) => api.get<PostDetail>(`/api/consultant-posts/${enc(id)}`, { from: from || undefined, to: to || undefined }, signal),
    placeholderData: keepPreviousData,
  });

function useConsultantMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: async () => queryClient.invalidateQueries({ queryKey: consultantKeys.all }) });
}

export const useCreatePost = () => useConsultantMutation((input: PostInput) => api.post<{ id: string }>('/api/consultant-posts', input));
export const useUpdatePost = () => useConsultantMutation(({ id, input }: { id: string; input: Partial<PostInput> }) => api.put<{ id: string }>(`/api/consultant-posts/${enc(id)}`, input));
export const useLogHours = () => useConsultantMutation(({ id, input }: { id: string; input: HoursInput }) => api.post<{ id: string }>(`/api/consultant-posts/${enc(id)}/hours`, input));
export const useDeleteHours = () => useConsultantMutation((id: string) => api.delete<unknown>(`/api/consultant-hours/${enc(id)}`));
export const usePostOptions = (enabled: boolean) =>
  useQuery({ queryKey: [...consultantKeys.all, 'options'], queryFn: ({ signal }) => api.get<PostOptions>('/api/consultant-posts/options', undefined, signal), enabled, staleTime: 60_000 });
