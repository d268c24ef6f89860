import { BellIcon } from '@navikt/aksel-icons';
import { InternalHeader } from '@navikt/ds-react';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useUnreadCount } from '../api';
import { bellTexts } from '../texts';

export const NOTIFICATIONS_PATH = '/varsler';

/**
 * The header's link to /varsler with the unread count, asked for every minute. Its accessible name
 * carries the count ("Varsler, 3 uleste"); the visible badge repeats it for sighted users.
 */
export function NotificationBell() {
  const t = useTexts(bellTexts);
  const { pathname } = useLocation();
  const unread = useUnreadCount(true).data ?? 0;
  const current = pathname === NOTIFICATIONS_PATH;
  return (
    <InternalHeader.Button
      as={RouterLink}
      to={NOTIFICATIONS_PATH}
      aria-label={t.accessibleName(unread)}
      aria-current={current ? 'page' : undefined}
      isActive={current}
      className="notification-bell"
      data-testid="notification-bell"
    >
      <BellIcon aria-hidden fontSize="1.5rem" />
      <span className="notification-bell__label">{t.label}</span>
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden>
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </InternalHeader.Button>
  );
}
