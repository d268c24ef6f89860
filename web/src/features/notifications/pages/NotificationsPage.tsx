import { BodyLong, BodyShort, Button, Checkbox, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { useMarkAllRead, useMarkRead, useNotificationList, useNotificationPreferences, useUnreadCount } from '../api';
import { LiveStatus } from '../components/LiveStatus';
import { NotificationList, titleLinkId } from '../components/NotificationList';
import { PreferencesForm } from '../components/PreferencesForm';
import { notificationListTexts, preferenceTexts } from '../texts';
import type { NotificationItem } from '../types';

/** `/varsler`: the user's notifications, newest first, and what they want to be notified about. */
export function NotificationsPage() {
  const t = useTexts(notificationListTexts);
  const tp = useTexts(preferenceTexts);
  // The server writes texts in the saved language; the keys follow it.
  const { lang } = useSignedInUser();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const list = useNotificationList(lang, unreadOnly);
  const unread = useUnreadCount(true).data ?? 0;
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const preferences = useNotificationPreferences(lang);

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const handleMarkRead = (item: NotificationItem) => {
    setStatus(null);
    markRead.mutate(item.id, {
      onSuccess: () => {
        setStatus(t.marked);
        // The button is gone now; keep the keyboard user on the same notification.
        requestAnimationFrame(() => document.getElementById(titleLinkId(item.id))?.focus());
      },
    });
  };

  const handleMarkAll = () => {
    setStatus(null);
    markAll.mutate(undefined, { onSuccess: ({ marked }) => setStatus(t.allMarked(marked)) });
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>

      <Section title={t.listHeading}>
        <HStack gap="space-24" align="center" wrap>
          <Checkbox size="small" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)}>
            {t.onlyUnread}
          </Checkbox>
          <Button type="button" size="small" variant="secondary" onClick={handleMarkAll} loading={markAll.isPending}>
            {t.markAllRead}
          </Button>
        </HStack>
        <LiveStatus message={status} testId="notification-status" />
        {markRead.isError && <ApiErrorAlert error={markRead.error} size="small" />}
        {markAll.isError && <ApiErrorAlert error={markAll.error} size="small" />}
        {list.isPending && <LoadingState />}
        {list.isError && <ApiErrorAlert error={list.error} />}
        {list.isSuccess && items.length === 0 && <BodyShort>{unreadOnly ? t.emptyUnread : t.empty}</BodyShort>}
        {items.length > 0 && (
          <>
            <BodyShort id="notification-count">{t.count(items.length, unread)}</BodyShort>
            <NotificationList items={items} onMarkRead={handleMarkRead} pendingId={markRead.isPending ? (markRead.variables ?? null) : null} />
          </>
        )}
        {list.hasNextPage && (
          <div>
            <Button type="button" size="small" variant="tertiary" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t.showMore}
            </Button>
          </div>
        )}
      </Section>

      <Section title={tp.heading}>
        {preferences.isPending && <LoadingState />}
        {preferences.isError && <ApiErrorAlert error={preferences.error} />}
        {preferences.data && <PreferencesForm key={lang} initial={preferences.data} />}
      </Section>
    </VStack>
  );
}
