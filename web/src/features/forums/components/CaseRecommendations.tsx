import { BodyShort, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { recommendationPath, useCreateRecommendation } from '../api';
import { caseTexts, recommendationTexts } from '../texts';
import type { BodyDetail, Submission } from '../types';
import { RecommendationForm } from './RecommendationForm';
import { RecommendationStatusTag } from './StatusTags';

const ANSWERABLE = new Set(['accepted', 'in_assessment', 'assessed', 'answered', 'forwarded']);

/** Recommendations that answer the case, and for the leader or secretary a draft made from it. */
export function CaseRecommendations({ submission, body, manages }: { submission: Submission; body: BodyDetail; manages: boolean }) {
  const t = useTexts(caseTexts);
  const r = useTexts(recommendationTexts);
  const navigate = useNavigate();
  const create = useCreateRecommendation(body.id);
  const [open, setOpen] = useState(false);
  const refs = submission.recommendations ?? [];
  const own = submission.ownStatus ?? submission.status;
  return (
    <VStack gap="space-16">
      {refs.length === 0 ? (
        <BodyShort>{t.noRecommendations}</BodyShort>
      ) : (
        <ul className="plain-list">
          {refs.map((ref) => (
            <li key={ref.id}>
              <AppLink to={recommendationPath(ref.id)}>{ref.title}</AppLink> <RecommendationStatusTag status={ref.status} />
            </li>
          ))}
        </ul>
      )}
      {manages && ANSWERABLE.has(own) && !open && (
        <div>
          <Button variant="secondary" onClick={() => setOpen(true)} data-testid="new-recommendation">
            {t.newRecommendation}
          </Button>
        </div>
      )}
      {open && (
        <RecommendationForm
          initial={{ title: submission.title, summary: '', text: '', themes: submission.themes, owner: body.owner, administrator: body.name, changeNote: '' }}
          revision={false}
          submitLabel={r.create}
          pending={create.isPending}
          onCancel={() => setOpen(false)}
          onSubmit={async (values) => {
            const created = await create.mutateAsync({
              title: values.title.trim(),
              summary: values.summary.trim(),
              text: values.text.trim(),
              themes: values.themes,
              owner: values.owner.trim(),
              administrator: values.administrator.trim(),
              submissionIds: [submission.id],
            });
            navigate(recommendationPath(created.id));
          }}
        />
      )}
    </VStack>
  );
}
