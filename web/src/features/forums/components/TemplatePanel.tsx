import { PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useAssessmentTemplate, useSaveTemplate } from '../api';
import { moved, newSection, templateErrorsFromApi, templateProblems, templateRows, toDefinition, type SectionRow } from '../templateForm';
import { adminTexts } from '../texts';
import type { AssessmentTemplate } from '../types';
import { TemplateSectionEditor } from './TemplateSectionEditor';

/**
 * The body's assessment template: its version, and for the leader and secretary an editor that
 * publishes a new version (filled assessments keep the version they began with). Members see it
 * read-only.
 */
export function TemplatePanel({ bodyId, manages }: { bodyId: string; manages: boolean }) {
  const t = useTexts(adminTexts);
  const template = useAssessmentTemplate(bodyId);
  if (template.isPending) return <LoadingState />;
  if (template.isError) return <ApiErrorAlert error={template.error} />;
  return (
    <VStack gap="space-16">
      <TemplateVersion template={template.data} />
      <BodyShort>{t.templateKeepsVersion}</BodyShort>
      {manages ? <TemplateEditor key={bodyId} bodyId={bodyId} template={template.data} /> : <TemplateView template={template.data} />}
    </VStack>
  );
}

function TemplateVersion({ template }: { template: AssessmentTemplate }) {
  const t = useTexts(adminTexts);
  return (
    <HStack gap="space-12" align="center">
      <Tag variant="info" size="small" data-testid="template-version">
        {t.templateVersion(template.version)}
      </Tag>
      <BodyShort size="small">{template.shipped ? t.templateShipped : t.templateOwn(template.createdByName ?? '', formatDate(template.createdAt))}</BodyShort>
    </HStack>
  );
}

function TemplateView({ template }: { template: AssessmentTemplate }) {
  const t = useTexts(adminTexts);
  const lang = useLang();
  return (
    <VStack gap="space-16">
      <BodyShort className="forums-subtle">{t.templateReadOnly}</BodyShort>
      {template.definition.sections.map((section) => (
        <VStack key={section.key} gap="space-4" as="section" aria-label={section[lang]}>
          <Heading level="3" size="xsmall">
            {section[lang]}
          </Heading>
          <ul>
            {section.items.map((item) => (
              <li key={item.key}>
                <BodyLong size="small">{item[lang]}</BodyLong>
              </li>
            ))}
          </ul>
        </VStack>
      ))}
    </VStack>
  );
}

function TemplateEditor({ bodyId, template }: { bodyId: string; template: AssessmentTemplate }) {
  const t = useTexts(adminTexts);
  const save = useSaveTemplate(bodyId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [sections, setSections] = useState<SectionRow[]>(() => templateRows(template.definition));
  const [published, setPublished] = useState<number | null>(null);
  const order = ['template', ...sections.flatMap((s, i) => [`s${i}-nb`, `s${i}-en`, `s${i}-items`, ...s.items.flatMap((_, j) => ['nb', 'en', 'helpNb', 'helpEn'].map((f) => `s${i}-i${j}-${f}`))])];
  const change = (next: SectionRow[], field?: string) => {
    setSections(next);
    setPublished(null);
    if (field) feedback.clear(field);
    else feedback.reset(); // rows moved or removed: the messages no longer fit them
  };
  const serverMessage = (problem: string) => (problem === 'empty' ? t.problemEmpty : problem === 'too_long' ? t.problemTooLong : problem.endsWith('_key') ? t.problemKey : t.problemInvalid);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const problems = templateProblems(sections, t);
    if (Object.keys(problems).length > 0) return feedback.fail(problems);
    try {
      const saved = await save.mutateAsync(toDefinition(sections));
      // The rows take the keys the saved version gave new sections and items.
      setSections(templateRows(saved.definition));
      feedback.reset();
      setPublished(saved.version);
    } catch (error) {
      const { fields, general } = templateErrorsFromApi(error, serverMessage);
      feedback.fail(fields, general);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={save.isPending} data-testid="template-form">
      <VStack gap="space-20" className="forums-form" id={fieldId('template')} tabIndex={-1}>
        {sections.map((section, i) => (
          <TemplateSectionEditor
            key={section.rowKey}
            index={i}
            count={sections.length}
            section={section}
            errors={errors}
            fieldId={fieldId}
            onChange={(next, field) => change(sections.map((s, k) => (k === i ? next : s)), field.endsWith('-items') ? undefined : field)}
            onMove={(step) => change(moved(sections, i, step))}
            onRemove={() => change(sections.filter((_, k) => k !== i))}
          />
        ))}
        <div>
          <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => change([...sections, newSection()])}>
            {t.addSection}
          </Button>
        </div>
        <FormFeedback feedback={feedback} order={order} heading={t.fixErrors} />
        {published !== null && (
          <Alert variant="success" size="small" role="status">
            {t.templatePublished(published)}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t.publishTemplate}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
