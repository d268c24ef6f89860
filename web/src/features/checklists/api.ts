import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Checklist, ChecklistItem, ChecklistSummary, ChecklistVersion } from './types';

const enc = encodeURIComponent;

export const checklistKeys = {
  all: ['checklists'] as const,
  list: ['checklists', 'list'] as const,
  current: (key: string) => ['checklists', 'current', key] as const,
  versions: (key: string) => ['checklists', 'versions', key] as const,
};

/** The current (newest published) version; it changes rarely, so it is kept for ten minutes. */
export function useChecklist(key: string) {
  return useQuery({
    queryKey: checklistKeys.current(key),
    queryFn: ({ signal }) => api.get<Checklist>(`/api/checklists/${enc(key)}`, undefined, signal),
    staleTime: 600_000,
  });
}

export function useChecklists() {
  return useQuery({ queryKey: checklistKeys.list, queryFn: ({ signal }) => api.get<ChecklistSummary[]>('/api/checklists', undefined, signal) });
}

export function useChecklistVersions(key: string) {
  return useQuery({
    queryKey: checklistKeys.versions(key),
    queryFn: ({ signal }) => api.get<ChecklistVersion[]>(`/api/checklists/${enc(key)}/versions`, undefined, signal),
    enabled: key !== '',
  });
}

export function useAddChecklistVersion(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { items: ChecklistItem[]; published: boolean }) =>
      api.post<{ key: string; version: number; published: boolean }>(`/api/checklists/${enc(key)}/versions`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checklistKeys.all }),
  });
}
