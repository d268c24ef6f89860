import { Alert, Button, Checkbox, CheckboxGroup, ExpansionCard, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { publicRecommendationPath } from '../api';
import { THEMES } from '../fields';
import { useRegisterExternal } from '../manageApi';
import { forumErrorsFromApi } from '../serverErrors';
import { adminTexts } from '../texts';
import type { ExternalInput } from '../types';
import { useForumVocabulary } from '../vocabulary';

const ORDER = ['title', 'sourceName', 'sourceUrl', 'issuedOn', 'summary', 'themes'];
const empty = () => ({ title: '', sourceName: '', sourceUrl: '', issuedOn: '', summary: '', themes: [] as string[] });

/** The server's limits (recommendations/draft.ts `LIMITS`: the issuer is the owner). */
const MAX = { title: 300, sourceName: 300, summary: 2000 };

/**
 * An admin registers a recommendation made elsewhere (e.g. the Norwegian College of General
 * Practice's on GP–hospital collaboration): title, issuer, https address, date and summary. It is
 * published at once with its source as owner, dated the day its source issued it.
 */
export function ExternalRecommendationForm() {
  const t = useTexts(adminTexts);
  const v = useForumVocabulary();
  const register = useRegisterExternal();
  const queryClient = useQueryClient();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState(empty);
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState<{ title: string; slug: string } | null>(null);
  const set = (patch: Partial<ReturnType<typeof empty>>, field: string) => {
    setValues((old) => ({ ...old, ...patch }));
    setDone(null);
    feedback.clear(field);
  };

  const problems = (): Record<string, string> => {
    const found: Record<string, string> = {};
    const labels = { title: t.externalTitle, sourceName: t.externalIssuer, summary: t.externalSummary };
    for (const field of ['title', 'sourceName', 'summary'] as const) {
      if (!values[field].trim()) found[field] = t.required(labels[field]);
      else if (values[field].length > MAX[field]) found[field] = t.tooLong(labels[field], MAX[field]);
    }
    if (!/^https:\/\/[^\s/$.?#].[^\s]*$/i.test(values.sourceUrl.trim())) found.sourceUrl = t.urlInvalid;
    if (values.issuedOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.issuedOn)) found.issuedOn = t.termEndInvalid;
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (register.isPending) return;
    const found = problems();
    if (Object.keys(found).length > 0) return feedback.fail(found);
    const input: ExternalInput = {
      title: values.title.trim(),
      sourceName: values.sourceName.trim(),
      sourceUrl: values.sourceUrl.trim(),
      summary: values.summary.trim(),
      themes: values.themes,
      ...(values.issuedOn ? { issuedOn: values.issuedOn } : {}),
    };
    try {
      const created = await register.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: ['public-forums'] });
      setDone({ title: input.title, slug: created.slug });
      setValues(empty());
      setFormKey((k) => k + 1);
      feedback.reset();
    } catch (error) {
      const specs = { issuedOn: { label: t.externalDate }, title: { label: t.externalTitle }, sourceName: { label: t.externalIssuer }, owner: { label: t.externalIssuer }, sourceUrl: { label: t.externalUrl }, summary: { label: t.externalSummary }, themes: { label: t.externalThemes } };
      const { fields, general } = forumErrorsFromApi(error, specs, t.invalidValue);
      if (fields.owner) fields.sourceName = fields.owner;
      delete fields.owner;
      feedback.fail(fields, general);
    }
  };

  return (
    <ExpansionCard aria-label={t.external} size="small">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h2" size="small">
          {t.external}
        </ExpansionCard.Title>
        <ExpansionCard.Description>{t.externalIntro}</ExpansionCard.Description>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <form onSubmit={onSubmit} noValidate aria-busy={register.isPending} data-testid="external-form">
          <VStack gap="space-16" className="forums-narrow" key={formKey}>
            <TextField id={fieldId('title')} label={t.externalTitle} value={values.title} error={errors.title} aria-required onChange={(e) => set({ title: e.target.value }, 'title')} />
            <TextField id={fieldId('sourceName')} label={t.externalIssuer} value={values.sourceName} error={errors.sourceName} aria-required onChange={(e) => set({ sourceName: e.target.value }, 'sourceName')} />
            <TextField id={fieldId('sourceUrl')} label={t.externalUrl} type="url" inputMode="url" value={values.sourceUrl} error={errors.sourceUrl} aria-required onChange={(e) => set({ sourceUrl: e.target.value }, 'sourceUrl')} />
            <DateInput id={fieldId('issuedOn')} label={t.externalDate} description={t.externalDateDescription} initialValue="" onChange={(issuedOn) => set({ issuedOn }, 'issuedOn')} error={errors.issuedOn} />
            <Textarea id={fieldId('summary')} label={t.externalSummary} value={values.summary} maxLength={MAX.summary} minRows={4} error={errors.summary} aria-required onChange={(e) => set({ summary: e.target.value }, 'summary')} />
            <CheckboxGroup id={fieldId('themes')} legend={t.externalThemes} value={values.themes} error={errors.themes} onChange={(themes: string[]) => set({ themes }, 'themes')}>
              {THEMES.map((theme) => (
                <Checkbox key={theme} value={theme}>
                  {v.theme(theme)}
                </Checkbox>
              ))}
            </CheckboxGroup>
            <FormFeedback feedback={feedback} order={ORDER} heading={t.fixErrors} />
            {done && (
              <Alert variant="success" size="small" role="status">
                {t.registered(done.title)} <AppLink to={publicRecommendationPath(done.slug)}>{t.viewPublic}</AppLink>
              </Alert>
            )}
            <div>
              <Button type="submit" loading={register.isPending}>
                {t.register}
              </Button>
            </div>
          </VStack>
        </form>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
