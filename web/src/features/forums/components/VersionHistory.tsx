import { Accordion, BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { recommendationTexts } from '../texts';
import type { RecommendationVersion } from '../types';

type Version = Pick<RecommendationVersion, 'version' | 'title' | 'summary' | 'text' | 'changeNote' | 'publishedAt'> & Partial<RecommendationVersion>;

/** Every version stays readable, newest first, with what changed and when it was approved and published. */
export function VersionHistory({ versions }: { versions: readonly Version[] }) {
  const t = useTexts(recommendationTexts);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Accordion size="small" data-testid="version-history">
      {sorted.map((v) => (
        <Accordion.Item key={v.version}>
          <Accordion.Header>
            {t.version(v.version)}: {v.title}
          </Accordion.Header>
          <Accordion.Content>
            <VStack gap="space-8">
              {v.createdByName && v.createdAt && <BodyShort size="small">{t.created(v.createdByName, formatDate(v.createdAt))}</BodyShort>}
              {v.approvedMeetingId !== undefined && <BodyShort size="small">{v.approvedAt ? t.approvedAt(formatDate(v.approvedAt)) : t.notApproved}</BodyShort>}
              {v.publishedAt && <BodyShort size="small">{t.publishedAt(formatDate(v.publishedAt))}</BodyShort>}
              {v.changeNote && <BodyLong size="small" className="forums-text">{v.changeNote}</BodyLong>}
              {v.summary && <BodyLong weight="semibold" className="forums-text">{v.summary}</BodyLong>}
              <BodyLong className="forums-text">{v.text}</BodyLong>
            </VStack>
          </Accordion.Content>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
