import { BodyShort, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { InfoList } from '../../../../shared/components/InfoList';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatRange } from '../../../reachability/format';
import { caseSlotsPath, useCaseSlots } from '../api';
import { AddCaseForm } from '../components/AddCaseForm';
import { SlotCaseItem } from '../components/SlotCaseItem';
import { slotTexts, slotWord } from '../texts';
import type { CaseSlots, Slot } from '../types';

/** `/moteplasser/saksgjennomgang/:id`: every slot with the cases listed for it; the adviser lists cases and follows them up. */
export function CaseSlotPage() {
  const t = useTexts(slotTexts);
  const { id = '' } = useParams();
  const slots = useCaseSlots(id);
  if (slots.isPending) return <LoadingState />;
  if (slots.isError) return <ApiErrorAlert error={slots.error} />;
  const s = slots.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={caseSlotsPath}>{t.back}</AppLink>
        <PageHeading>{s.title}</PageHeading>
        <InfoList
          items={[
            { label: t.adviser, value: s.adviser?.name },
            { label: t.gp, value: s.gp?.name },
            { label: t.frequency, value: t.perMonth(s.perMonth) },
            { label: t.casesPerSlot, value: String(s.casesPerSlot) },
            { label: t.place_label, value: s.location },
          ]}
        />
      </VStack>
      <Section title={t.slotsTitle}>
        <ol className="arena-outreach-plain-list" data-testid="case-slot-sessions">
          {s.sessions.map((slot) => (
            <li key={slot.id}>
              <SlotItem slots={s} slot={slot} />
            </li>
          ))}
        </ol>
      </Section>
    </VStack>
  );
}

function SlotItem({ slots, slot }: { slots: CaseSlots; slot: Slot }) {
  const t = useTexts(slotTexts);
  const lang = useLang();
  const id = useId();
  const adviser = slots.me === 'adviser';
  return (
    <VStack gap="space-12" as="section" aria-labelledby={id} className="arena-outreach-slot">
      <HStack gap="space-8" align="center">
        <Heading level="3" size="small" id={id}>
          {formatRange(slot.startsAt, slot.endsAt, lang)}
        </Heading>
        <Tag size="small" variant="moderate" data-color={slot.upcoming ? 'info' : 'neutral'}>
          {slot.status === 'planned' && !slot.upcoming ? t.passed : slotWord(t, 'slotStatus', slot.status)}
        </Tag>
      </HStack>
      {slot.cases.length === 0 && <BodyShort size="small">{t.noCases}</BodyShort>}
      {slot.cases.length > 0 && (
        <ul className="arena-outreach-plain-list">
          {slot.cases.map((c) => (
            <li key={c.id}>
              <SlotCaseItem slotCase={c} canEdit={adviser} upcoming={slot.upcoming} />
            </li>
          ))}
        </ul>
      )}
      {adviser && slot.upcoming && slot.cases.length < slots.casesPerSlot && <AddCaseForm slotsId={slots.id} slot={slot} />}
    </VStack>
  );
}
