import { MenuHamburgerIcon } from '@navikt/aksel-icons';
import { ActionMenu, BodyShort, Detail, Hide, InternalHeader, Show } from '@navikt/ds-react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { useTexts } from '../i18n/useTexts';
import { shellTexts } from '../texts';
import type { NavItem } from './navigation';

function isCurrent(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

interface Props {
  items: NavItem[];
  /** Shown at the top of the narrow-screen menu, where the header has no room for it. */
  user: { name: string; description: string };
}

/** Role-dependent main navigation: header links on wide screens, a menu on narrow ones. */
export function HeaderNav({ items, user }: Props) {
  const t = useTexts(shellTexts);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = items.find((item) => isCurrent(pathname, item.to))?.to;

  return (
    <>
      <Hide below="lg" asChild>
        <nav aria-label={t.mainNavigation} className="header-nav">
          <ul className="header-nav__list">
            {items.map((item) => (
              <li key={item.to}>
                <InternalHeader.Button
                  as={RouterLink}
                  to={item.to}
                  isActive={item.to === current}
                  aria-current={item.to === current ? 'page' : undefined}
                >
                  {t[item.label]}
                </InternalHeader.Button>
              </li>
            ))}
          </ul>
        </nav>
      </Hide>
      <Show below="lg" asChild>
        <nav aria-label={t.mainNavigation} className="header-nav">
          <ActionMenu>
            <ActionMenu.Trigger>
              <InternalHeader.Button type="button">
                <MenuHamburgerIcon aria-hidden fontSize="1.5rem" />
                {t.menu}
              </InternalHeader.Button>
            </ActionMenu.Trigger>
            <ActionMenu.Content>
              <ActionMenu.Label>
                <div>
                  <BodyShort size="small" weight="semibold">
                    {user.name}
                  </BodyShort>
                  {user.description && <Detail>{user.description}</Detail>}
                </div>
              </ActionMenu.Label>
              <ActionMenu.Divider />
              {items.map((item) => (
                <ActionMenu.Item key={item.to} onSelect={() => navigate(item.to)}>
                  {t[item.label]}
                </ActionMenu.Item>
              ))}
            </ActionMenu.Content>
          </ActionMenu>
        </nav>
      </Show>
    </>
  );
}
