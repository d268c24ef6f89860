import { Page } from '@navikt/ds-react';
import { Outlet } from 'react-router-dom';
import { useMe } from '../session/api';
import { AppHeader } from './AppHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useAdoptUserLanguage } from './useAdoptUserLanguage';
import { useFocusOnNavigate } from './useFocusOnNavigate';

/** The frame around every page: skip link, header and the main landmark. */
export function RootLayout() {
  const { data: me } = useMe();
  useAdoptUserLanguage(me);
  useFocusOnNavigate();
  return (
    <Page className="app-page">
      <SkipLink />
      <AppHeader me={me ?? null} />
      <Page.Block as="main" id={MAIN_CONTENT_ID} tabIndex={-1} width="xl" gutters className="app-main">
        <Outlet />
      </Page.Block>
    </Page>
  );
}
