import { BodyShort, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { useUpdateBody } from '../manageApi';
import { adminTexts } from '../texts';
import type { BodyDetail } from '../types';
import { BodyForm } from './BodyForm';

/** The leader, secretary or an admin edits the body's settings (the server allows its managers). */
export function BodySettingsPanel({ body }: { body: BodyDetail }) {
  const t = useTexts(adminTexts);
  const update = useUpdateBody(body.id);
  return (
    <VStack gap="space-16">
      <BodyShort>{t.settingsIntro}</BodyShort>
      <BodyForm key={body.id} body={body} saving={update.isPending} onSave={(input) => update.mutateAsync(input)} />
    </VStack>
  );
}
