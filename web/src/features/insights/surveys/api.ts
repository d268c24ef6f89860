import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { ComposeInput, QuestionBank, Questionnaire, Survey, SurveyResults } from './types';

const enc = encodeURIComponent;

export const SURVEYS_PATH = '/innsikt/sporreundersokelser';
export const NEW_SURVEY_PATH = `${SURVEYS_PATH}/ny`;
export const surveyPath = (id: string) => `${SURVEYS_PATH}/${enc(id)}`;

export const surveyKeys = {
  all: ['surveys'] as const,
  bank: ['surveys', 'bank'] as const,
  list: ['surveys', 'list'] as const,
  one: (id: string) => ['surveys', 'one', id] as const,
  results: (id: string) => ['surveys', 'results', id] as const,
};

export const useSurveyBank = () => useQuery({ queryKey: surveyKeys.bank, queryFn: () => api.get<QuestionBank>('/api/insights/survey-bank'), staleTime: Infinity });
export const useSurveys = () => useQuery({ queryKey: surveyKeys.list, queryFn: () => api.get<Survey[]>('/api/insights/surveys') });
export const useSurvey = (id: string) => useQuery({ queryKey: surveyKeys.one(id), queryFn: () => api.get<Survey>(`/api/insights/surveys/${enc(id)}`) });
export const useSurveyResults = (id: string, enabled: boolean) =>
  useQuery({ queryKey: surveyKeys.results(id), queryFn: () => api.get<SurveyResults>(`/api/insights/surveys/${enc(id)}/results`), enabled });

export function useComposeSurvey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ComposeInput) => api.post<Survey>('/api/insights/surveys', input),
    onSuccess: (survey) => {
      client.setQueryData(surveyKeys.one(survey.id), survey);
      void client.invalidateQueries({ queryKey: surveyKeys.list });
    },
  });
}

/** Open (with its closing date) or close a round; the answer is the survey as it now stands. */
export function useSurveyAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'open'; closesOn: string } | { kind: 'close' }) =>
      action.kind === 'open'
        ? api.post<Survey>(`/api/insights/surveys/${enc(id)}/open`, { closesOn: action.closesOn })
        : api.post<Survey>(`/api/insights/surveys/${enc(id)}/close`),
    onSuccess: (survey) => {
      client.setQueryData(surveyKeys.one(id), survey);
      void client.invalidateQueries({ queryKey: surveyKeys.list });
      void client.invalidateQueries({ queryKey: surveyKeys.results(id) });
    },
  });
}

// The respondent's side: the token goes in the body, never in a URL the server sees.
const publicKey = (token: string) => ['public-survey', token] as const;

export const useQuestionnaire = (token: string) =>
  useQuery({ queryKey: publicKey(token), queryFn: () => api.post<Questionnaire>('/api/public/survey-invitation', { token }), enabled: token !== '', retry: false });

export const useSubmitAnswers = () =>
  useMutation({ mutationFn: (input: { token: string; answers: Record<string, string> }) => api.post<{ received: true }>('/api/public/survey-answers', input) });
