import { BodyShort, Button, Detail, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDateTime } from '../../../shared/format';
import { notificationListTexts } from '../texts';
import type { NotificationItem } from '../types';

/** The id of a notification's title link: focus goes there when its button goes away. */
export const titleLinkId = (id: string) => `notification-${id}`;

interface Props {
  items: NotificationItem[];
  onMarkRead(item: NotificationItem): void;
  /** The notification being marked, so its button can show progress. */
  pendingId: string | null;
}

/**
 * Notifications as a list, newest first. The title links to what it is about (following it marks
 * the notification as read); unread ones have a tag and their own "mark as read" button, named
 * with the title so a screen-reader user hears which one it is.
 */
export function NotificationList({ items, onMarkRead, pendingId }: Props) {
  const t = useTexts(notificationListTexts);
  const lang = useLang();
  return (
    <ul className="notification-list" data-testid="notification-list">
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li key={item.id} className={unread ? 'notification-list__item notification-list__item--unread' : 'notification-list__item'} data-read={unread ? 'false' : 'true'}>
            <VStack gap="space-4">
              <HStack gap="space-8" align="center" wrap>
                <Link as={RouterLink} to={item.link} id={titleLinkId(item.id)} onClick={() => unread && onMarkRead(item)}>
                  <BodyShort as="span" weight={unread ? 'semibold' : 'regular'}>
                    {item.title}
                  </BodyShort>
                </Link>
                {unread && (
                  <Tag size="xsmall" variant="moderate" data-color="info">
                    {t.unreadTag}
                  </Tag>
                )}
              </HStack>
              {item.body && <BodyShort size="small">{item.body}</BodyShort>}
              <HStack gap="space-16" align="center" wrap>
                <Detail>
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang)}</time>
                </Detail>
                {unread && (
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    aria-label={t.markRead(item.title)}
                    loading={pendingId === item.id}
                    onClick={() => onMarkRead(item)}
                  >
                    {t.markReadShort}
                  </Button>
                )}
              </HStack>
            </VStack>
          </li>
        );
      })}
    </ul>
  );
}
