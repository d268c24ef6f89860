import { Alert, BodyShort, Button, Heading, HStack, List, VStack } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { meetingPath } from '../api';
import { formatMeetingTime } from '../format';
import { conveneTexts } from '../texts';
import type { OverlappingMeeting } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

interface Props {
  overlapping: OverlappingMeeting[];
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** Back to the form: the focus goes to the date. */
  onChange: () => void;
}

/**
 * 409 MEETING_OVERLAP_UNCONFIRMED: the person's other meetings at that time, and the choice to send
 * anyway (`confirmOverlap: true`) or change the time. Takes the focus when it appears.
 */
export function OverlapAlert({ overlapping, confirmLabel, pending, onConfirm, onChange }: Props) {
  const t = useTexts(conveneTexts);
  const v = useMeetingVocabulary();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'center' });
  }, [overlapping]);
  return (
    <div ref={ref} tabIndex={-1} className="focus-target" data-testid="meeting-overlap" aria-labelledby="meeting-overlap-title">
      <Alert variant="warning">
        <VStack gap="space-12">
          <Heading level="2" size="small" id="meeting-overlap-title">
            {t.overlapTitle}
          </Heading>
          <List size="small">
            {overlapping.map((m) => (
              <List.Item key={m.id}>
                <AppLink to={meetingPath(m.id)}>{t.overlapItem(v.kind(m.kind), formatMeetingTime(m.startsAt, m.endsAt, lang))}</AppLink>
              </List.Item>
            ))}
          </List>
          <BodyShort>{t.overlapBody}</BodyShort>
          <HStack gap="space-8" wrap>
            <Button type="button" size="small" onClick={onConfirm} loading={pending}>
              {confirmLabel}
            </Button>
            <Button type="button" size="small" variant="secondary" onClick={onChange} disabled={pending}>
              {t.overlapChange}
            </Button>
          </HStack>
        </VStack>
      </Alert>
    </div>
  );
}
