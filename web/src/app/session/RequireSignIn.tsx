import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ApiErrorAlert } from '../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../shared/components/LoadingState';
import { PageHeading } from '../../shared/components/PageHeading';
import { useTexts } from '../i18n/useTexts';
import { SignInPage } from '../signin/SignInPage';
import { pageTexts } from '../texts';
import { useMe } from './api';

/** The signed-in part of the app. At `/` a signed-out visitor sees the sign-in page. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  const t = useTexts(pageTexts);
  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    return (
      <>
        <PageHeading>{t.errorTitle}</PageHeading>
        <ApiErrorAlert error={me.error} />
      </>
    );
  }
  if (!me.data) {
    if (location.pathname === '/') return <SignInPage />;
    return <Navigate to="/logg-inn" replace />;
  }
  return <Outlet />;
}
