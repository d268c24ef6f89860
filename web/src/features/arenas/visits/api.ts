import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Coverage, DetailsInput, MoveInput, Round, RoundInput, RoundSummary, UserSummary, VisitOffice, VisitOfficeDetail } from './types';

const enc = encodeURIComponent;

export const visitKeys = {
  all: ['visit-rounds'] as const,
  list: ['visit-rounds', 'list'] as const,
  round: (id: string) => ['visit-rounds', 'round', id] as const,
  office: (id: string) => ['visit-rounds', 'office', id] as const,
  staff: (id: string) => ['visit-rounds', 'staff', id] as const,
};

export const visitRoundsPath = '/moteplasser/besoksrunder';
export const visitRoundPath = (id: string) => `/moteplasser/besoksrunder/${enc(id)}`;

export const useVisitRounds = () => useQuery({ queryKey: visitKeys.list, queryFn: ({ signal }) => api.get<RoundSummary[]>('/api/visit-rounds', undefined, signal) });
export const useVisitRound = (id: string) => useQuery({ queryKey: visitKeys.round(id), queryFn: ({ signal }) => api.get<Round>(`/api/visit-rounds/${enc(id)}`, undefined, signal) });
export const useVisitOffice = (id: string) => useQuery({ queryKey: visitKeys.office(id), queryFn: ({ signal }) => api.get<VisitOfficeDetail>(`/api/visit-offices/${enc(id)}`, undefined, signal) });
export const useRoundStaff = (id: string) => useQuery({ queryKey: visitKeys.staff(id), queryFn: ({ signal }) => api.get<UserSummary[]>(`/api/visit-rounds/${enc(id)}/staff`, undefined, signal), staleTime: 60_000 });
export const useRoundCoverage = (id: string) => useQuery({ queryKey: [...visitKeys.round(id), 'coverage'], queryFn: ({ signal }) => api.get<Coverage>(`/api/visit-rounds/${enc(id)}/coverage`, undefined, signal) });

function useVisitMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: async () => queryClient.invalidateQueries({ queryKey: visitKeys.all }) });
}

export const useCreateRound = () => useVisitMutation((input: RoundInput) => api.post<{ id: string; offices: number }>('/api/visit-rounds', input));
export const useMoveOffice = () => useVisitMutation(({ id, input }: { id: string; input: MoveInput }) => api.post<VisitOffice>(`/api/visit-offices/${enc(id)}/move`, input));
export const useUpdateVisit = () => useVisitMutation(({ id, input }: { id: string; input: DetailsInput }) => api.put<VisitOffice>(`/api/visit-offices/${enc(id)}`, input));
export const useAddFollowUp = () =>
  useVisitMutation(({ id, input }: { id: string; input: { text: string; ownerUserId: string; dueOn: string } }) => api.post<VisitOffice>(`/api/visit-offices/${enc(id)}/follow-ups`, input));
export const useSetFollowUpDone = () => useVisitMutation(({ id, done }: { id: string; done: boolean }) => api.put<VisitOffice>(`/api/visit-follow-ups/${enc(id)}`, { done }));
export const useSetRoundStatus = () => useVisitMutation(({ id, status }: { id: string; status: 'active' | 'closed' }) => api.put<unknown>(`/api/visit-rounds/${enc(id)}/status`, { status }));
