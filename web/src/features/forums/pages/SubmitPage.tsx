import { Alert, BodyLong, Button, Checkbox, CheckboxGroup, HStack, Heading, Radio, RadioGroup, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useFocusFieldAfterRefusal } from '../../dialogue/useFocusFieldAfterRefusal';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useBodies, useSubmit } from '../api';
import { markRefusal, setProblem, toUploads, type PickedFile } from '../attachments';
import { AttachmentPicker } from '../components/AttachmentPicker';
import { useFileSize } from '../components/AttachmentList';
import { useAttachmentLimits } from '../manageApi';
import { FIELD_MAX, SUBMISSION_FIELDS, THEMES, TITLE_MAX } from '../fields';
import { forumErrorsFromApi } from '../serverErrors';
import { emptySubmitValues, fieldLabel, submitProblems, toSubmissionInput, type SubmitValues } from '../submitForm';
import { attachmentTexts, submitTexts } from '../texts';
import type { SubmissionKind } from '../types';
import { useForumVocabulary } from '../vocabulary';

/** `/samarbeidsforum/meld`: any clinician reports a collaboration deviation or a change proposal. */
export function SubmitPage() {
  const t = useTexts(submitTexts);
  const a = useTexts(attachmentTexts);
  const size = useFileSize();
  const v = useForumVocabulary();
  const limits = useAttachmentLimits();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const bodies = useBodies();
  const submit = useSubmit();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<SubmitValues>(() => emptySubmitValues(params.get('forum') ?? ''));
  const order = ['bodyId', 'title', ...SUBMISSION_FIELDS[values.kind].map((field) => field.key), 'themes', 'attachments'];
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);

  const change = (patch: Partial<SubmitValues>, field: string) => {
    setValues((old) => ({ ...old, ...patch }));
    feedback.clear(field);
  };
  const changeField = (key: string, value: string) => change({ fields: { ...values.fields, [key]: value } }, key);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    const problems = submitProblems(values, t);
    const filesProblem = attachmentsProblem();
    if (filesProblem) problems.attachments = filesProblem;
    if (Object.keys(problems).length > 0) return feedback.fail(problems);
    try {
      const attachments = await toUploads(files);
      await submit.mutateAsync({ bodyId: values.bodyId, input: { ...toSubmissionInput(values), ...(attachments.length > 0 ? { attachments } : {}) } });
      navigate('/mine-innmeldinger', { state: { sent: true } });
    } catch (error) {
      const refused = markRefusal(files, error);
      if (refused.marked) {
        // The server names the file: its message goes by that file and, with its name, in the summary.
        setFiles(refused.files);
        const marked = refused.files.find((f) => f.error)!;
        const fields = { attachments: `${marked.file.name}: ${marked.error}` };
        focusAfterRefusal(fields);
        return feedback.fail(fields);
      }
      const specs = Object.fromEntries(order.map((key) => [key, { label: key === 'title' ? t.title : fieldLabel(t, key) }]));
      const { fields, general } = forumErrorsFromApi(error, specs, t.invalidValue);
      focusAfterRefusal(fields);
      feedback.fail(fields, general);
    }
  };

  /** What stops the chosen files from being sent: a file's own problem, or too many or too much in all. */
  function attachmentsProblem(): string | undefined {
    const marked = files.find((f) => f.error);
    if (marked) return `${marked.file.name}: ${marked.error}`;
    if (!limits.data) return undefined;
    const whole = setProblem(files, limits.data);
    if (whole === 'count') return a.tooMany(limits.data.maxCount);
    if (whole === 'total') return a.tooMuch(size(limits.data.maxTotalBytes));
    return undefined;
  }

  if (bodies.isPending) return <LoadingState />;
  if (bodies.isError) return <ApiErrorAlert error={bodies.error} />;
  return (
    <VStack gap="space-24" className="forums-form">
      <VStack gap="space-12">
        <PageHeading>{t.submitTitle}</PageHeading>
        <BodyLong>{t.submitIntro}</BodyLong>
        <Alert variant="info">
          <Heading level="2" size="xsmall" spacing>
            {t.privacyHeading}
          </Heading>
          <BodyLong size="small">{t.privacyBody}</BodyLong>
        </Alert>
      </VStack>
      <form onSubmit={onSubmit} noValidate aria-busy={submit.isPending} data-testid="submission-form">
        <VStack gap="space-20">
          <RadioGroup legend={t.kind} value={values.kind} onChange={(kind: SubmissionKind) => change({ kind }, 'kind')}>
            <Radio value="deviation">{v.submissionKind('deviation')}</Radio>
            <Radio value="proposal">{v.submissionKind('proposal')}</Radio>
          </RadioGroup>
          <Select id={fieldId('bodyId')} label={t.body} value={values.bodyId} onChange={(e) => change({ bodyId: e.target.value }, 'bodyId')} error={errors.bodyId} aria-required>
            <option value="">{t.chooseBody}</option>
            {(bodies.data ?? []).map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </Select>
          <TextField id={fieldId('title')} label={t.title} value={values.title} onChange={(e) => change({ title: e.target.value }, 'title')} error={errors.title} maxLength={TITLE_MAX} aria-required />
          {SUBMISSION_FIELDS[values.kind].map((field) => (
            <Textarea
              key={`${values.kind}-${field.key}`}
              id={fieldId(field.key)}
              label={fieldLabel(t, field.key)}
              value={values.fields[field.key] ?? ''}
              onChange={(e) => changeField(field.key, e.target.value)}
              error={errors[field.key]}
              maxLength={FIELD_MAX}
              minRows={field.long ? 4 : 2}
              aria-required={field.required || undefined}
              data-testid={`field-${field.key}`}
            />
          ))}
          <CheckboxGroup id={fieldId('themes')} legend={t.themes} description={t.themesDescription} value={values.themes} onChange={(themes: string[]) => change({ themes }, 'themes')} error={errors.themes}>
            {THEMES.map((theme) => (
              <Checkbox key={theme} value={theme}>
                {v.theme(theme)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          {limits.data && (
            <AttachmentPicker
              id={fieldId('attachments')}
              files={files}
              limits={limits.data}
              error={errors.attachments}
              onChange={(next) => {
                setFiles(next);
                feedback.clear('attachments');
              }}
            />
          )}
          <FormFeedback feedback={feedback} order={order} heading={t.fixErrors} />
          <HStack gap="space-16">
            <Button type="submit" loading={submit.isPending}>
              {t.send}
            </Button>
            <Button as={RouterLink} to="/samarbeidsforum" variant="tertiary">
              {t.cancel}
            </Button>
          </HStack>
        </VStack>
      </form>
    </VStack>
  );
}
