import { Alert, BodyLong, Button, VStack } from '@navikt/ds-react';
import { useSearchParams } from 'react-router-dom';
import { ApiErrorAlert } from '../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../shared/components/LoadingState';
import { PageHeading } from '../../shared/components/PageHeading';
import { useTexts } from '../i18n/useTexts';
import { useAuthConfig } from '../session/api';
import { DemoUserList } from './DemoUserList';
import { signInTexts } from './texts';

/** Sign-in: ID-porten/HelseID when configured, and the demo users in demo mode. */
export function SignInPage() {
  const t = useTexts(signInTexts);
  const config = useAuthConfig();
  // The server sends a person back here with ?error=CODE when the identity provider's answer is refused.
  const [params] = useSearchParams();
  const refused = params.get('error');
  return (
    <VStack gap="space-32" className="sign-in">
      <VStack gap="space-12">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong size="large">{t.intro}</BodyLong>
      </VStack>
      {refused && (
        <Alert variant="error" role="alert" data-testid="sign-in-refused">
          {t.signInRefused(refused)}
        </Alert>
      )}
      {config.isPending && <LoadingState />}
      {config.isError && <ApiErrorAlert error={config.error} />}
      {config.data?.oidc && (
        <div>
          <Button as="a" href="/api/auth/oidc/login">
            {t.oidcButton}
          </Button>
        </div>
      )}
      {config.data?.demo && <DemoUserList />}
      {config.data && !config.data.demo && !config.data.oidc && <BodyLong>{t.noSignIn}</BodyLong>}
    </VStack>
  );
}
