import { LeaveIcon } from '@navikt/aksel-icons';
import { Hide, InternalHeader, Spacer } from '@navikt/ds-react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import type { Me } from '../../api/types';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { useRoleLabel } from '../i18n/roles';
import { useTexts } from '../i18n/useTexts';
import { useSignOut } from '../session/api';
import { shellTexts } from '../texts';
import { HeaderNav } from './HeaderNav';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';

/** Product name, navigation for the role, the user, language switch and sign-out. */
export function AppHeader({ me }: { me: Me | null }) {
  const t = useTexts(shellTexts);
  const roleLabel = useRoleLabel();
  const navigate = useNavigate();
  const signOut = useSignOut();

  const handleSignOut = () => {
    signOut.mutate(undefined, { onSettled: () => navigate('/logg-inn', { replace: true }) });
  };

  const description = me ? [roleLabel(me.role), me.organisation?.name].filter(Boolean).join(', ') : '';

  return (
    <InternalHeader className="app-header">
      <InternalHeader.Title as={RouterLink} to="/">
        {t.productName}
      </InternalHeader.Title>
      {me && <HeaderNav items={navigationFor(me)} user={{ name: me.name, description }} />}
      {!me && (
        <InternalHeader.Button as={RouterLink} to="/kunnskap">
          {t.navKnowledge}
        </InternalHeader.Button>
      )}
      <Spacer />
      {me && <NotificationBell />}
      <LanguageSwitch />
      {me && (
        <>
          <Hide below="md" asChild>
            <InternalHeader.User name={me.name} description={description} data-testid="header-user" />
          </Hide>
          <InternalHeader.Button type="button" onClick={handleSignOut} disabled={signOut.isPending}>
            <LeaveIcon aria-hidden fontSize="1.5rem" />
            {t.signOut}
          </InternalHeader.Button>
        </>
      )}
    </InternalHeader>
  );
}
