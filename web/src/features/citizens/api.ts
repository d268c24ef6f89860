import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CitizenDetail, CitizenSummary } from './types';

export const citizenKeys = {
  all: ['citizens'] as const,
  list: (q: string) => ['citizens', 'list', q] as const,
  detail: (id: string) => ['citizens', 'detail', id] as const,
};

/** The citizens the signed-in user may see (every read is audited on the server). */
export function useCitizens(q: string) {
  return useQuery({
    queryKey: citizenKeys.list(q),
    queryFn: ({ signal }) => api.get<CitizenSummary[]>('/api/citizens', { q }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCitizen(id: string) {
  return useQuery({
    queryKey: citizenKeys.detail(id),
    queryFn: ({ signal }) => api.get<CitizenDetail>(`/api/citizens/${encodeURIComponent(id)}`, undefined, signal),
  });
}
