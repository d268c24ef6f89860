import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import { sickLeaveKeys } from '../sickleave/api';
import type {
  CalendarScope,
  CalendarWeek,
  CaseMeetings,
  ConveneInput,
  Invitations,
  Meeting1Input,
  MeetingNeedInput,
  MeetingView,
  MinutesInput,
  MoveInput,
  Reply,
} from './types';

const enc = encodeURIComponent;

export const meetingKeys = {
  all: ['meetings'] as const,
  forCase: (caseId: string) => ['meetings', 'case', caseId] as const,
  meeting: (id: string) => ['meetings', 'meeting', id] as const,
  calendar: (week: string, scope: CalendarScope) => ['meetings', 'calendar', week, scope] as const,
  invitations: ['meetings', 'invitations'] as const,
};

export function meetingPath(id: string): string {
  return `/dialogmoter/${enc(id)}`;
}

export function newMeetingPath(caseId: string): string {
  return `/saker/${enc(caseId)}/dialogmote/ny`;
}

/** Same origin and the session cookie: a plain link downloads the viewer's own calendar file. */
export function calendarFileUrl(id: string): string {
  return `/api/meetings/${enc(id)}/calendar.ics`;
}

/** A POST that a double click must not repeat: the server recognises the key. */
function postOnce<T>(path: string, json: unknown, idempotencyKey: string): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', json, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** The case's meetings as the viewer may see them, the meeting-2 deadline and what the viewer may do. */
export function useCaseMeetings(caseId: string) {
  return useQuery({
    queryKey: meetingKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<CaseMeetings>(`/api/cases/${enc(caseId)}/meetings`, undefined, signal),
    enabled: caseId !== '',
  });
}

/** One meeting; fetched afresh when the page mounts (replies arrive from others). */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.meeting(id),
    queryFn: ({ signal }) => api.get<MeetingView>(`/api/meetings/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

export function useMeetingCalendar(week: string, scope: CalendarScope, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.calendar(week, scope),
    queryFn: ({ signal }) => api.get<CalendarWeek>('/api/meetings/calendar', { week, scope }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInvitations(enabled = true) {
  return useQuery({
    queryKey: meetingKeys.invitations,
    queryFn: ({ signal }) => api.get<Invitations>('/api/meetings/invitations', undefined, signal),
    staleTime: 0,
    enabled,
  });
}

/**
 * A change to a meeting or a case's meetings: the meetings and the case (its timeline and tasks
 * move with them) are refetched; the mutation stays pending until they have, so the success
 * message and the new state appear together.
 */
function useMeetingMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      // The answer is the meeting as it now is: show it at once.
      if (isMeetingView(result)) queryClient.setQueryData(meetingKeys.meeting(result.id), result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
        queryClient.invalidateQueries({ queryKey: sickLeaveKeys.all }),
      ]);
    },
  });
}

function isMeetingView(value: unknown): value is MeetingView {
  return typeof value === 'object' && value !== null && typeof (value as MeetingView).id === 'string' && Array.isArray((value as MeetingView).participants);
}

export function useConveneMeeting(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: ConveneInput; key: string }) =>
      postOnce<{ meeting: MeetingView }>(`/api/cases/${enc(caseId)}/meetings`, input, key),
    // The meeting page opens next with the answer; the lists are only marked stale.
    onSuccess: ({ meeting }) => {
      queryClient.setQueryData(meetingKeys.meeting(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.forCase(caseId), refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['meetings', 'calendar'], refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: sickLeaveKeys.all, refetchType: 'none' });
    },
  });
}

export function useRegisterMeeting1(caseId: string) {
  return useMeetingMutation((input: Meeting1Input) => api.post<{ meeting: MeetingView }>(`/api/cases/${enc(caseId)}/meeting-1`, input));
}

export function useRecordException(caseId: string) {
  return useMeetingMutation((input: { reason: string; note?: string }) => api.post<Record<string, never>>(`/api/cases/${enc(caseId)}/meeting-exception`, input));
}

export function useAskForMeeting(caseId: string) {
  return useMeetingMutation((input: MeetingNeedInput) => api.post<{ taskId: string; dueOn: string }>(`/api/cases/${enc(caseId)}/meeting-needs`, input));
}

export function useReplyToMeeting(id: string) {
  return useMeetingMutation((input: { reply: Reply; reason?: string }) => api.post<MeetingView>(`/api/meetings/${enc(id)}/reply`, input));
}

export function useMoveMeeting(id: string) {
  return useMeetingMutation((input: MoveInput) => api.post<MeetingView>(`/api/meetings/${enc(id)}/move`, input));
}

export function useCancelMeeting(id: string) {
  return useMeetingMutation((reason: string) => api.post<MeetingView>(`/api/meetings/${enc(id)}/cancel`, { reason }));
}

export function useCompleteMeeting(id: string) {
  return useMeetingMutation((input: MinutesInput) => api.post<MeetingView>(`/api/meetings/${enc(id)}/complete`, input));
}

export function useCorrectMinutes(id: string) {
  return useMeetingMutation((input: MinutesInput & { correctionReason: string }) => api.post<MeetingView>(`/api/meetings/${enc(id)}/minutes`, input));
}

export function useCloseMeeting(id: string) {
  return useMeetingMutation(() => api.post<MeetingView>(`/api/meetings/${enc(id)}/close`));
}
