import { BodyShort, HStack, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { sickLeaveTexts } from '../texts';
import type { DueRef } from '../types';
import { useVocabulary } from '../vocabulary';
import { MilestoneStatusTag } from './StatusTags';

/** A milestone with its due date and a status tag: "Dialogmøte 1, 12.03.2026 [Snart]". */
export function NextDue({ due, owner }: { due: DueRef | null; owner?: string }) {
  const t = useTexts(sickLeaveTexts);
  const vocabulary = useVocabulary();
  if (!due) return <BodyShort size="small">{t.noNextDue}</BodyShort>;
  return (
    <VStack gap="space-4">
      <BodyShort size="small">
        {vocabulary.milestone(due.key)}
        {owner ? ` (${vocabulary.owner(owner)})` : ''}
      </BodyShort>
      <HStack gap="space-8" align="center" wrap>
        <BodyShort size="small">{formatDate(due.dueDate)}</BodyShort>
        <MilestoneStatusTag status={due.status} />
      </HStack>
    </VStack>
  );
}
