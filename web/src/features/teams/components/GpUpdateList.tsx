import { BodyShort, Button, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { formatDateTime } from '../../../shared/format';
import { courseTexts, gpTexts } from '../texts';
import type { GpUpdate } from '../types';
import { useTeamVocabulary } from '../vocabulary';

interface Props {
  updates: GpUpdate[];
  /** The GP marks an update read; others only read the list. */
  onMarkRead?: (update: GpUpdate) => void;
  pendingId?: string | null;
  headingLevel?: 3 | 4;
}

/** The team's short updates to the GP, newest first: one screen each, with the suggested tariff. */
export function GpUpdateList({ updates, onMarkRead, pendingId, headingLevel = 3 }: Props) {
  const t = useTexts(courseTexts);
  const g = useTexts(gpTexts);
  const lang = useLang();
  const v = useTeamVocabulary();
  const level = String(headingLevel) as '3' | '4';
  const sorted = [...updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="teams-list" data-testid="gp-updates">
      {sorted.map((update) => {
        const unread = onMarkRead !== undefined && update.readAt === null;
        return (
          <li key={update.id} className="teams-card" data-unread={unread ? 'true' : 'false'} data-kind={update.kind} data-testid="gp-update">
            <VStack gap="space-8">
              <HStack gap="space-8" align="center" wrap>
                <Heading level={level} size="xsmall" id={`update-${update.id}`} tabIndex={-1}>
                  {update.title}
                </Heading>
                <Tag size="xsmall" variant="outline" data-color="neutral">
                  {v.update(update.kind)}
                </Tag>
                {unread && (
                  <Tag size="xsmall" variant="moderate" data-color="info">
                    {g.unread}
                  </Tag>
                )}
              </HStack>
              <BodyShort size="small" className="teams-subtle">
                {update.createdByName ? `${update.createdByName}, ${formatDateTime(update.createdAt, lang)}` : formatDateTime(update.createdAt, lang)}
              </BodyShort>
              <BodyShort className="teams-text">{update.body}</BodyShort>
              {update.tariffHint && (
                <BodyShort>
                  <strong>{t.tariff}:</strong> {update.tariffHint}
                </BodyShort>
              )}
              {update.sentToNav && <BodyShort size="small">{t.sentToNav}</BodyShort>}
              {unread && onMarkRead && (
                <div>
                  <Button type="button" size="small" variant="secondary" onClick={() => onMarkRead(update)} loading={pendingId === update.id} aria-describedby={`update-${update.id}`}>
                    {g.markRead}
                  </Button>
                </div>
              )}
            </VStack>
          </li>
        );
      })}
    </ul>
  );
}
