import { Tag } from '@navikt/ds-react';
import { useForumVocabulary } from '../vocabulary';

type Colour = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

const SUBMISSION_COLOUR: Record<string, Colour> = {
  received: 'info',
  accepted: 'info',
  in_assessment: 'warning',
  assessed: 'warning',
  answered: 'success',
  merged: 'neutral',
  forwarded: 'neutral',
  rejected: 'danger',
};

/** A submission's status in words (the colour only repeats it). */
export function SubmissionStatusTag({ status }: { status: string }) {
  const v = useForumVocabulary();
  return (
    <Tag size="small" variant="moderate" data-color={SUBMISSION_COLOUR[status] ?? 'neutral'} data-testid="submission-status">
      {v.status(status)}
    </Tag>
  );
}

const RECOMMENDATION_COLOUR: Record<string, Colour> = { draft: 'neutral', approved: 'info', published: 'success', withdrawn: 'danger' };

export function RecommendationStatusTag({ status }: { status: string }) {
  const v = useForumVocabulary();
  return (
    <Tag size="small" variant="moderate" data-color={RECOMMENDATION_COLOUR[status] ?? 'neutral'} data-testid="recommendation-status">
      {v.recommendationStatus(status)}
    </Tag>
  );
}

export function ThemeTags({ themes }: { themes: readonly string[] }) {
  const v = useForumVocabulary();
  if (themes.length === 0) return null;
  return (
    <span className="forums-tags">
      {themes.map((theme) => (
        <Tag key={theme} size="xsmall" variant="outline" data-color="neutral">
          {v.theme(theme)}
        </Tag>
      ))}
    </span>
  );
}
