import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  ArenaDetail,
  ArenaKind,
  ArenaSummary,
  CountyCalendar,
  CourseInput,
  Evaluation,
  EvaluationSummary,
  FeeClaim,
  MySession,
  Participant,
  Proposal,
  SeriesInput,
  SignUpResult,
  TablePlan,
} from './types';

const enc = encodeURIComponent;

export const arenaKeys = {
  all: ['arenas'] as const,
  list: (scope: string, kind?: ArenaKind) => ['arenas', 'list', scope, kind ?? ''] as const,
  arena: (id: string) => ['arenas', 'arena', id] as const,
  participants: (id: string) => ['arenas', 'participants', id] as const,
  proposals: (id: string) => ['arenas', 'proposals', id] as const,
  candidates: (id: string) => ['arenas', 'candidates', id] as const,
  feeClaim: (id: string) => ['arenas', 'fee-claim', id] as const,
  mine: ['arenas', 'mine'] as const,
  county: (county: string, from: string, to: string, kind: string) => ['arenas', 'county', county, from, to, kind] as const,
  tablePlan: (id: string) => ['arenas', 'table-plan', id] as const,
  evaluation: (id: string) => ['arenas', 'evaluation', id] as const,
  evaluationSummary: (id: string) => ['arenas', 'evaluation-summary', id] as const,
};

export const arenasPath = '/moteplasser';
export const arenaPath = (id: string) => `/moteplasser/${enc(id)}`;
export const newSeriesPath = '/moteplasser/ny-smagruppe';
export const newCoursePath = '/moteplasser/nytt-kurs';
export const tablePlanPath = (id: string) => `/moteplasser/${enc(id)}/bordplan`;
export const evaluationPath = (id: string) => `/moteplasser/${enc(id)}/evaluering`;
export const feeClaimPdfUrl = (id: string) => `/api/arenas/${enc(id)}/fee-claim.pdf`;
export const arenaIcsUrl = (id: string) => `/api/arenas/${enc(id)}/calendar.ics`;
export const sessionIcsUrl = (id: string) => `/api/arena-sessions/${enc(id)}/calendar.ics`;

export const useArenas = (scope: 'mine' | 'open' | 'all', kind?: ArenaKind) =>
  useQuery({ queryKey: arenaKeys.list(scope, kind), queryFn: ({ signal }) => api.get<ArenaSummary[]>('/api/arenas', { scope, kind }, signal) });
export const useArena = (id: string) => useQuery({ queryKey: arenaKeys.arena(id), queryFn: ({ signal }) => api.get<ArenaDetail>(`/api/arenas/${enc(id)}`, undefined, signal) });
export const useParticipants = (id: string, enabled: boolean) =>
  useQuery({ queryKey: arenaKeys.participants(id), queryFn: ({ signal }) => api.get<Participant[]>(`/api/arenas/${enc(id)}/participants`, undefined, signal), enabled });
export const useProposals = (id: string, enabled: boolean) =>
  useQuery({ queryKey: arenaKeys.proposals(id), queryFn: ({ signal }) => api.get<Proposal[]>(`/api/arenas/${enc(id)}/proposals`, undefined, signal), enabled });
export const useCandidates = (id: string, enabled: boolean) =>
  useQuery({ queryKey: arenaKeys.candidates(id), queryFn: ({ signal }) => api.get<Array<{ userId: string; name: string; organisationName: string | null }>>(`/api/arenas/${enc(id)}/nomination-candidates`, undefined, signal), enabled });
export const useMunicipalPhysicians = () =>
  useQuery({ queryKey: ['arenas', 'municipal-physicians'], queryFn: ({ signal }) => api.get<Array<{ userId: string; name: string; organisationName: string | null }>>('/api/arena-municipal-physicians', undefined, signal), staleTime: 60_000 });
export const useFeeClaim = (id: string, enabled: boolean) =>
  useQuery({ queryKey: arenaKeys.feeClaim(id), queryFn: ({ signal }) => api.get<FeeClaim>(`/api/arenas/${enc(id)}/fee-claim`, undefined, signal), enabled });
export const useMySessions = () => useQuery({ queryKey: arenaKeys.mine, queryFn: ({ signal }) => api.get<MySession[]>('/api/me/arenas', undefined, signal) });
export const useCountyCalendar = (county: string, from: string, to: string, kind: string) =>
  useQuery({
    queryKey: arenaKeys.county(county, from, to, kind),
    queryFn: ({ signal }) => api.get<CountyCalendar>('/api/arena-calendar', { county: county || undefined, from: from || undefined, to: to || undefined, kind: kind || undefined }, signal),
  });
export const useTablePlan = (id: string) => useQuery({ queryKey: arenaKeys.tablePlan(id), queryFn: ({ signal }) => api.get<TablePlan>(`/api/arenas/${enc(id)}/table-plan`, undefined, signal), retry: false });
export const useEvaluation = (id: string) => useQuery({ queryKey: arenaKeys.evaluation(id), queryFn: ({ signal }) => api.get<Evaluation>(`/api/arenas/${enc(id)}/evaluation`, undefined, signal) });
export const useEvaluationSummary = (id: string, enabled: boolean) =>
  useQuery({ queryKey: arenaKeys.evaluationSummary(id), queryFn: ({ signal }) => api.get<EvaluationSummary>(`/api/arenas/${enc(id)}/evaluation/summary`, undefined, signal), enabled });

/** A change to an arena: every arena query is refreshed after it. */
function useArenaMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: async () => queryClient.invalidateQueries({ queryKey: arenaKeys.all }) });
}

export const useSignUp = () => useArenaMutation((id: string) => api.post<SignUpResult>(`/api/arenas/${enc(id)}/signup`, {}));
export const useCancelSignUp = () => useArenaMutation((id: string) => api.delete<ArenaDetail>(`/api/arenas/${enc(id)}/signup`));
export const useAnswerNomination = () => useArenaMutation(({ id, accept }: { id: string; accept: boolean }) => api.post<{ result: SignUpResult | null }>(`/api/arenas/${enc(id)}/nomination`, { accept }));
export const useNominate = () => useArenaMutation(({ id, userId, note }: { id: string; userId: string; note?: string }) => api.post<{ participantId: string }>(`/api/arenas/${enc(id)}/nominations`, { userId, note }));
export const useAddCoOrganiser = () => useArenaMutation(({ id, userId }: { id: string; userId: string }) => api.post<ArenaDetail>(`/api/arenas/${enc(id)}/co-organisers`, { userId }));
export const useSendInvitation = () => useArenaMutation(({ id, message }: { id: string; message?: string }) => api.post<{ id: string; viaName: string; recipientCount: number }>(`/api/arenas/${enc(id)}/invitations`, { message }));
export const usePropose = () => useArenaMutation(({ id, input }: { id: string; input: { kind: 'topic' | 'case'; title: string; text?: string } }) => api.post<Proposal[]>(`/api/arenas/${enc(id)}/proposals`, input));
export const useAcceptProposal = () => useArenaMutation(({ id, sessionId, minutes }: { id: string; sessionId: string; minutes?: number }) => api.post<ArenaDetail>(`/api/arena-proposals/${enc(id)}/accept`, { sessionId, minutes }));
export const useDeclineProposal = () => useArenaMutation((id: string) => api.post<ArenaDetail>(`/api/arena-proposals/${enc(id)}/decline`));
export const useRecordAttendance = () =>
  useArenaMutation(({ sessionId, records }: { sessionId: string; records: Array<{ participantId: string; attended: boolean; minutes?: number | null }> }) => api.put<ArenaDetail>(`/api/arena-sessions/${enc(sessionId)}/attendance`, { records }));
export const useCancelSession = () => useArenaMutation(({ sessionId, reason }: { sessionId: string; reason: string }) => api.post<ArenaDetail>(`/api/arena-sessions/${enc(sessionId)}/cancel`, { reason }));
export const useCancelArena = () => useArenaMutation(({ id, reason }: { id: string; reason: string }) => api.post<ArenaDetail>(`/api/arenas/${enc(id)}/cancel`, { reason }));
export const useCreateSeries = () => useArenaMutation((input: SeriesInput) => api.post<ArenaDetail>('/api/arenas/series', input));
export const useCreateCourse = () => useArenaMutation((input: CourseInput) => api.post<ArenaDetail>('/api/arenas/courses', input));
export const useComputeTablePlan = () => useArenaMutation(({ id, tableCount, seatsPerTable }: { id: string; tableCount: number; seatsPerTable: number }) => api.post<TablePlan>(`/api/arenas/${enc(id)}/table-plan`, { tableCount, seatsPerTable }));
export const useMoveInPlan = () => useArenaMutation(({ id, participantId, tableNumber }: { id: string; participantId: string; tableNumber: number }) => api.post<TablePlan>(`/api/arenas/${enc(id)}/table-plan/moves`, { participantId, tableNumber }));
export const useAllocate = () => useArenaMutation((id: string) => api.post<{ promoted: number; waiting: number }>(`/api/arenas/${enc(id)}/allocate`));
export const useSubmitEvaluation = () => useArenaMutation(({ id, values }: { id: string; values: Record<string, unknown> }) => api.put<Evaluation>(`/api/arenas/${enc(id)}/evaluation`, { values }));
