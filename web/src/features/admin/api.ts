import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client';
import { isApiError } from '../../api/errors';
import { directoryKeys } from '../directory/api';
import type { AuditEntry, AuditFilter, ImportAnswer, ImportKind, RejectedRow } from './types';

export const adminKeys = {
  audit: (filter: AuditFilter) => ['admin', 'audit', filter] as const,
};

export function useAuditSearch(filter: AuditFilter) {
  return useQuery({
    queryKey: adminKeys.audit(filter),
    queryFn: ({ signal }) => api.get<AuditEntry[]>('/api/audit', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Posts CSV text to the directory import; refreshes directory data after a success. */
export function useDirectoryImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, csv }: { kind: ImportKind; csv: string }) =>
      apiRequest<ImportAnswer>(`/api/directory/import/${kind}`, {
        method: 'POST',
        body: csv,
        contentType: 'text/csv',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

/** The rejected rows of a 422 `IMPORT_REJECTED` answer, if any. */
export function rejectedRows(error: unknown): RejectedRow[] {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return [];
  const rows = (error.details as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) return [];
  return rows.filter(
    (row): row is RejectedRow =>
      typeof row === 'object' && row !== null && typeof (row as RejectedRow).reason === 'string',
  );
}
