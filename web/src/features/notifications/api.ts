import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Lang } from '../../api/types';
import type { Channels, NotificationPage, NotificationPreferences } from './types';

const PAGE_SIZE = 20;
/** How often the header asks for the unread count (and an open list for news). */
export const POLL_MS = 60_000;

// Texts come in the language saved on the server (me.lang), so that is part of the keys: a
// language change refetches once the server has it.
export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  lists: ['notifications', 'list'] as const,
  list: (lang: Lang, unreadOnly: boolean) => ['notifications', 'list', lang, unreadOnly] as const,
  preferences: (lang: Lang) => ['notifications', 'preferences', lang] as const,
};

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => api.get<{ count: number }>('/api/notifications/unread-count', undefined, signal),
    enabled,
    refetchInterval: POLL_MS,
    staleTime: POLL_MS / 2,
    select: (data) => data.count,
  });
}

export function useNotificationList(lang: Lang, unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(lang, unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      api.get<NotificationPage>('/api/notifications', { unread: unreadOnly ? 'true' : undefined, before: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    refetchInterval: POLL_MS,
  });
}

type ListData = InfiniteData<NotificationPage, string | null>;

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ id: string; readAt: string }>(`/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: ({ id, readAt }) => {
      // Mark it in every cached list at once, so the row changes without a refetch and keeps its place.
      queryClient.setQueriesData<ListData>({ queryKey: notificationKeys.lists }, (data) =>
        data && {
          ...data,
          pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === id ? { ...item, readAt } : item)) })),
        },
      );
      return queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount });
    },
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/api/notifications/read-all'),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: notificationKeys.lists }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount }),
      ]),
  });
}

export function useNotificationPreferences(lang: Lang) {
  return useQuery({
    queryKey: notificationKeys.preferences(lang),
    queryFn: ({ signal }) => api.get<NotificationPreferences>('/api/me/notification-preferences', undefined, signal),
  });
}

export function useSaveNotificationPreferences(lang: Lang) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: (Channels & { event: string })[]) =>
      api.put<NotificationPreferences>('/api/me/notification-preferences', { preferences }),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(lang), saved),
  });
}
