import { Tag } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatWeekdayTime } from '../format';
import { contactsTexts } from '../texts';
import type { LineStatus } from '../types';

/** "Åpen nå" or "Stengt nå – åpner mandag kl. 09:00": the colour repeats what the text says. */
export function LineStatusTag({ status }: { status: LineStatus }) {
  const t = useTexts(contactsTexts);
  const lang = useLang();
  if (status.openNow) {
    return (
      <Tag size="small" variant="moderate" data-color="success" data-open="true">
        {t.openNow}
      </Tag>
    );
  }
  return (
    <Tag size="small" variant="outline" data-color="neutral" data-open="false">
      {status.nextOpensAt ? `${t.closedNow} – ${t.opensAt(formatWeekdayTime(status.nextOpensAt, lang))}` : t.closedNow}
    </Tag>
  );
}
