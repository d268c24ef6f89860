import { BodyShort, Box, Button, HStack, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { formatDate } from '../../../../shared/format';
import { useRemoveSlotCase, useUpdateSlotCase } from '../api';
import { slotTexts, slotWord } from '../texts';
import type { SlotCase } from '../types';
import { ToMeetingForm } from './ToMeetingForm';

const COLOUR = { listed: 'neutral', discussed: 'success', to_meeting: 'info' } as const;

/** One listed case: who, since when, what was noted; the adviser marks it gone through, takes it off, or convenes a meeting. */
export function SlotCaseItem({ slotCase, canEdit, upcoming }: { slotCase: SlotCase; canEdit: boolean; upcoming: boolean }) {
  const t = useTexts(slotTexts);
  const update = useUpdateSlotCase();
  const remove = useRemoveSlotCase();
  const [convening, setConvening] = useState(false);
  const c = slotCase;
  return (
    <Box padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle" data-testid="slot-case">
      <VStack gap="space-8">
        <HStack gap="space-8" align="center" justify="space-between">
          <AppLink to={`/saker/${encodeURIComponent(c.caseId)}`}>{c.citizen.name}</AppLink>
          <Tag size="xsmall" variant="moderate" data-color={COLOUR[c.status]}>
            {slotWord(t, 'caseStatus', c.status)}
          </Tag>
        </HStack>
        <BodyShort size="small" className="arena-outreach-subtle">{t.caseSince(formatDate(c.firstDay))}</BodyShort>
        {c.note && <BodyShort size="small">{c.note}</BodyShort>}
        {c.dialogueMeetingId && <AppLink to={`/dialogmoter/${encodeURIComponent(c.dialogueMeetingId)}`}>{t.openMeeting}</AppLink>}
        {canEdit && c.status !== 'to_meeting' && (
          <HStack gap="space-8">
            {c.status === 'listed' && (
              <Button size="xsmall" variant="secondary" loading={update.isPending} onClick={() => update.mutate({ id: c.id, input: { status: 'discussed' } })}>
                {t.markDiscussed}
              </Button>
            )}
            <Button size="xsmall" variant="secondary" onClick={() => setConvening((v) => !v)} aria-expanded={convening}>
              {t.toMeeting}
            </Button>
            {upcoming && (
              <Button size="xsmall" variant="tertiary" loading={remove.isPending} onClick={() => remove.mutate(c.id)}>
                {t.remove}
              </Button>
            )}
          </HStack>
        )}
        {convening && c.status !== 'to_meeting' && <ToMeetingForm slotCaseId={c.id} />}
        {update.isError && <ApiErrorAlert error={update.error} size="small" />}
        {remove.isError && <ApiErrorAlert error={remove.error} size="small" />}
      </VStack>
    </Box>
  );
}
