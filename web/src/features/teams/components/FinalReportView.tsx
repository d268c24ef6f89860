import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { FINAL_REPORT_SECTIONS } from '../finalReport';
import { courseTexts } from '../texts';
import type { FinalReport } from '../types';

/** The final report read in full, section by section (GP, team, the person, NAV when consented). */
export function FinalReportView({ report, headingLevel = 3 }: { report: FinalReport; headingLevel?: 3 | 4 }) {
  const t = useTexts(courseTexts);
  const level = String(headingLevel) as '3' | '4';
  return (
    <article className="teams-card" data-testid="final-report" aria-label={t.finalReport}>
      <VStack gap="space-16">
        {FINAL_REPORT_SECTIONS.map(({ key }) => (
          <VStack as="section" key={key} gap="space-4" data-section={key}>
            <Heading level={level} size="xsmall">
              {t[`section_${key}`]}
            </Heading>
            <BodyShort className={report[key]?.trim() ? 'teams-text' : 'teams-text teams-subtle'}>{report[key]?.trim() || t.notWritten}</BodyShort>
          </VStack>
        ))}
      </VStack>
    </article>
  );
}
