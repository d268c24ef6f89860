import { BodyShort, Box, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { usePublishedModel } from '../api';
import { FieldList } from '../components/FieldList';
import { FieldValue } from '../components/FieldValue';
import { PageFooter } from '../components/PageFooter';
import { publicTexts } from '../texts/public';
import { useCatalogueVocabulary } from '../vocabulary';

/** The model page's sections, following the report's presentation template and interview guide. */
const SECTIONS: Array<{ key: string; fields: string[] }> = [
  { key: 'typology', fields: ['levels', 'domains', 'inspiredBy', 'sites', 'gpOfficeKind', 'steering', 'relationshipType', 'status', 'reportSection'] },
  { key: 'purpose_and_participants', fields: ['purpose', 'participants'] },
  { key: 'gp_role', fields: ['gpRole.intensity', 'gpRole.description'] },
  { key: 'motive_and_trigger', fields: ['motive', 'trigger', 'phases'] },
  { key: 'coordination', fields: ['coordination'] },
  { key: 'financing_and_law', fields: ['financing', 'tariffs', 'legalBasis', 'prerequisites'] },
  { key: 'experiences', fields: ['experiences', 'facts'] },
];

/** `/kunnskap/modeller/:slug`, open to anyone: one collaboration model as published. */
export function ModelPage() {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  const { slug = '' } = useParams();
  const model = usePublishedModel(slug);
  if (model.isPending) return <LoadingState />;
  if (model.isError) return <ApiErrorAlert error={model.error} />;
  const { content } = model.data;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to="/kunnskap/modeller">{t.backToModels}</AppLink>
        <PageHeading>{content.title ?? slug}</PageHeading>
        <Box padding="space-16" borderWidth="1" borderRadius="8" borderColor="info" as="section" aria-label={v.field('idealTypeSummary')}>
          <FieldValue field="idealTypeSummary" value={content.idealTypeSummary} />
        </Box>
        <BodyShort size="small" className="catalogue-subtle">{t.noRating}</BodyShort>
      </VStack>
      {SECTIONS.map((section) => (
        <Section key={section.key} title={v.section(section.key)}>
          <FieldList content={content} fields={section.fields} />
        </Section>
      ))}
      <Section title={v.field('sources')}>
        <FieldValue field="sources" value={content.sources} />
      </Section>
      <PageFooter page={model.data} />
    </VStack>
  );
}
