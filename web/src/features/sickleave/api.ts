import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import { isApiError } from '../../api/errors';
import type {
  CaseDetail,
  DecisionKind,
  EmployerCaseItem,
  GpCaseItem,
  IssuedNote,
  MeasureCatalogueEntry,
  OfficeTask,
  OwnCase,
  RecordableEvent,
  Saved,
  SickNoteInput,
  WorkListFilter,
  WorkListOptions,
  WorkListPage,
} from './types';

const enc = encodeURIComponent;

export const sickLeaveKeys = {
  all: ['sickleave'] as const,
  gpCases: ['sickleave', 'gp-cases'] as const,
  case: (id: string) => ['sickleave', 'case', id] as const,
  workList: (filter: WorkListFilter) => ['sickleave', 'work-list', filter] as const,
  workListOptions: ['sickleave', 'work-list-options'] as const,
  tasks: (escalated: boolean) => ['sickleave', 'tasks', escalated] as const,
  myCases: ['sickleave', 'my-cases'] as const,
  employerCases: ['sickleave', 'employer-cases'] as const,
  catalogue: ['sickleave', 'measure-catalogue'] as const,
};

/** A list the server does not offer (yet): 404 counts as "not available", not as an error. */
async function optionalList<T>(path: string, signal: AbortSignal): Promise<T[] | null> {
  try {
    return await api.get<T[]>(path, undefined, signal);
  } catch (error) {
    if (isApiError(error) && error.status === 404 && error.code !== 'CASE_NOT_FOUND') return null;
    throw error;
  }
}

/** The GP's sick-listed patients (open cases). */
export function useGpCases(enabled = true) {
  return useQuery({
    queryKey: sickLeaveKeys.gpCases,
    queryFn: ({ signal }) => api.get<GpCaseItem[]>('/api/gp/cases', undefined, signal),
    enabled,
  });
}

/** One case as the signed-in user may see it (the employer gets the employer copy). */
export function useCase(id: string, enabled = true) {
  return useQuery({
    queryKey: sickLeaveKeys.case(id),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/cases/${enc(id)}`, undefined, signal),
    enabled: enabled && id !== '',
  });
}

/** One page of the NAV office's open cases, most urgent first (the server's order). */
export function useWorkList(filter: WorkListFilter) {
  return useQuery({
    queryKey: sickLeaveKeys.workList(filter),
    queryFn: ({ signal }) => api.get<WorkListPage>('/api/nav/work-list', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The employers and GPs the work list can be filtered by. */
export function useWorkListOptions() {
  return useQuery({
    queryKey: sickLeaveKeys.workListOptions,
    queryFn: ({ signal }) => api.get<WorkListOptions>('/api/nav/work-list/options', undefined, signal),
  });
}

/** The office's open NAV tasks; `escalated` only those passed to the manager. */
export function useOfficeTasks(escalated: boolean) {
  return useQuery({
    queryKey: sickLeaveKeys.tasks(escalated),
    queryFn: ({ signal }) =>
      api.get<OfficeTask[]>('/api/nav/tasks', escalated ? { escalated: 'true' } : undefined, signal),
    placeholderData: keepPreviousData,
  });
}

/** The patient's own cases; null when the server has no such list. */
export function useMyCases(enabled = true) {
  return useQuery({
    queryKey: sickLeaveKeys.myCases,
    queryFn: ({ signal }) => optionalList<OwnCase>('/api/me/cases', signal),
    enabled,
  });
}

/** The employer's sick-listed employees; null when the server has no such list. */
export function useEmployerCases() {
  return useQuery({
    queryKey: sickLeaveKeys.employerCases,
    queryFn: ({ signal }) => optionalList<EmployerCaseItem>('/api/employer/cases', signal),
  });
}

export function useMeasureCatalogue(enabled = true) {
  return useQuery({
    queryKey: sickLeaveKeys.catalogue,
    queryFn: ({ signal }) => api.get<MeasureCatalogueEntry[]>('/api/measures/catalogue', undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/**
 * After a change every sick-leave query is invalidated (the case, the lists, the tasks). Only the
 * queries on screen refetch; the mutation stays pending until they have, so the success message
 * and the new state appear together.
 */
function useSickLeaveMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sickLeaveKeys.all }),
  });
}

/** POST /api/sick-notes. The fødselsnummer goes in the `nav-personident` header, never in a URL. */
export function useIssueSickNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fnr, note }: { fnr: string; note: SickNoteInput }) =>
      apiRequest<IssuedNote>('/api/sick-notes', { method: 'POST', json: note, headers: { 'nav-personident': fnr } }),
    // The case page is opened next and fetches afresh; the lists are only marked stale.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sickLeaveKeys.all, refetchType: 'none' }),
  });
}

export function useRecordEvent(caseId: string) {
  return useSickLeaveMutation((input: { kind: RecordableEvent; occurredOn: string; detail?: string }) =>
    api.post<Saved>(`/api/cases/${enc(caseId)}/events`, input),
  );
}

export function useAddMeasure(caseId: string) {
  return useSickLeaveMutation((input: { code: string; startsOn: string; endsOn?: string | null }) =>
    api.post<Saved>(`/api/cases/${enc(caseId)}/measures`, input),
  );
}

export function useUpdateMeasure() {
  return useSickLeaveMutation(({ id, patch }: { id: string; patch: { endsOn?: string | null; result?: string | null } }) =>
    api.patch<Saved>(`/api/measures/${enc(id)}`, patch),
  );
}

export function useRecordDecision(caseId: string) {
  return useSickLeaveMutation(
    (input: { kind: DecisionKind; decidedOn: string; effectiveFrom?: string | null; note?: string | null }) =>
      api.post<Saved>(`/api/cases/${enc(caseId)}/decisions`, input),
  );
}

export function useTaskAction() {
  return useSickLeaveMutation(({ id, action }: { id: string; action: 'take' | 'done' }) =>
    api.post<Saved>(`/api/tasks/${enc(id)}`, { action }),
  );
}

/** "Ta saken": assign the case to an adviser at the office (the signed-in one, with their own id). */
export function useAssignCase(caseId: string) {
  return useSickLeaveMutation((userId: string) => api.post<Saved>(`/api/cases/${enc(caseId)}/assign`, { userId }));
}
