import { BodyShort, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTexts } from '../../app/i18n/useTexts';
import { AppLink } from '../../shared/components/AppLink';
import { formatDate } from '../../shared/format';
import { publicRecommendationPath } from './api';
import { submitTexts } from './texts';
import type { Submission } from './types';

/** What the submitter is told: the outcome text, a rejection's reason, a forwarding, and any published recommendation. */
export function useSubmissionOutcome(): (submission: Submission) => ReactNode {
  const t = useTexts(submitTexts);
  return (submission) => {
    const lines: ReactNode[] = [];
    if (submission.outcome) lines.push(<BodyShort key="outcome" className="forums-text">{submission.outcome}</BodyShort>);
    if (submission.status === 'rejected' && submission.rejectReason) lines.push(<BodyShort key="rejected">{t.rejectedBecause(submission.rejectReason)}</BodyShort>);
    if (submission.status === 'forwarded' && submission.forwardedTo) {
      lines.push(<BodyShort key="forwarded">{t.forwardedTo(submission.forwardedTo, formatDate(submission.forwardDueOn))}</BodyShort>);
    }
    for (const recommendation of submission.recommendations ?? []) {
      if (recommendation.status !== 'published') continue;
      lines.push(
        <BodyShort key={recommendation.id}>
          {t.answeredBy}: <AppLink to={publicRecommendationPath(recommendation.slug)}>{recommendation.title}</AppLink>
        </BodyShort>,
      );
    }
    return lines.length > 0 ? <VStack gap="space-4">{lines}</VStack> : <span className="forums-subtle">{t.noOutcomeYet}</span>;
  };
}
