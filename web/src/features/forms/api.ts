import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { sickLeaveKeys } from '../sickleave/api';
import type { CaseForms, CommentKind, DraftSaved, FormTemplate, FormValues, FormView, SickNoteText, TemplateSummary } from './types';

const enc = encodeURIComponent;

export const formKeys = {
  all: ['forms'] as const,
  templates: ['forms', 'templates'] as const,
  forCase: (caseId: string) => ['forms', 'case', caseId] as const,
  form: (id: string) => ['forms', 'form', id] as const,
};

export function formPath(id: string): string {
  return `/skjema/${enc(id)}`;
}

/** Same origin and the session cookie: a plain link downloads the revision as the viewer may see it. */
export function formPdfUrl(id: string, revision?: number): string {
  return `/api/forms/${enc(id)}/pdf${revision === undefined ? '' : `?revision=${revision}`}`;
}

export function useFormTemplates() {
  return useQuery({
    queryKey: formKeys.templates,
    queryFn: ({ signal }) => api.get<TemplateSummary[] | { templates: TemplateSummary[] }>('/api/forms/templates', undefined, signal),
    select: (data) => (Array.isArray(data) ? data : data.templates),
    staleTime: 10 * 60_000,
  });
}

export function useCaseForms(caseId: string) {
  return useQuery({
    queryKey: formKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<CaseForms>(`/api/cases/${enc(caseId)}/forms`, undefined, signal),
    enabled: caseId !== '',
  });
}

/** One form; fetched afresh when the page mounts (others write and approve it too). */
export function useForm(id: string) {
  return useQuery({
    queryKey: formKeys.form(id),
    queryFn: ({ signal }) => api.get<FormView>(`/api/forms/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

/** A form seen alongside another (the earlier round of "Funksjon i arbeid"). */
export function fetchForm(id: string, signal?: AbortSignal) {
  return api.get<FormView>(`/api/forms/${enc(id)}`, undefined, signal);
}

export function useCreateForm(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (templateKey: string) => api.post<FormView>(`/api/cases/${enc(caseId)}/forms`, { templateKey }),
    onSuccess: (form) => {
      queryClient.setQueryData(formKeys.form(form.id), form);
      void queryClient.invalidateQueries({ queryKey: formKeys.forCase(caseId), refetchType: 'none' });
    },
  });
}

export function saveDraft(id: string, values: FormValues, editCount: number) {
  return api.put<DraftSaved>(`/api/forms/${enc(id)}/draft`, { values, editCount });
}

/**
 * A step in the form's life: the answer is the form as it now is, shown at once; the case (its
 * list of forms, and its timeline when a follow-up plan is shared) is refetched before the
 * mutation settles, so the message and the new state appear together.
 */
function useFormAction<TVariables>(id: string, path: string, body: (variables: TVariables) => unknown) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => api.post<FormView>(`/api/forms/${enc(id)}/${path}`, body(variables)),
    onSuccess: async (form) => {
      queryClient.setQueryData(formKeys.form(form.id), form);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: formKeys.forCase(form.caseId) }),
        queryClient.invalidateQueries({ queryKey: sickLeaveKeys.all, refetchType: 'none' }),
      ]);
    },
  });
}

export const useApproveForm = (id: string) => useFormAction<void>(id, 'approve', () => ({}));
export const useShareForm = (id: string) => useFormAction<void>(id, 'share', () => ({}));
export const useReviseForm = (id: string) => useFormAction<void>(id, 'revise', () => ({}));
export const useCommentOnForm = (id: string) => useFormAction<{ text: string; kind: CommentKind }>(id, 'comments', (input) => input);

export function fetchSickNoteText(id: string) {
  return api.get<SickNoteText>(`/api/forms/${enc(id)}/sick-note-text`);
}

/** What a person's latest job list and "Funksjon i arbeid" give the GP's sick note (null when the person has none). */
export interface SickNoteTexts {
  job: { formId: string; updatedAt: string; text: string; truncated: boolean } | null;
  function: { formId: string; updatedAt: string; text: string; truncated: boolean } | null;
}

export function useSickNoteTexts(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['forms', 'sick-note-texts', citizenId] as const,
    queryFn: ({ signal }) => api.get<SickNoteTexts>(`/api/citizens/${enc(citizenId)}/sick-note-texts`, undefined, signal),
    enabled: enabled && citizenId !== '',
  });
}

/** One version of a template, whole (the admin page shows it as JSON). Versions never change, so it is kept. */
export function useFormTemplate(key: string, version: number | undefined) {
  return useQuery({
    queryKey: [...formKeys.templates, key, version] as const,
    queryFn: ({ signal }) => api.get<FormTemplate>(`/api/forms/templates/${enc(key)}/${version ?? 0}`, undefined, signal),
    enabled: key !== '' && version !== undefined,
    staleTime: Infinity,
  });
}

/** `POST /api/admin/form-templates`: a new version, checked whole by the server; the list is refetched. */
export function usePublishFormTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: unknown) => api.post<{ key: string; version: number }>('/api/admin/form-templates', template),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.templates }),
  });
}
