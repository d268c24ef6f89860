import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { BookingInput, Candidate, CaseSlots, SlotSummary, ToMeetingInput } from './types';

const enc = encodeURIComponent;

export const slotKeys = {
  all: ['case-slots'] as const,
  list: ['case-slots', 'list'] as const,
  one: (id: string) => ['case-slots', 'one', id] as const,
  candidates: (id: string) => ['case-slots', 'candidates', id] as const,
  gps: ['case-slots', 'gps'] as const,
};

export const caseSlotsPath = '/moteplasser/saksgjennomgang';
export const caseSlotPath = (id: string) => `/moteplasser/saksgjennomgang/${enc(id)}`;

export const useCaseSlotsList = () => useQuery({ queryKey: slotKeys.list, queryFn: ({ signal }) => api.get<SlotSummary[]>('/api/case-slots', undefined, signal) });
export const useCaseSlots = (id: string) => useQuery({ queryKey: slotKeys.one(id), queryFn: ({ signal }) => api.get<CaseSlots>(`/api/case-slots/${enc(id)}`, undefined, signal) });
export const useCandidates = (id: string, enabled: boolean) =>
  useQuery({ queryKey: slotKeys.candidates(id), queryFn: ({ signal }) => api.get<Candidate[]>(`/api/case-slots/${enc(id)}/candidates`, undefined, signal), enabled });
export const useGpOptions = (enabled: boolean) =>
  useQuery({ queryKey: slotKeys.gps, queryFn: ({ signal }) => api.get<Array<{ userId: string; name: string; officeName: string | null }>>('/api/case-slots/gp-options', undefined, signal), enabled, staleTime: 60_000 });

function useSlotMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: async () => queryClient.invalidateQueries({ queryKey: slotKeys.all }) });
}

export const useBookSlots = () => useSlotMutation((input: BookingInput) => api.post<{ id: string; sessions: number }>('/api/case-slots', input));
export const useAddSlotCase = () => useSlotMutation(({ sessionId, caseId, note }: { sessionId: string; caseId: string; note?: string }) => api.post<{ id: string }>(`/api/case-slot-sessions/${enc(sessionId)}/cases`, { caseId, note }));
export const useUpdateSlotCase = () =>
  useSlotMutation(({ id, input }: { id: string; input: { status?: 'listed' | 'discussed'; note?: string } }) => api.put<{ id: string }>(`/api/case-slot-cases/${enc(id)}`, input));
export const useRemoveSlotCase = () => useSlotMutation((id: string) => api.delete<unknown>(`/api/case-slot-cases/${enc(id)}`));
export const useSlotCaseToMeeting = () =>
  useSlotMutation(({ id, input }: { id: string; input: ToMeetingInput }) => api.post<{ id: string; dialogueMeetingId: string }>(`/api/case-slot-cases/${enc(id)}/dialogue-meeting`, input));
