import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useMe } from '../../app/session/api';
import type {
  ArticleContent,
  Comparison,
  EditorListItem,
  EntryKind,
  EntryStatus,
  EntryView,
  FacetKey,
  GuideQuestion,
  KnowledgeList,
  MeasureContent,
  ModelContent,
  ModelList,
  ModelSite,
  PublishedPage,
  SearchResult,
  ToolContent,
  Transition,
  VersionView,
} from './types';

const enc = encodeURIComponent;

/** Public pages keep their own key root: signing out clears the rest, not these. */
export const catalogueKeys = {
  public: ['public-catalogue'] as const,
  models: (query: string) => ['public-catalogue', 'models', query] as const,
  page: (kind: EntryKind, slug: string) => ['public-catalogue', 'page', kind, slug] as const,
  list: (kind: EntryKind) => ['public-catalogue', 'list', kind] as const,
  compare: (m: string) => ['public-catalogue', 'compare', m] as const,
  search: (q: string, kind: string, page: number) => ['public-catalogue', 'search', q, kind, page] as const,
  editor: ['catalogue-editor'] as const,
  me: ['catalogue-editor', 'me'] as const,
  entries: (status: string, kind: string) => ['catalogue-editor', 'entries', status, kind] as const,
  entry: (id: string) => ['catalogue-editor', 'entry', id] as const,
  version: (id: string, version: number) => ['catalogue-editor', 'version', id, version] as const,
  guide: ['catalogue-editor', 'guide'] as const,
};

/** The API path segment and the web path word of each kind. */
const API_LIST: Record<Exclude<EntryKind, 'model'>, string> = { measure: 'measures', article: 'articles', checklist: 'checklists', template: 'templates' };
export const WEB_WORD: Record<EntryKind, string> = { model: 'modeller', measure: 'tiltak', article: 'regler', checklist: 'sjekkliste', template: 'mal' };
/** The word internal links in content use for each kind (server: domain/kinds.ts LINK_WORD), with the web's own words. */
const KIND_OF_LINK_WORD: Record<string, EntryKind> = { modell: 'model', modeller: 'model', tiltak: 'measure', artikkel: 'article', regler: 'article', sjekkliste: 'checklist', mal: 'template' };

export const entryPath = (kind: EntryKind, slug: string) => `/kunnskap/${WEB_WORD[kind]}/${enc(slug)}`;
export const comparePath = (slugs: string[]) => `/kunnskap/sammenlign?m=${slugs.map(enc).join(',')}`;
export const editorEntryPath = (id: string) => `/kunnskap/redaksjon/${enc(id)}`;
export const editorVersionPath = (id: string, version: number) => `/kunnskap/redaksjon/${enc(id)}/versjoner/${version}`;

/** `/kunnskap/<word>/<slug>` as written in content → the web page it means, or null. */
export function internalHref(href: string): string | null {
  const match = /^\/kunnskap\/([a-z]+)\/([a-z0-9-]+)$/.exec(href);
  const kind = match ? KIND_OF_LINK_WORD[match[1]!] : undefined;
  return match && kind ? entryPath(kind, match[2]!) : null;
}

export function useModels(query: URLSearchParams) {
  const key = query.toString();
  return useQuery({
    queryKey: catalogueKeys.models(key),
    queryFn: ({ signal }) => api.get<ModelList>(`/api/public/catalogue/models${key ? `?${key}` : ''}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export type FacetSelection = Partial<Record<FacetKey, string[]>>;

export function usePublishedModel(slug: string) {
  return useQuery({
    queryKey: catalogueKeys.page('model', slug),
    queryFn: ({ signal }) => api.get<PublishedPage<ModelContent>>(`/api/public/catalogue/models/${enc(slug)}`, undefined, signal),
    enabled: slug !== '',
  });
}

export function usePublishedEntry<C extends MeasureContent | ArticleContent | ToolContent>(kind: Exclude<EntryKind, 'model'>, slug: string) {
  return useQuery({
    queryKey: catalogueKeys.page(kind, slug),
    queryFn: ({ signal }) => api.get<PublishedPage<C>>(`/api/public/catalogue/${API_LIST[kind]}/${enc(slug)}`, undefined, signal),
    enabled: slug !== '',
  });
}

export function useKnowledgeList(kind: Exclude<EntryKind, 'model'>) {
  return useQuery({
    queryKey: catalogueKeys.list(kind),
    queryFn: ({ signal }) => api.get<KnowledgeList>(`/api/public/catalogue/${API_LIST[kind]}`, undefined, signal),
  });
}

export function useComparison(slugs: string[]) {
  const m = slugs.join(',');
  return useQuery({
    queryKey: catalogueKeys.compare(m),
    queryFn: ({ signal }) => api.get<Comparison>('/api/public/catalogue/compare', { m }, signal),
    enabled: slugs.length > 0,
    retry: false,
  });
}

export function useCatalogueSearch(q: string, kind: string, page: number) {
  return useQuery({
    queryKey: catalogueKeys.search(q, kind, page),
    queryFn: ({ signal }) => api.get<SearchResult>('/api/public/catalogue/search', { q, kind, page }, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
}

// Editing (signed in)

/** Whether the signed-in user edits the catalogue; false without asking when nobody is signed in. */
export function useIsEditor(): boolean {
  const me = useMe();
  const query = useQuery({
    queryKey: catalogueKeys.me,
    queryFn: ({ signal }) => api.get<{ editor: boolean }>('/api/catalogue/me', undefined, signal),
    enabled: !!me.data,
    staleTime: 5 * 60_000,
  });
  return !!me.data && query.data?.editor === true;
}

export function useEditorEntries(status: EntryStatus | '', kind: EntryKind | '') {
  return useQuery({
    queryKey: catalogueKeys.entries(status, kind),
    queryFn: ({ signal }) => api.get<{ items: EditorListItem[] }>('/api/catalogue/entries', { status, kind }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useEditorEntry(id: string) {
  return useQuery({
    queryKey: catalogueKeys.entry(id),
    queryFn: ({ signal }) => api.get<EntryView>(`/api/catalogue/entries/${enc(id)}`, undefined, signal),
    enabled: id !== '',
    staleTime: 0,
  });
}

export function useEntryVersion(id: string, version: number) {
  return useQuery({
    queryKey: catalogueKeys.version(id, version),
    queryFn: ({ signal }) => api.get<VersionView>(`/api/catalogue/entries/${enc(id)}/versions/${version}`, undefined, signal),
    enabled: id !== '' && version > 0,
  });
}

export function useInterviewGuide() {
  return useQuery({
    queryKey: catalogueKeys.guide,
    queryFn: ({ signal }) => api.get<{ questions: GuideQuestion[] }>('/api/catalogue/interview-guide', undefined, signal),
    staleTime: Infinity,
  });
}

/** After any editorial write: the editor's views and the public pages may both have changed. */
function useAfterWrite() {
  const client = useQueryClient();
  return (entry: EntryView) => {
    client.setQueryData(catalogueKeys.entry(entry.id), entry);
    void client.invalidateQueries({ queryKey: ['catalogue-editor', 'entries'] });
    void client.invalidateQueries({ queryKey: catalogueKeys.public });
  };
}

export function useCreateEntry() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (input: { kind: EntryKind; slug: string; content: Record<string, unknown>; changeNote?: string }) => api.post<EntryView>('/api/catalogue/entries', input),
    onSuccess: after,
  });
}

export function useDraftFromInterview() {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (input: { slug: string; title: string; answers: Record<string, string>; sites?: ModelSite[]; informant?: string }) => api.post<EntryView>('/api/catalogue/interviews', input),
    onSuccess: after,
  });
}

export function useSaveEntry(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (input: { baseVersion: number; content: Record<string, unknown>; changeNote?: string }) => api.put<EntryView>(`/api/catalogue/entries/${enc(id)}`, input),
    onSuccess: after,
  });
}

export function useTransition(id: string) {
  const after = useAfterWrite();
  return useMutation({
    mutationFn: (input: { action: Transition; version: number; note?: string }) => api.post<EntryView>(`/api/catalogue/entries/${enc(id)}/transitions`, input),
    onSuccess: after,
  });
}
