import { Alert, BodyLong, Button, VStack } from '@navikt/ds-react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { PageHeading } from '../../shared/components/PageHeading';
import { useTexts } from '../i18n/useTexts';
import { pageTexts } from '../texts';
import { NotFoundPage } from './NotFoundPage';

/** Error boundary for the routes: an unexpected failure while rendering a page. */
export function RouteErrorPage() {
  const error = useRouteError();
  const t = useTexts(pageTexts);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = isApiError(error) ? error.message : t.errorBody;
  return (
    <VStack gap="space-16">
      <PageHeading>{t.errorTitle}</PageHeading>
      <Alert variant="error" role="alert">
        <BodyLong>{message}</BodyLong>
      </Alert>
      <div>
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          {t.reload}
        </Button>
      </div>
    </VStack>
  );
}
