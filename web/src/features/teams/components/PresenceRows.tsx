import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import type { NamedRef } from '../types';
import { newPresence, presenceField, type PresenceValue } from '../membersForm';
import { teamAdminTexts } from '../texts';
import { useTeamVocabulary } from '../vocabulary';

interface Props {
  memberName: string;
  presence: PresenceValue[];
  offices: NamedRef[];
  onChange: (presence: PresenceValue[]) => void;
  errors: Record<string, string>;
  fieldId: (field: string) => string;
  focusLater: (target: () => HTMLElement | null | undefined) => void;
}

/** Where and on which weekdays a member is present: office, weekday, from and to. */
export function PresenceRows({ memberName, presence, offices, onChange, errors, fieldId, focusLater }: Props) {
  const t = useTexts(teamAdminTexts);
  const v = useTeamVocabulary();
  const update = (rowKey: string, patch: Partial<PresenceValue>) => onChange(presence.map((p) => (p.rowKey === rowKey ? { ...p, ...patch } : p)));
  const addId = fieldId(`presence-add-${memberName}`);
  return (
    <Fieldset legend={`${t.presence}: ${memberName}`} hideLegend size="small">
      <VStack gap="space-12">
        {presence.length === 0 && <BodyShort size="small">{t.presenceNone}</BodyShort>}
        {presence.map((p) => (
          <HStack key={p.rowKey} gap="space-12" align="end" wrap>
            <Select id={fieldId(presenceField(p.rowKey, 'office'))} size="small" label={t.office} value={p.organisationId} onChange={(e) => update(p.rowKey, { organisationId: e.target.value })} error={errors[presenceField(p.rowKey, 'office')]}>
              <option value="">{t.chooseOffice}</option>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
            <Select size="small" label={t.weekday} value={p.weekday} onChange={(e) => update(p.rowKey, { weekday: Number(e.target.value) })}>
              {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                <option key={day} value={day}>
                  {v.weekday(day)}
                </option>
              ))}
            </Select>
            <TextField id={fieldId(presenceField(p.rowKey, 'from'))} size="small" label={t.from} value={p.from} onChange={(e) => update(p.rowKey, { from: e.target.value })} error={errors[presenceField(p.rowKey, 'from')]} htmlSize={6} inputMode="numeric" autoComplete="off" />
            <TextField id={fieldId(presenceField(p.rowKey, 'to'))} size="small" label={t.to} value={p.to} onChange={(e) => update(p.rowKey, { to: e.target.value })} error={errors[presenceField(p.rowKey, 'to')]} htmlSize={6} inputMode="numeric" autoComplete="off" />
            <Button
              type="button"
              size="small"
              variant="tertiary"
              icon={<TrashIcon aria-hidden />}
              onClick={() => {
                onChange(presence.filter((x) => x.rowKey !== p.rowKey));
                focusLater(() => document.getElementById(addId));
              }}
            >
              {t.removePresence}
            </Button>
          </HStack>
        ))}
        <div>
          <Button
            id={addId}
            type="button"
            size="small"
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            onClick={() => {
              const next = newPresence(offices[0]?.id ?? '');
              onChange([...presence, next]);
              focusLater(() => document.getElementById(fieldId(presenceField(next.rowKey, 'office'))));
            }}
          >
            {t.addPresence}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}
