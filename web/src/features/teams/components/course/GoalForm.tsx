import { PlusIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HGrid, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { FormFeedback } from '../../../directory-admin/components/FormFeedback';
import { formTexts } from '../../../directory-admin/texts';
import { useFormFeedback } from '../../../directory-admin/useFormFeedback';
import { useAddGoal } from '../../api';
import { teamErrorsFromApi } from '../../serverErrors';
import { coursePartTexts } from '../../texts';
import { GOAL_AREAS, type Goal, type GoalArea } from '../../types';
import { useTeamVocabulary } from '../../vocabulary';

const EMPTY = { area: 'work' as GoalArea, text: '', parentId: '', targetDate: '' };

/** A new main goal or sub-goal: area, text, target date. */
export function GoalForm({ courseId, mainGoals, onAdded }: { courseId: string; mainGoals: Goal[]; onAdded: () => void }) {
  const t = useTexts(coursePartTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const add = useAddGoal(courseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState(EMPTY);
  // The date field reads its value when it mounts: a new key empties it after adding.
  const [round, setRound] = useState(0);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const text = values.text.trim();
    const found: Record<string, string> = {};
    if (!text) found.text = t.goalTextRequired;
    if (values.targetDate === INVALID_DATE) found.targetDate = form.dateInvalid;
    if (Object.keys(found).length > 0) return feedback.fail(found);
    try {
      await add.mutateAsync({ area: values.area, text, ...(values.parentId ? { parentId: values.parentId } : {}), ...(values.targetDate ? { targetDate: values.targetDate } : {}) });
      setValues(EMPTY);
      setRound((n) => n + 1);
      feedback.reset();
      onAdded();
      document.getElementById(fieldId('text'))?.focus();
    } catch (error) {
      const { fields, general } = teamErrorsFromApi(error, { text: { label: t.goalText, required: t.goalTextRequired }, area: { label: t.area }, parentId: { label: t.parent }, targetDate: { label: t.targetDate } }, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="teams-form" data-testid="goal-form">
      <Fieldset legend={t.addGoal}>
        <VStack gap="space-12">
          <Textarea id={fieldId('text')} label={t.goalText} value={values.text} onChange={(e) => set('text', e.target.value)} error={errors.text} maxLength={1000} minRows={2} aria-required />
          <HGrid gap="space-12" columns={{ xs: 1, md: 3 }} align="start">
            <Select id={fieldId('area')} label={t.area} value={values.area} onChange={(e) => set('area', e.target.value as GoalArea)}>
              {GOAL_AREAS.map((area) => (
                <option key={area} value={area}>
                  {v.area(area)}
                </option>
              ))}
            </Select>
            <Select id={fieldId('parentId')} label={t.parent} value={values.parentId} onChange={(e) => set('parentId', e.target.value)} error={errors.parentId}>
              <option value="">{t.noParent}</option>
              {mainGoals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.text.length > 60 ? `${goal.text.slice(0, 60)}…` : goal.text}
                </option>
              ))}
            </Select>
            <DateField key={round} id={fieldId('targetDate')} label={t.targetDate} initialValue="" onChange={(d) => set('targetDate', d)} error={errors.targetDate} />
          </HGrid>
          <FormFeedback feedback={feedback} order={['text', 'area', 'parentId', 'targetDate']} heading={form.errorSummaryHeading} />
          <div>
            <Button type="submit" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} loading={add.isPending}>
              {t.addGoal}
            </Button>
          </div>
        </VStack>
      </Fieldset>
    </form>
  );
}
