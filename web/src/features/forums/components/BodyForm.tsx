import { Alert, Button, Checkbox, HGrid, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useFocusFieldAfterRefusal } from '../../dialogue/useFocusFieldAfterRefusal';
import { BODY_KINDS, bodyErrorsFromApi, bodyFormValues, bodyProblems, slugFromName, toBodyInput, type BodyFormValues } from '../bodyForm';
import { adminTexts } from '../texts';
import type { BodyDetail, BodyInput } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { CompositionRulesEditor } from './CompositionRulesEditor';

interface Props {
  /** The body being edited; without it, a new one is set up. */
  body?: BodyDetail;
  onSave: (input: BodyInput) => Promise<unknown>;
  saving: boolean;
}

const MAIN_ORDER = ['kind', 'name', 'slug', 'mandate', 'owner', 'compositionRules'];
const LATER_ORDER = ['quorum', 'honorariumPercent', 'honorariumBaseNokPerHour', 'openMeetingsPerYear'];

/**
 * Setting up or editing a forum or committee: kind, name, short name, mandate, owner, composition
 * rules, quorum, honorarium rate and base, and the goal of open meetings a year. Checked here as
 * the server checks it; the server's refusal is shown at the field it names.
 */
export function BodyForm({ body, onSave, saving }: Props) {
  const t = useTexts(adminTexts);
  const v = useForumVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<BodyFormValues>(() => bodyFormValues(body));
  const [slugTouched, setSlugTouched] = useState(Boolean(body));
  const [saved, setSaved] = useState(false);
  const ruleFields = values.rules.flatMap((_, i) => ['represents', 'count', 'nb', 'en', 'termYears', 'appointedBy'].map((f) => `rule-${i}-${f}`));
  const order = [...MAIN_ORDER, ...ruleFields, ...LATER_ORDER];
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);

  const set = (patch: Partial<BodyFormValues>, field: string) => {
    setValues((old) => ({ ...old, ...patch }));
    setSaved(false);
    feedback.clear(field);
  };
  const specs: Record<string, { label: string }> = {
    kind: { label: t.kind },
    name: { label: t.name },
    slug: { label: t.slug },
    mandate: { label: t.mandate },
    owner: { label: t.owner },
    compositionRules: { label: t.rules },
    quorum: { label: t.quorum },
    honorariumPercent: { label: t.honorariumPercent },
    honorariumBaseNokPerHour: { label: t.honorariumBase },
    openMeetingsPerYear: { label: t.openMeetingsPerYear },
    ...Object.fromEntries(values.rules.flatMap((_, i) => [[`rule-${i}-count`, { label: t.ruleCount }], [`rule-${i}-nb`, { label: t.ruleNb }], [`rule-${i}-en`, { label: t.ruleEn }], [`rule-${i}-termYears`, { label: t.ruleTermYears }], [`rule-${i}-appointedBy`, { label: t.ruleAppointedBy }]])),
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const problems = bodyProblems(values, t);
    if (Object.keys(problems).length > 0) return feedback.fail(problems);
    try {
      await onSave(toBodyInput(values, Boolean(body)));
      feedback.reset();
      setSaved(true);
    } catch (error) {
      const { fields, general } = bodyErrorsFromApi(error, specs, t.invalidValue);
      focusAfterRefusal(fields);
      feedback.fail(fields, general);
    }
  };

  const numberField = (field: 'quorum' | 'honorariumPercent' | 'honorariumBaseNokPerHour' | 'openMeetingsPerYear', label: string, description?: string) => (
    <TextField id={fieldId(field)} label={label} description={description} inputMode="decimal" value={values[field]} onChange={(e) => set({ [field]: e.target.value }, field)} error={errors[field]} className="forums-number" />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={saving} data-testid="body-form">
      <VStack gap="space-20" className="forums-form">
        <Select id={fieldId('kind')} label={t.kind} value={values.kind} onChange={(e) => set({ kind: e.target.value as BodyFormValues['kind'] }, 'kind')}>
          {BODY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {v.bodyKind(kind)}
            </option>
          ))}
        </Select>
        <TextField
          id={fieldId('name')}
          label={t.name}
          value={values.name}
          maxLength={200}
          aria-required
          error={errors.name}
          onChange={(e) => set({ name: e.target.value, ...(slugTouched ? {} : { slug: slugFromName(e.target.value) }) }, 'name')}
        />
        <TextField
          id={fieldId('slug')}
          label={t.slug}
          description={t.slugDescription}
          value={values.slug}
          aria-required
          error={errors.slug}
          onChange={(e) => {
            setSlugTouched(true);
            set({ slug: e.target.value }, 'slug');
          }}
        />
        <Textarea id={fieldId('mandate')} label={t.mandate} value={values.mandate} maxLength={10_000} minRows={4} error={errors.mandate} onChange={(e) => set({ mandate: e.target.value }, 'mandate')} />
        <TextField id={fieldId('owner')} label={t.owner} description={t.ownerDescription} value={values.owner} error={errors.owner} onChange={(e) => set({ owner: e.target.value }, 'owner')} />
        <CompositionRulesEditor
          id={fieldId('compositionRules')}
          rows={values.rules}
          errors={errors}
          fieldId={fieldId}
          onChange={(rules, field) => {
            // A removed or added row moves the others: their messages no longer fit them.
            if (field === 'compositionRules') Object.keys(errors).filter((k) => k.startsWith('rule-')).forEach(feedback.clear);
            set({ rules }, field);
          }}
        />
        <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
          {numberField('quorum', t.quorum, t.quorumDescription)}
          {numberField('openMeetingsPerYear', t.openMeetingsPerYear)}
          {numberField('honorariumPercent', t.honorariumPercent)}
          {numberField('honorariumBaseNokPerHour', t.honorariumBase)}
        </HGrid>
        {body && (
          <Checkbox checked={values.active} onChange={(e) => set({ active: e.target.checked }, 'active')}>
            {t.active}
          </Checkbox>
        )}
        <FormFeedback feedback={feedback} order={order} heading={t.fixErrors} />
        {saved && (
          <Alert variant="success" size="small" role="status">
            {t.saved}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={saving}>
            {body ? t.save : t.create}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
