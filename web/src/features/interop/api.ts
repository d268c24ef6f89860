import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import type { InteropLogFilter, InteropLogPage, InteropMessageDetail, TextCheck } from './types';

export const interopKeys = {
  all: ['interop'] as const,
  log: (filter: InteropLogFilter) => ['interop', 'log', filter] as const,
  message: (id: string) => ['interop', 'message', id] as const,
};

/** What a GP's record system will show of a text. Any signed-in user; aborted through `signal`. */
export function checkText(text: string, signal?: AbortSignal): Promise<TextCheck> {
  return apiRequest<TextCheck>('/api/interop/text-check', { method: 'POST', json: { text }, signal });
}

/** The administrators' log of national messages, newest first. */
export function useInteropLog(filter: InteropLogFilter) {
  return useQuery({
    queryKey: interopKeys.log(filter),
    queryFn: ({ signal }) => api.get<InteropLogPage>('/api/admin/interop/messages', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One document with its receipt; the server audits the read, so it is not refetched on its own. */
export function useInteropMessage(id: string) {
  return useQuery({
    queryKey: interopKeys.message(id),
    queryFn: ({ signal }) => api.get<InteropMessageDetail>(`/api/admin/interop/messages/${encodeURIComponent(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: Infinity,
  });
}
