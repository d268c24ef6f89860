import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl } from '../../api/client';
import type {
  AnnualDocument,
  AnnualKind,
  Assessment,
  AssessmentTemplate,
  BodyDetail,
  BodyRecommendation,
  BodySummary,
  Coverage,
  ForumMeeting,
  MeetingHoursInput,
  MeetingList,
  HoursInput,
  HoursReport,
  MeetingInput,
  MemberInput,
  MinutesInput,
  PublicAnnualDocument,
  PublicForum,
  PublicMeeting,
  QuorumState,
  PublicRecommendation,
  PublicRecommendationPage,
  Recommendation,
  RecommendationInput,
  RegistrationInput,
  RevisionInput,
  Submission,
  SubmissionFilter,
  SubmissionInput,
  TemplateDefinition,
} from './types';

const enc = encodeURIComponent;

export const forumKeys = {
  all: ['forums'] as const,
  list: ['forums', 'list'] as const,
  body: (id: string) => ['forums', 'body', id] as const,
  submissions: (bodyId: string, filter: SubmissionFilter) => ['forums', 'submissions', bodyId, filter] as const,
  mine: ['forums', 'mine'] as const,
  submission: (id: string) => ['forums', 'submission', id] as const,
  assessment: (id: string) => ['forums', 'assessment', id] as const,
  template: (bodyId: string) => ['forums', 'template', bodyId] as const,
  recommendation: (id: string) => ['forums', 'recommendation', id] as const,
  meetings: (bodyId: string) => ['forums', 'meetings', bodyId] as const,
  meeting: (id: string) => ['forums', 'meeting', id] as const,
  coverage: (bodyId: string, from: string, to: string) => ['forums', 'coverage', bodyId, from, to] as const,
  hours: (bodyId: string, from: string, to: string) => ['forums', 'hours', bodyId, from, to] as const,
  annual: (bodyId: string, year: number, kind: AnnualKind) => ['forums', 'annual', bodyId, year, kind] as const,
};

/** Public pages keep their own key root: signing out clears the rest, not these. */
export const publicKeys = {
  list: (q: string, theme: string, page: number) => ['public-forums', 'recommendations', q, theme, page] as const,
  recommendation: (slug: string) => ['public-forums', 'recommendation', slug] as const,
  forum: (slug: string) => ['public-forums', 'forum', slug] as const,
};

export const forumPath = (id: string) => `/samarbeidsforum/${enc(id)}`;
export const casePath = (id: string) => `/samarbeidsforum/sak/${enc(id)}`;
export const recommendationPath = (id: string) => `/samarbeidsforum/anbefaling/${enc(id)}`;
export const forumMeetingPath = (id: string) => `/samarbeidsforum/mote/${enc(id)}`;
export const submitPath = (bodyId?: string) => buildUrl('/samarbeidsforum/meld', { forum: bodyId });
export const newBodyPath = '/samarbeidsforum/nytt';
export const publicRecommendationPath = (slug: string) => `/anbefalinger/${enc(slug)}`;
export const publicForumPath = (slug: string) => `/forum/${enc(slug)}`;
/** The Atom feed, served by the API without sign-in. */
export const ATOM_FEED_URL = '/api/public/recommendations.atom';

/** The server answers a list either bare or wrapped in one property; both are read. */
function listOf<T>(data: T[] | Record<string, T[]>, property: string): T[] {
  return Array.isArray(data) ? data : (data[property] ?? []);
}

export function useBodies() {
  return useQuery({
    queryKey: forumKeys.list,
    queryFn: ({ signal }) => api.get<BodySummary[] | { forums: BodySummary[] }>('/api/forums', undefined, signal),
    select: (data) => listOf(data, 'forums'),
  });
}

export function useBody(id: string) {
  return useQuery({
    queryKey: forumKeys.body(id),
    queryFn: ({ signal }) => api.get<BodyDetail>(`/api/forums/${enc(id)}`, undefined, signal),
    enabled: id !== '',
  });
}

export function useBodySubmissions(bodyId: string, filter: SubmissionFilter, enabled = true) {
  return useQuery({
    queryKey: forumKeys.submissions(bodyId, filter),
    queryFn: ({ signal }) =>
      api.get<Submission[] | { submissions: Submission[] }>(`/api/forums/${enc(bodyId)}/submissions`, { ...filter }, signal),
    select: (data) => listOf(data, 'submissions'),
    placeholderData: keepPreviousData,
    enabled: enabled && bodyId !== '',
  });
}

export function useMySubmissions() {
  return useQuery({
    queryKey: forumKeys.mine,
    queryFn: ({ signal }) => api.get<Submission[] | { submissions: Submission[] }>('/api/me/forum-submissions', undefined, signal),
    select: (data) => listOf(data, 'submissions'),
    staleTime: 0,
  });
}

export function useSubmission(id: string) {
  return useQuery({
    queryKey: forumKeys.submission(id),
    queryFn: ({ signal }) => api.get<Submission>(`/api/forum-submissions/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

export function useAssessment(id: string | null | undefined) {
  return useQuery({
    queryKey: forumKeys.assessment(id ?? ''),
    queryFn: ({ signal }) => api.get<Assessment>(`/api/forum-assessments/${enc(id ?? '')}`, undefined, signal),
    enabled: !!id,
    staleTime: 0,
  });
}

export function useAssessmentTemplate(bodyId: string, enabled = true) {
  return useQuery({
    queryKey: forumKeys.template(bodyId),
    queryFn: ({ signal }) => api.get<AssessmentTemplate>(`/api/forums/${enc(bodyId)}/assessment-template`, undefined, signal),
    enabled: enabled && bodyId !== '',
  });
}

export function useRecommendation(id: string) {
  return useQuery({
    queryKey: forumKeys.recommendation(id),
    queryFn: ({ signal }) => api.get<Recommendation>(`/api/forum-recommendations/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

export function useBodyRecommendations(bodyId: string) {
  return useQuery({
    queryKey: ['forums', 'recommendations', bodyId] as const,
    queryFn: ({ signal }) => api.get<BodyRecommendation[]>(`/api/forums/${enc(bodyId)}/recommendations`, undefined, signal),
    enabled: bodyId !== '',
  });
}

export function useBodyMeetings(bodyId: string, enabled = true) {
  return useQuery({
    queryKey: forumKeys.meetings(bodyId),
    queryFn: ({ signal }) => api.get<MeetingList>(`/api/forums/${enc(bodyId)}/meetings`, undefined, signal),
    enabled: enabled && bodyId !== '',
  });
}

export function useForumMeeting(id: string) {
  return useQuery({
    queryKey: forumKeys.meeting(id),
    queryFn: ({ signal }) => api.get<ForumMeeting>(`/api/forum-meetings/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

export function useCoverage(bodyId: string, from: string, to: string) {
  return useQuery({
    queryKey: forumKeys.coverage(bodyId, from, to),
    queryFn: ({ signal }) => api.get<Coverage>(`/api/forums/${enc(bodyId)}/coverage`, { from, to }, signal),
    placeholderData: keepPreviousData,
    enabled: bodyId !== '' && from !== '' && to !== '',
  });
}

export function useHours(bodyId: string, from: string, to: string) {
  return useQuery({
    queryKey: forumKeys.hours(bodyId, from, to),
    queryFn: ({ signal }) => api.get<HoursReport>(`/api/forums/${enc(bodyId)}/hours`, { from, to }, signal),
    placeholderData: keepPreviousData,
    enabled: bodyId !== '' && from !== '' && to !== '',
  });
}

export function useAnnualDocument(bodyId: string, year: number, kind: AnnualKind, enabled = true) {
  return useQuery({
    queryKey: forumKeys.annual(bodyId, year, kind),
    queryFn: ({ signal }) => api.get<AnnualDocument>(`/api/forums/${enc(bodyId)}/annual/${year}/${kind}`, undefined, signal),
    enabled: enabled && bodyId !== '',
  });
}

// Public, no sign-in
export function usePublicRecommendations(q: string, theme: string, page: number) {
  return useQuery({
    queryKey: publicKeys.list(q, theme, page),
    queryFn: ({ signal }) => api.get<PublicRecommendationPage>('/api/public/recommendations', { q, theme, page }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublicRecommendation(slug: string) {
  return useQuery({
    queryKey: publicKeys.recommendation(slug),
    queryFn: ({ signal }) => api.get<PublicRecommendation>(`/api/public/recommendations/${enc(slug)}`, undefined, signal),
    enabled: slug !== '',
  });
}

export function usePublicMeetings() {
  return useQuery({
    queryKey: ['public-forums', 'meetings'] as const,
    queryFn: ({ signal }) => api.get<PublicMeeting[]>('/api/public/forum-meetings', undefined, signal),
  });
}

export function usePublicAnnual(slug: string, year: number, kind: AnnualKind, enabled: boolean) {
  return useQuery({
    queryKey: ['public-forums', 'annual', slug, year, kind] as const,
    queryFn: ({ signal }) => api.get<PublicAnnualDocument>(`/api/public/forums/${enc(slug)}/annual/${year}/${kind}`, undefined, signal),
    enabled,
  });
}

export function usePublicForum(slug: string) {
  return useQuery({
    queryKey: publicKeys.forum(slug),
    queryFn: ({ signal }) => api.get<PublicForum>(`/api/public/forums/${enc(slug)}`, undefined, signal),
    enabled: slug !== '',
  });
}

/** Any change in the forums: the lists and pages are refetched before the mutation settles. */
export function useForumMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: forumKeys.all });
    },
  });
}

// Bodies and members
export const useAddMember = (bodyId: string) => useForumMutation((input: MemberInput) => api.post<unknown>(`/api/forums/${enc(bodyId)}/members`, input));
export const useUpdateMember = () =>
  useForumMutation(({ id, input }: { id: string; input: Partial<MemberInput> }) => api.put<unknown>(`/api/forum-members/${enc(id)}`, input));
export const useLogHours = () =>
  useForumMutation(({ memberId, input }: { memberId: string; input: HoursInput }) => api.post<unknown>(`/api/forum-members/${enc(memberId)}/hours`, input));

// Submissions and triage
export const useSubmit = () =>
  useForumMutation(({ bodyId, input }: { bodyId: string; input: SubmissionInput }) => api.post<Submission>(`/api/forums/${enc(bodyId)}/submissions`, input));

const submissionAction = (id: string, action: string, body: unknown = {}) => api.post<Submission>(`/api/forum-submissions/${enc(id)}/${action}`, body);

export const useAccept = () => useForumMutation((id: string) => submissionAction(id, 'accept'));
export const useMerge = () => useForumMutation(({ id, intoId }: { id: string; intoId: string }) => submissionAction(id, 'merge', { intoId }));
export const useForward = () =>
  useForumMutation(({ id, to, dueOn }: { id: string; to: string; dueOn: string }) => submissionAction(id, 'forward', { to, dueOn }));
export const useReject = () => useForumMutation(({ id, reason }: { id: string; reason: string }) => submissionAction(id, 'reject', { reason }));
export const useSetThemes = () =>
  useForumMutation(({ id, themes }: { id: string; themes: string[] }) => api.put<Submission>(`/api/forum-submissions/${enc(id)}/themes`, { themes }));
export const useMarkReady = () =>
  useForumMutation(({ id, ready }: { id: string; ready: boolean }) => api.put<Submission>(`/api/forum-submissions/${enc(id)}/ready`, { ready }));
export const useSetOutcome = () =>
  useForumMutation(({ id, text }: { id: string; text: string }) => api.put<Submission>(`/api/forum-submissions/${enc(id)}/outcome`, { text }));

// Assessment
export const useStartAssessment = () =>
  useForumMutation(({ submissionId, memberIds }: { submissionId: string; memberIds: string[] }) =>
    api.post<Assessment>(`/api/forum-submissions/${enc(submissionId)}/assessment`, { memberIds }),
  );
export const useSaveAnswers = () =>
  useForumMutation(({ id, items }: { id: string; items: Record<string, string> }) => api.put<Assessment>(`/api/forum-assessments/${enc(id)}/answers`, { items }));
export const useSaveConclusion = () =>
  useForumMutation(({ id, text }: { id: string; text: string }) => api.put<Assessment>(`/api/forum-assessments/${enc(id)}/conclusion`, { text }));
export const useSaveTemplate = (bodyId: string) =>
  useForumMutation((definition: TemplateDefinition) => api.put<AssessmentTemplate>(`/api/forums/${enc(bodyId)}/assessment-template`, { definition }));

// Recommendations
export const useCreateRecommendation = (bodyId: string) =>
  useForumMutation((input: RecommendationInput) => api.post<Recommendation>(`/api/forums/${enc(bodyId)}/recommendations`, input));
const recommendationAction = (id: string, action: string, body: unknown = {}) => api.post<Recommendation>(`/api/forum-recommendations/${enc(id)}/${action}`, body);
export const useReviseRecommendation = () =>
  useForumMutation(({ id, input }: { id: string; input: RevisionInput }) => recommendationAction(id, 'versions', input));
export const useApproveRecommendation = () =>
  useForumMutation(({ id, meetingId }: { id: string; meetingId: string }) => recommendationAction(id, 'approve', { meetingId }));
export const usePublishRecommendation = () => useForumMutation((id: string) => recommendationAction(id, 'publish'));
export const useWithdrawRecommendation = () =>
  useForumMutation(({ id, reason }: { id: string; reason: string }) => recommendationAction(id, 'withdraw', { reason }));

// Meetings
export const useCreateMeeting = (bodyId: string) => useForumMutation((input: MeetingInput) => api.post<ForumMeeting>(`/api/forums/${enc(bodyId)}/meetings`, input));
/** Builds the agenda from the cases marked ready and the recommendations awaiting approval, plus extra items. */
export const useBuildAgenda = () =>
  useForumMutation(({ id, otherItems }: { id: string; otherItems?: string[] }) => api.put<ForumMeeting>(`/api/forum-meetings/${enc(id)}/agenda`, otherItems ? { otherItems } : {}));
export const useCancelMeeting = () => useForumMutation((id: string) => api.post<{ id: string }>(`/api/forum-meetings/${enc(id)}/cancel`, {}));
export const useLogMeetingHours = () =>
  useForumMutation(({ id, input }: { id: string; input: MeetingHoursInput }) => api.post<{ logged: number }>(`/api/forum-meetings/${enc(id)}/hours`, input));
export const useSaveMinutes = () =>
  useForumMutation(({ id, input }: { id: string; input: MinutesInput }) => api.put<{ id: string; quorum: QuorumState }>(`/api/forum-meetings/${enc(id)}/minutes`, input));
export const useSaveAnnual = (bodyId: string) =>
  useForumMutation(({ year, kind, text }: { year: number; kind: AnnualKind; text: string }) =>
    api.put<AnnualDocument>(`/api/forums/${enc(bodyId)}/annual/${year}/${kind}`, { text }),
  );
export const usePublishAnnual = (bodyId: string) =>
  useForumMutation(({ year, kind }: { year: number; kind: AnnualKind }) => api.post<AnnualDocument>(`/api/forums/${enc(bodyId)}/annual/${year}/${kind}/publish`, {}));

/** Open thematic meetings: signed in, or with name and e-mail. */
export function useRegister() {
  return useMutation({
    mutationFn: ({ meetingId, input }: { meetingId: string; input: RegistrationInput }) =>
      api.post<unknown>(`/api/forum-meetings/${enc(meetingId)}/registrations`, input),
  });
}
