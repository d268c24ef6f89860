import { Alert, VStack } from '@navikt/ds-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../../../api/client';
import { useTexts } from '../../../app/i18n/useTexts';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { catalogueKeys } from '../api';
import { editorTexts } from '../texts/editor';

/** Shows the page only to editors (admins and holders of the catalogue_editor grant). The server decides; this is for clarity. */
export function RequireEditor({ children }: { children: ReactNode }) {
  const t = useTexts(editorTexts);
  const me = useQuery({ queryKey: catalogueKeys.me, queryFn: ({ signal }) => api.get<{ editor: boolean }>('/api/catalogue/me', undefined, signal), staleTime: 5 * 60_000 });
  if (me.isPending) return <LoadingState />;
  if (me.data?.editor) return children;
  return (
    <VStack gap="space-16">
      <PageHeading>{t.listTitle}</PageHeading>
      <Alert variant="warning">{t.notEditor}</Alert>
    </VStack>
  );
}
