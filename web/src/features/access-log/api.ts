import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AccessLogEntry } from './types';

export const accessLogKeys = {
  all: ['access-log'] as const,
};

export function useAccessLog() {
  return useQuery({
    queryKey: accessLogKeys.all,
    queryFn: ({ signal }) => api.get<AccessLogEntry[]>('/api/me/access-log', undefined, signal),
  });
}
