import { PlusIcon, XMarkIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Fieldset, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DirectoryPicker } from '../../directory-admin/components/DirectoryPicker';
import type { PickedEntry } from '../../directory-admin/types';
import { teamAdminTexts } from '../texts';

interface Props {
  served: PickedEntry[];
  onChange: (served: PickedEntry[]) => void;
  error?: string;
  fieldId: (field: string) => string;
  focusLater: (target: () => HTMLElement | null | undefined) => void;
}

/** The GP offices and municipalities a team serves: search the directory, add, remove. */
export function ServedOrganisations({ served, onChange, error, fieldId, focusLater }: Props) {
  const t = useTexts(teamAdminTexts);
  const [picked, setPicked] = useState<PickedEntry | null>(null);
  const add = () => {
    if (!picked) return;
    if (!served.some((o) => o.id === picked.id)) onChange([...served, picked]);
    setPicked(null);
  };
  return (
    <Fieldset id={fieldId('served')} legend={t.served} description={t.servedDescription} error={error}>
      <VStack gap="space-16">
        {served.length === 0 ? (
          <BodyShort>{t.servedNone}</BodyShort>
        ) : (
          <ul className="plain-list">
            {served.map((o, index) => (
              <li key={o.id}>
                <HStack gap="space-8" align="center">
                  <BodyShort>{o.name}</BodyShort>
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    icon={<XMarkIcon aria-hidden />}
                    onClick={() => {
                      onChange(served.filter((s) => s.id !== o.id));
                      focusLater(() => document.getElementById(fieldId(index > 0 ? `served-remove-${served[index - 1]!.id}` : 'served-search')));
                    }}
                    id={fieldId(`served-remove-${o.id}`)}
                  >
                    {t.removeServed(o.name)}
                  </Button>
                </HStack>
              </li>
            ))}
          </ul>
        )}
        <DirectoryPicker type="organisation" id={fieldId('served-search')} selected={picked} onSelect={setPicked} />
        <div>
          <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={add} disabled={!picked}>
            {t.addServed}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}
