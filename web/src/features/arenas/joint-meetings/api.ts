import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { JointMeeting, JointMeetingInput, JointSettings, JointSummary, SessionInput, Side, Statistics } from './types';

const enc = encodeURIComponent;

export const jointKeys = {
  all: ['joint-meetings'] as const,
  list: ['joint-meetings', 'list'] as const,
  one: (id: string) => ['joint-meetings', 'one', id] as const,
  statistics: (id: string) => ['joint-meetings', 'statistics', id] as const,
};

export const jointMeetingsPath = '/moteplasser/fellesmoter';
export const jointMeetingPath = (id: string) => `/moteplasser/fellesmoter/${enc(id)}`;

export const useJointMeetings = () => useQuery({ queryKey: jointKeys.list, queryFn: ({ signal }) => api.get<JointSummary[]>('/api/joint-meetings', undefined, signal) });
export const useJointMeeting = (id: string) => useQuery({ queryKey: jointKeys.one(id), queryFn: ({ signal }) => api.get<JointMeeting>(`/api/joint-meetings/${enc(id)}`, undefined, signal) });
export const useStatistics = (id: string, enabled: boolean) =>
  useQuery({ queryKey: jointKeys.statistics(id), queryFn: ({ signal }) => api.get<Statistics>(`/api/joint-meetings/${enc(id)}/statistics`, undefined, signal), enabled });

function useJointMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: async () => queryClient.invalidateQueries({ queryKey: jointKeys.all }) });
}

export const useCreateJointMeeting = () => useJointMutation((input: JointMeetingInput) => api.post<{ id: string }>('/api/joint-meetings', input));
export const useAddSession = () => useJointMutation(({ id, input }: { id: string; input: SessionInput }) => api.post<{ id: string }>(`/api/joint-meetings/${enc(id)}/sessions`, input));
export const useUpdateSettings = () => useJointMutation(({ id, input }: { id: string; input: Partial<JointSettings> }) => api.put<JointSettings>(`/api/joint-meetings/${enc(id)}/settings`, input));
export const usePropose = () =>
  useJointMutation(({ id, input }: { id: string; input: { title: string; description?: string; side?: Side } }) => api.post<{ id: string }>(`/api/joint-meetings/${enc(id)}/proposals`, input));
export const useDecideProposal = () =>
  useJointMutation(({ id, input }: { id: string; input: { accept: boolean; sessionId?: string; minutes?: number; note?: string } }) =>
    api.post<{ id: string; status: string }>(`/api/joint-meeting-proposals/${enc(id)}/decision`, input),
  );
