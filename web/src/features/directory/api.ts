import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OrgKind } from '../../api/types';
import type { OrgDetail, PersonDetail, SearchResult, SearchType } from './types';

export interface DirectorySearchParams {
  q: string;
  type: SearchType;
  orgKind: OrgKind | '';
  /** Also deactivated entries (administrators, to find them again). */
  includeInactive?: boolean;
}

export const MIN_QUERY_LENGTH = 2;
/** The server refuses longer queries. */
export const MAX_QUERY_LENGTH = 100;

export const directoryKeys = {
  all: ['directory'] as const,
  search: (params: DirectorySearchParams) => ['directory', 'search', params] as const,
  organisation: (id: string) => ['directory', 'organisation', id] as const,
  person: (id: string) => ['directory', 'person', id] as const,
};

/** Search as you type; the previous results stay on screen while the next ones load. */
export function useDirectorySearch(params: DirectorySearchParams) {
  return useQuery({
    queryKey: directoryKeys.search(params),
    queryFn: ({ signal }) =>
      api.get<SearchResult>(
        '/api/directory/search',
        {
          q: params.q,
          type: params.type,
          orgKind: params.type === 'person' ? undefined : params.orgKind,
          includeInactive: params.includeInactive ? 'true' : undefined,
        },
        signal,
      ),
    enabled: params.q.length >= MIN_QUERY_LENGTH,
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string, enabled = true) {
  return useQuery({
    queryKey: directoryKeys.organisation(id),
    queryFn: ({ signal }) =>
      api.get<OrgDetail>(`/api/directory/organisations/${encodeURIComponent(id)}`, undefined, signal),
    enabled: enabled && id !== '',
  });
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: directoryKeys.person(id),
    queryFn: ({ signal }) =>
      api.get<PersonDetail>(`/api/directory/people/${encodeURIComponent(id)}`, undefined, signal),
  });
}
