import { BodyShort } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { contactsTexts } from '../texts';
import type { OpeningHours } from '../types';

/**
 * Opening hours on one line: "man.–fre. 09:00–15:00" when every weekday is the same, otherwise
 * one part per day ("man. 08:00–15:30, fre. 08:00–15:00").
 */
export function HoursSummary({ hours }: { hours: OpeningHours[] }) {
  const t = useTexts(contactsTexts);
  if (hours.length === 0) return null;
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  const first = sorted[0]!;
  const weekdaysAlike =
    sorted.length === 5 && sorted.every((h, i) => h.weekday === i + 1 && h.opens === first.opens && h.closes === first.closes);
  const text = weekdaysAlike
    ? t.hoursLine(t.weekdaysShort, first.opens, first.closes)
    : sorted.map((h) => t.hoursLine(t.weekdayShort(h.weekday), h.opens, h.closes)).join(', ');
  return (
    <BodyShort size="small">
      {t.openingHours}: {text}
    </BodyShort>
  );
}
