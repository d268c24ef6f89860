import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { directoryKeys } from '../directory/api';
import type {
  ContactRoleInput,
  OrganisationInput,
  OrganisationPatch,
  PersonInput,
  PersonPatch,
  PositionInput,
  PositionPatch,
  Saved,
} from './types';

const enc = encodeURIComponent;

/**
 * After a change the whole directory namespace is invalidated: names and positions show up on
 * search results, organisation pages and person pages alike. Only the queries on screen refetch;
 * the rest are marked stale. The mutation stays pending until the page's data is fresh, so the
 * success message and the new state appear together.
 */
function useDirectoryMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

export function useCreateOrganisation() {
  return useDirectoryMutation((input: OrganisationInput) => api.post<Saved>('/api/directory/organisations', input));
}

export function useUpdateOrganisation(id: string) {
  return useDirectoryMutation((patch: OrganisationPatch) =>
    api.patch<Saved>(`/api/directory/organisations/${enc(id)}`, patch),
  );
}

export function useCreatePerson() {
  return useDirectoryMutation((input: PersonInput) => api.post<Saved>('/api/directory/people', input));
}

export function useUpdatePerson(id: string) {
  return useDirectoryMutation((patch: PersonPatch) => api.patch<Saved>(`/api/directory/people/${enc(id)}`, patch));
}

export function useAddPosition(personId: string) {
  return useDirectoryMutation((input: PositionInput) =>
    api.post<Saved>(`/api/directory/people/${enc(personId)}/positions`, input),
  );
}

export function useUpdatePosition() {
  return useDirectoryMutation(({ id, patch }: { id: string; patch: PositionPatch }) =>
    api.patch<Saved>(`/api/directory/positions/${enc(id)}`, patch),
  );
}

export function useAddContactRole(organisationId: string) {
  return useDirectoryMutation((input: ContactRoleInput) =>
    api.post<Saved>(`/api/directory/organisations/${enc(organisationId)}/contact-roles`, input),
  );
}

export function useRemoveContactRole() {
  return useDirectoryMutation((id: string) => api.delete<void>(`/api/directory/contact-roles/${enc(id)}`));
}
