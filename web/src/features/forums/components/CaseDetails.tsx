import { BodyLong, Label, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { SUBMISSION_FIELDS } from '../fields';
import { fieldLabel } from '../submitForm';
import { caseTexts, submitTexts } from '../texts';
import type { Submission } from '../types';
import { ThemeTags } from './StatusTags';

/** The submission's texts in the order the form asked for them, then its themes. */
export function CaseDetails({ submission }: { submission: Submission }) {
  const t = useTexts(caseTexts);
  const s = useTexts(submitTexts);
  const known = SUBMISSION_FIELDS[submission.kind].map((field) => field.key);
  const keys = [...known, ...Object.keys(submission.fields).filter((key) => !known.includes(key))];
  return (
    <VStack gap="space-16" className="forums-form">
      {keys
        .filter((key) => submission.fields[key])
        .map((key) => (
          <VStack gap="space-4" key={key}>
            <Label as="p">{fieldLabel(s, key)}</Label>
            <BodyLong className="forums-text">{submission.fields[key]}</BodyLong>
          </VStack>
        ))}
      <VStack gap="space-4">
        <Label as="p">{t.themes}</Label>
        {submission.themes.length > 0 ? <ThemeTags themes={submission.themes} /> : <BodyLong>{t.noThemes}</BodyLong>}
      </VStack>
    </VStack>
  );
}
