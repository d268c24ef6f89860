import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../api/client';
import type { Dashboard, DashboardKey, DashboardQuery, GpFigures, Scopes } from './types';

export const insightKeys = {
  scopes: ['insights', 'scopes'] as const,
  dashboard: (key: DashboardKey, query: DashboardQuery) => ['insights', 'dashboard', key, query] as const,
  gp: (from: string, to: string) => ['insights', 'gp', from, to] as const,
};

export const useScopes = () => useQuery({ queryKey: insightKeys.scopes, queryFn: () => api.get<Scopes>('/api/insights/scopes') });

/** A dashboard; waits until the scope is complete (an area picked where one is needed). */
export function useDashboard(key: DashboardKey, query: DashboardQuery, enabled: boolean) {
  return useQuery({
    queryKey: insightKeys.dashboard(key, query),
    queryFn: () => api.get<Dashboard>(`/api/insights/dashboards/${key}`, { ...query }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export const dashboardCsvUrl = (key: DashboardKey, query: DashboardQuery) => buildUrl(`/api/insights/dashboards/${key}/export.csv`, { ...query });

export const useGpFigures = (from: string, to: string) =>
  useQuery({ queryKey: insightKeys.gp(from, to), queryFn: () => api.get<GpFigures>('/api/insights/gp/me', { from, to }), placeholderData: keepPreviousData });

export const gpCsvUrl = (from: string, to: string) => buildUrl('/api/insights/gp/me/export.csv', { from, to });
