import { Navigate } from 'react-router-dom';
import { LoadingState } from '../../shared/components/LoadingState';
import { SignInPage } from '../signin/SignInPage';
import { useMe } from './api';

/** `/logg-inn`: the sign-in page, or home when already signed in. */
export function SignInRoute() {
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.data) return <Navigate to="/" replace />;
  return <SignInPage />;
}
