import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, setCsrfToken } from '../../api/client';
import { isApiError } from '../../api/errors';
import type { Lang, Me, OrgRef, Role } from '../../api/types';

export const sessionKeys = {
  me: ['session', 'me'] as const,
  authConfig: ['session', 'auth-config'] as const,
  demoUsers: ['session', 'demo-users'] as const,
};

export interface AuthConfig {
  demo: boolean;
  oidc: boolean;
}

export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  organisation: OrgRef | null;
  description: string | null;
}

interface SignInAnswer {
  user: Me;
  csrfToken: string;
}

/** `GET /api/me`: the signed-in user, or null when not signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await apiRequest<Me>('/api/me', { allowUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: sessionKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in user; only for components rendered inside the signed-in part of the app. */
export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser used outside the signed-in area');
  return data;
}

export function useAuthConfig() {
  return useQuery({
    queryKey: sessionKeys.authConfig,
    queryFn: () => api.get<AuthConfig>('/api/auth/config'),
    staleTime: Infinity,
  });
}

export function useDemoUsers(enabled: boolean) {
  return useQuery({
    queryKey: sessionKeys.demoUsers,
    queryFn: () => api.get<DemoUser[]>('/api/auth/demo-users'),
    enabled,
    staleTime: Infinity,
  });
}

/**
 * Demo sign-in. The language chosen on the sign-in page wins: it is saved as the user's
 * preference when it differs from the stored one.
 */
export function useDemoSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId }: { userId: string; lang: Lang }) =>
      api.post<SignInAnswer>('/api/auth/demo', { userId }),
    onSuccess: ({ user, csrfToken }, { lang }) => {
      setCsrfToken(csrfToken);
      queryClient.setQueryData<Me>(sessionKeys.me, { ...user, csrfToken, lang });
      if (user.lang !== lang) {
        api.put<Me>('/api/me/preferences', { lang }).catch(() => undefined);
      }
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData(sessionKeys.me, null);
    },
  });
}

export function useSaveLanguagePreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lang: Lang) => api.put<Me>('/api/me/preferences', { lang }),
    onSuccess: (me) => {
      if (me.csrfToken) setCsrfToken(me.csrfToken);
      queryClient.setQueryData<Me | null>(sessionKeys.me, (old) => (old ? { ...old, ...me } : me));
    },
  });
}
