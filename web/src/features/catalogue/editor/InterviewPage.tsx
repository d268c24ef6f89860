import { BodyLong, Button, Checkbox, CheckboxGroup, Fieldset, HStack, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { editorEntryPath, useDraftFromInterview, useInterviewGuide } from '../api';
import { editorTexts } from '../texts/editor';
import type { GuideQuestion, ModelSite } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const num = (raw: string) => (raw.trim() === '' || Number.isNaN(Number(raw)) ? null : Number(raw));

/**
 * `/kunnskap/redaksjon/intervju`: the report's interview guide (Appendix 6) as a form, theme by
 * theme. Each question says which model fields its answer fills; submitting makes a new draft.
 */
export function InterviewPage() {
  const t = useTexts(editorTexts);
  const v = useCatalogueVocabulary();
  const navigate = useNavigate();
  const guide = useInterviewGuide();
  const create = useDraftFromInterview();
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [informant, setInformant] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [site, setSite] = useState({ municipality: '', county: '', population: '', distance: '', travel: '' });
  const [tried, setTried] = useState(false);
  if (guide.isPending) return <LoadingState />;
  if (guide.isError) return <ApiErrorAlert error={guide.error} />;
  const sections = [...new Set(guide.data.questions.map((q) => q.section))];

  const submit = () => {
    setTried(true);
    if (!title.trim() || !SLUG.test(slug)) return;
    const sites: ModelSite[] = site.municipality.trim()
      ? [{ municipality: site.municipality.trim(), county: site.county.trim() || null, population: num(site.population), distanceToHospitalKm: num(site.distance), travelTimeToHospitalMinutes: num(site.travel) }]
      : [];
    const given = Object.fromEntries(Object.entries(answers).filter(([, a]) => a.trim() !== ''));
    create.mutate({ title: title.trim(), slug, answers: given, sites, ...(informant.trim() ? { informant: informant.trim() } : {}) }, { onSuccess: (entry) => navigate(editorEntryPath(entry.id)) });
  };
  return (
    <VStack gap="space-24" className="catalogue-form">
      <VStack gap="space-12">
        <AppLink to="/kunnskap/redaksjon">{t.backToList}</AppLink>
        <PageHeading>{t.interviewTitle}</PageHeading>
        <BodyLong>{t.interviewIntro}</BodyLong>
      </VStack>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <VStack gap="space-32">
          <VStack gap="space-16">
            <TextField label={t.title} value={title} onChange={(e) => setTitle(e.target.value)} error={tried && !title.trim() ? t.required(t.title) : undefined} maxLength={300} />
            <TextField label={t.slug} description={t.slugHelp} value={slug} onChange={(e) => setSlug(e.target.value.trim().toLowerCase())} error={tried && !SLUG.test(slug) ? t.slugHelp : undefined} maxLength={120} />
            <TextField label={t.informant} value={informant} onChange={(e) => setInformant(e.target.value)} maxLength={600} />
            <Fieldset legend={t.siteTitle}>
              <HStack gap="space-8" wrap>
                <TextField size="small" label={t.municipality} value={site.municipality} onChange={(e) => setSite({ ...site, municipality: e.target.value })} />
                <TextField size="small" label={t.county} value={site.county} onChange={(e) => setSite({ ...site, county: e.target.value })} />
                <TextField size="small" label={t.population} inputMode="numeric" value={site.population} onChange={(e) => setSite({ ...site, population: e.target.value })} />
                <TextField size="small" label={t.distance} inputMode="decimal" value={site.distance} onChange={(e) => setSite({ ...site, distance: e.target.value })} />
                <TextField size="small" label={t.travelTime} inputMode="decimal" value={site.travel} onChange={(e) => setSite({ ...site, travel: e.target.value })} />
              </HStack>
            </Fieldset>
          </VStack>
          {guide.data.questions.length === 0 && <BodyLong>{t.noGuide}</BodyLong>}
          {sections.map((section) => (
            <Section key={section} title={v.section(section)}>
              {guide.data.questions
                .filter((q) => q.section === section)
                .map((q) => (
                  <QuestionInput key={q.key} question={q} value={answers[q.key] ?? ''} onChange={(value) => setAnswers({ ...answers, [q.key]: value })} />
                ))}
            </Section>
          ))}
          {create.isError && <ApiErrorAlert error={create.error} />}
          <div>
            <Button type="submit" loading={create.isPending}>
              {t.createDraft}
            </Button>
          </div>
        </VStack>
      </form>
    </VStack>
  );
}

function QuestionInput({ question, value, onChange }: { question: GuideQuestion; value: string; onChange: (value: string) => void }) {
  const t = useTexts(editorTexts);
  const v = useCatalogueVocabulary();
  const label = question.number ? `${question.number}. ${question.question}` : question.question;
  const description = [question.prompts.join(' '), t.prefills(question.prefills.map((p) => v.field(p)).join(', '))].filter(Boolean).join(' — ');
  if (question.answerKind === 'choice' && question.choices.length > 0) {
    const field = question.prefills.find((p) => v.hasValueLabels(p)) ?? question.prefills[0] ?? '';
    return (
      <CheckboxGroup legend={label} description={description} size="small" value={value.split(',').filter(Boolean)} onChange={(values: string[]) => onChange(values.join(','))}>
        {question.choices.map((choice) => (
          <Checkbox key={choice} value={choice}>
            {v.value(field, choice)}
          </Checkbox>
        ))}
      </CheckboxGroup>
    );
  }
  return <Textarea label={label} description={question.answerKind === 'list' ? `${description} (${t.listHelp.toLowerCase()})` : description} value={value} onChange={(e) => onChange(e.target.value)} minRows={2} maxLength={8000} />;
}
