import { QueryClient } from '@tanstack/react-query';
import { setUnauthenticatedHandler } from '../api/client';
import { isApiError } from '../api/errors';
import { sessionKeys } from './session/api';

/**
 * Reads of personal data are audited on the server, so data is not refetched just because the
 * window regains focus, and client errors (4xx) are never retried.
 */
export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  setUnauthenticatedHandler(() => queryClient.setQueryData(sessionKeys.me, null));
  return queryClient;
}
