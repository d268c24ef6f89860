import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import type { Lang } from '../../api/types';
import type { CallbackInput, CallbackQueue, CallbackRequest, Contacts, OnCallPerson, PhysicianDirectory, Shift, ShiftInput } from './types';

const enc = encodeURIComponent;
/**
 * The physicians' queue changes as GPs ask and colleagues take requests, so it is read again every
 * minute. Each read is audited (it shows patients), so nothing else here polls: the GP hears of a
 * change through the notification bell.
 */
const QUEUE_POLL_MS = 60_000;

export const reachabilityKeys = {
  all: ['reachability'] as const,
  caseContacts: (caseId: string) => ['reachability', 'contacts', 'case', caseId] as const,
  officeContacts: (gpOfficeId: string | null) => ['reachability', 'contacts', 'office', gpOfficeId] as const,
  physicians: (lang: Lang, county: string, specialty: string) => ['reachability', 'physicians', lang, county, specialty] as const,
  onCall: ['reachability', 'on-call'] as const,
  callbacks: ['reachability', 'callbacks'] as const,
  caseCallbacks: (caseId: string) => ['reachability', 'callbacks', 'case', caseId] as const,
  myCallbacks: ['reachability', 'callbacks', 'mine'] as const,
  queue: ['reachability', 'callbacks', 'queue'] as const,
  shifts: (from: string, to: string) => ['reachability', 'shifts', from, to] as const,
};

/** Contacts for the GP office of a case (audited on the server as a read of the case). */
export function useCaseContacts(caseId: string) {
  return useQuery({
    queryKey: reachabilityKeys.caseContacts(caseId),
    queryFn: ({ signal }) => api.get<Contacts>(`/api/cases/${enc(caseId)}/contacts`, undefined, signal),
    enabled: caseId !== '',
  });
}

/** Contacts for a GP office; without an id, the signed-in GP's own office. */
export function useOfficeContacts(gpOfficeId: string | null, enabled = true) {
  return useQuery({
    queryKey: reachabilityKeys.officeContacts(gpOfficeId),
    queryFn: ({ signal }) => api.get<Contacts>('/api/reachability/contacts', { gpOfficeId }, signal),
    enabled,
  });
}

export function usePhysicians(lang: Lang, county: string, specialty: string) {
  return useQuery({
    queryKey: reachabilityKeys.physicians(lang, county, specialty),
    queryFn: ({ signal }) => api.get<PhysicianDirectory>('/api/advisory-physicians', { county, specialty }, signal),
    placeholderData: (previous) => previous,
  });
}

export function useOnCall() {
  return useQuery({
    queryKey: reachabilityKeys.onCall,
    queryFn: ({ signal }) => api.get<OnCallPerson[]>('/api/advisory-physicians/on-call', undefined, signal),
    refetchInterval: QUEUE_POLL_MS,
  });
}

export function useCaseCallbacks(caseId: string, enabled = true) {
  return useQuery({
    queryKey: reachabilityKeys.caseCallbacks(caseId),
    queryFn: ({ signal }) => api.get<CallbackRequest[]>(`/api/cases/${enc(caseId)}/callback-requests`, undefined, signal),
    enabled: enabled && caseId !== '',
  });
}

export function useMyCallbacks(enabled = true) {
  return useQuery({
    queryKey: reachabilityKeys.myCallbacks,
    queryFn: ({ signal }) => api.get<CallbackRequest[]>('/api/callback-requests/mine', undefined, signal),
    enabled,
  });
}

/**
 * A GP's request to be called back. The Idempotency-Key is chosen by the form and kept until the
 * request is stored, so a retry after a lost answer gives back the same request, not a second one.
 */
export function useCreateCallback(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: CallbackInput; key: string }) =>
      apiRequest<CallbackRequest>(`/api/cases/${enc(caseId)}/callback-requests`, { method: 'POST', json: input, headers: { 'Idempotency-Key': key } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reachabilityKeys.callbacks }),
  });
}

export type CallbackAction = { id: string; action: 'claim' | 'no-answer' | 'cancel' } | { id: string; action: 'complete'; outcome: string };

export function useCallbackAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CallbackAction) =>
      api.post<CallbackRequest>(`/api/callback-requests/${enc(change.id)}/${change.action}`, change.action === 'complete' ? { outcome: change.outcome } : undefined),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reachabilityKeys.callbacks }),
  });
}

export function useCallbackQueue() {
  return useQuery({
    queryKey: reachabilityKeys.queue,
    queryFn: ({ signal }) => api.get<CallbackQueue>('/api/callback-requests/queue', undefined, signal),
    refetchInterval: QUEUE_POLL_MS,
  });
}

export function useShifts(from: string, to: string) {
  return useQuery({
    queryKey: reachabilityKeys.shifts(from, to),
    queryFn: ({ signal }) => api.get<Shift[]>('/api/on-call/shifts', { from, to }, signal),
  });
}

export function useCreateShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ShiftInput) => api.post<{ id: string }>('/api/on-call/shifts', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reachabilityKeys.all }),
  });
}

export function useDeleteShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/on-call/shifts/${enc(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reachabilityKeys.all }),
  });
}
