import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, buildUrl } from '../../api/client';
import type {
  AcceptInput,
  Accepted,
  Board,
  CloseInput,
  ConsentChanged,
  ConsentInput,
  ConsentRecipient,
  CoursePatch,
  CourseView,
  DecisionInput,
  Evaluation,
  EvaluationFilter,
  FinalReport,
  GoalInput,
  GpReferrals,
  Intake,
  MemberCandidate,
  MemberInput,
  MyTeamCourses,
  Placement,
  ReferralCreated,
  ReferralDraft,
  ReferralInput,
  ReferralView,
  SessionInput,
  SessionPatch,
  TeamDetail,
  TeamInput,
  TeamSummary,
} from './types';

const enc = encodeURIComponent;

export const teamKeys = {
  all: ['teams'] as const,
  list: ['teams', 'list'] as const,
  team: (id: string) => ['teams', 'team', id] as const,
  draft: (citizenId: string, caseId: string) => ['teams', 'draft', citizenId, caseId] as const,
  referral: (id: string) => ['teams', 'referral', id] as const,
  intake: (teamId: string) => ['teams', 'intake', teamId] as const,
  board: (teamId: string) => ['teams', 'board', teamId] as const,
  course: (id: string) => ['teams', 'course', id] as const,
  gpReferrals: ['teams', 'gp-referrals'] as const,
  mine: ['teams', 'mine'] as const,
  evaluation: (filter: EvaluationFilter) => ['teams', 'evaluation', filter] as const,
  candidates: ['teams', 'member-candidates'] as const,
};

export const referPath = (citizenId?: string, caseId?: string) => buildUrl('/henvis', { citizenId, caseId });
export const teamPath = (teamId: string) => `/team/${enc(teamId)}`;
export const coursePath = (courseId: string) => `/team/forlop/${enc(courseId)}`;

/** Same origin and the session cookie: a plain link downloads the aggregates as CSV. */
export const evaluationCsvUrl = (filter: EvaluationFilter) => buildUrl('/api/teams/evaluation.csv', { ...filter });

/** The server answers a list either bare or wrapped in one property; both are read. */
function listOf<T>(data: T[] | Record<string, T[]>, property: string): T[] {
  return Array.isArray(data) ? data : (data[property] ?? []);
}

export function useTeams() {
  return useQuery({
    queryKey: teamKeys.list,
    queryFn: ({ signal }) => api.get<TeamSummary[] | { teams: TeamSummary[] }>('/api/teams', undefined, signal),
    select: (data) => listOf(data, 'teams'),
  });
}

export function useTeam(id: string) {
  return useQuery({
    queryKey: teamKeys.team(id),
    queryFn: ({ signal }) => api.get<TeamDetail>(`/api/teams/${enc(id)}`, undefined, signal),
    enabled: id !== '',
  });
}

/** Users an admin may make members: active staff with a professional role. */
export function useMemberCandidates(enabled = true) {
  return useQuery({
    queryKey: teamKeys.candidates,
    queryFn: ({ signal }) => api.get<MemberCandidate[] | { candidates: MemberCandidate[] }>('/api/teams/member-candidates', undefined, signal),
    select: (data) => listOf(data, 'candidates'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** What the platform knows for a referral; read once per person (the read is audited). */
export function useReferralDraft(citizenId: string, caseId: string) {
  return useQuery({
    queryKey: teamKeys.draft(citizenId, caseId),
    queryFn: ({ signal }) => api.get<ReferralDraft>('/api/teams/referral-draft', { citizenId, caseId }, signal),
    enabled: citizenId !== '',
    staleTime: 60_000,
  });
}

export function useIntake(teamId: string) {
  return useQuery({
    queryKey: teamKeys.intake(teamId),
    queryFn: ({ signal }) => api.get<Intake>(`/api/teams/${enc(teamId)}/intake`, undefined, signal),
    enabled: teamId !== '',
    staleTime: 0,
  });
}

export function useBoard(teamId: string) {
  return useQuery({
    queryKey: teamKeys.board(teamId),
    queryFn: ({ signal }) => api.get<Board>(`/api/teams/${enc(teamId)}/board`, undefined, signal),
    enabled: teamId !== '',
    staleTime: 0,
  });
}

/** One course; fetched afresh when the page mounts (others on the course write too). */
export function useCourse(id: string) {
  return useQuery({
    queryKey: teamKeys.course(id),
    queryFn: ({ signal }) => api.get<CourseView>(`/api/team-courses/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

export function useGpReferrals() {
  return useQuery({
    queryKey: teamKeys.gpReferrals,
    queryFn: ({ signal }) => api.get<GpReferrals>('/api/gp/team-referrals', undefined, signal),
    staleTime: 0,
  });
}

export function useMyTeamCourses() {
  return useQuery({
    queryKey: teamKeys.mine,
    queryFn: ({ signal }) => api.get<MyTeamCourses>('/api/me/team-courses', undefined, signal),
    staleTime: 0,
  });
}

export function useEvaluation(filter: EvaluationFilter) {
  return useQuery({
    queryKey: teamKeys.evaluation(filter),
    queryFn: ({ signal }) => api.get<Evaluation>('/api/teams/evaluation', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * A change anywhere in the teams: what the answer is (a course) is shown at once, and the teams'
 * lists are refetched before the mutation settles, so the message and the new state appear together.
 */
function useTeamMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      if (isCourseView(result)) queryClient.setQueryData(teamKeys.course(result.id), result);
      if (isTeamDetail(result)) queryClient.setQueryData(teamKeys.team(result.id), result);
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
  });
}

function isTeamDetail(value: unknown): value is TeamDetail {
  return typeof value === 'object' && value !== null && typeof (value as TeamDetail).id === 'string' && Array.isArray((value as TeamDetail).members) && Array.isArray((value as TeamDetail).servedOrganisations);
}

function isCourseView(value: unknown): value is CourseView {
  return typeof value === 'object' && value !== null && typeof (value as CourseView).id === 'string' && 'allowedActions' in value && 'startedOn' in value;
}

// Teams (admin)
export const useCreateTeam = () => useTeamMutation((input: TeamInput) => api.post<TeamDetail>('/api/teams', input));
export const useUpdateTeam = (id: string) => useTeamMutation((input: TeamInput) => api.put<TeamDetail>(`/api/teams/${enc(id)}`, input));
export const useSetMembers = (id: string) =>
  useTeamMutation((members: MemberInput[]) => api.put<TeamDetail>(`/api/teams/${enc(id)}/members`, { members }));

// Referral
/** A referral that a double click must not send twice: the server recognises the key. */
export const useSendReferral = () =>
  useTeamMutation(({ input, key }: { input: ReferralInput; key: string }) =>
    apiRequest<ReferralCreated>('/api/team-referrals', { method: 'POST', json: input, headers: { 'Idempotency-Key': key } }),
  );

const referralAction = <T>(path: string) => (id: string, body?: unknown) => api.post<T>(`/api/team-referrals/${enc(id)}/${path}`, body ?? {});

export const useAcceptReferral = () => useTeamMutation(({ id, input }: { id: string; input: AcceptInput }) => referralAction<Accepted>('accept')(id, input));
export const useWaitlistReferral = () => useTeamMutation(({ id, input }: { id: string; input: DecisionInput }) => referralAction<Placement>('waitlist')(id, input));
export const useDeclineReferral = () => useTeamMutation(({ id, input }: { id: string; input: DecisionInput }) => referralAction<ReferralView>('decline')(id, input));
export const useWithdrawReferral = () => useTeamMutation((id: string) => referralAction<Placement>('withdraw')(id));
export const useApproveReferral = () => useTeamMutation((id: string) => referralAction<Placement>('gp-approval')(id));

export const useChangeConsent = () =>
  useTeamMutation(({ referralId, scope, givenOn }: { referralId: string; scope: ConsentRecipient[]; givenOn?: string }) =>
    api.put<ConsentChanged>(`/api/team-referrals/${enc(referralId)}/consent`, { scope, ...(givenOn ? { givenOn } : {}) }),
  );
export const useWithdrawConsent = () => useTeamMutation((referralId: string) => referralAction<ConsentChanged>('consent/withdraw')(referralId));

export const useMarkUpdateRead = () => useTeamMutation((id: string) => api.post<{ id: string; readAt: string }>(`/api/team-updates/${enc(id)}/read`, {}));

// Course
const coursePathOf = (id: string, rest = '') => `/api/team-courses/${enc(id)}${rest}`;

/** `basedOn`: when the summary being edited was saved; a change by someone else since is refused, not overwritten. */
export const useSaveSummary = (courseId: string) =>
  useTeamMutation((input: { text: string; basedOn: string | null }) => api.put<CourseView>(coursePathOf(courseId, '/summary'), input));
export const usePatchCourse = (courseId: string) => useTeamMutation((patch: CoursePatch) => api.patch<CourseView>(coursePathOf(courseId), patch));
export const useBookSession = (courseId: string) => useTeamMutation((input: SessionInput) => api.post<CourseView>(coursePathOf(courseId, '/sessions'), input));
export const usePatchSession = () => useTeamMutation(({ id, patch }: { id: string; patch: SessionPatch }) => api.patch<CourseView>(`/api/team-sessions/${enc(id)}`, patch));
export const useAddGoal = (courseId: string) => useTeamMutation((input: GoalInput) => api.post<CourseView>(coursePathOf(courseId, '/goals'), input));
export const usePatchGoal = () => useTeamMutation(({ id, patch }: { id: string; patch: Partial<GoalInput> }) => api.patch<CourseView>(`/api/team-goals/${enc(id)}`, patch));
export const useStartCourseForm = (courseId: string) =>
  useTeamMutation((input: { templateKey: string; round: string }) => api.post<CourseView & { createdId: string }>(coursePathOf(courseId, '/forms'), input));
export const useSaveCourseForm = () => useTeamMutation(({ id, values }: { id: string; values: Record<string, unknown> }) => api.put<CourseView>(`/api/team-course-forms/${enc(id)}`, { values }));
export const useCompleteCourseForm = () => useTeamMutation((id: string) => api.post<CourseView>(`/api/team-course-forms/${enc(id)}/complete`, {}));
export const useSaveFinalReport = (courseId: string) => useTeamMutation((report: Partial<FinalReport>) => api.put<CourseView>(coursePathOf(courseId, '/final-report'), report));
export const useCloseCourse = (courseId: string) => useTeamMutation((input: CloseInput) => api.post<CourseView>(coursePathOf(courseId, '/close'), input));

export type { ConsentInput };
