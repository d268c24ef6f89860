import { BodyLong, Button, VStack } from '@navikt/ds-react';
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
  return (
    <VStack gap="space-32" className="sign-in">
      <VStack gap="space-12">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong size="large">{t.intro}</BodyLong>
      </VStack>
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
