import { Tag } from '@navikt/ds-react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { surveyTexts } from '../texts';
import type { SurveyStatus } from '../types';

const VARIANT = { draft: 'neutral', open: 'success', closed: 'alt1' } as const;

export function StatusTag({ status }: { status: SurveyStatus }) {
  const t = useTexts(surveyTexts);
  return (
    <Tag size="small" variant={VARIANT[status]}>
      {t[`status_${status}`]}
    </Tag>
  );
}
