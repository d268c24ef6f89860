import { Button, Checkbox, CheckboxGroup, Fieldset, HGrid, HStack, Radio, RadioGroup, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { formatDate } from '../../../shared/format';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import {
  answerField,
  checkNote,
  EXTENDED_QUESTIONS,
  errorsFromServer,
  fieldOrder,
  LIMITS,
  needsFullLeaveJustification,
  predictExtendedWeek,
  REQUIRED_TEXT_FIELDS,
  TEXT_FIELDS,
  type NoteValues,
  type TextField as NoteTextField,
} from '../noteForm';
import { followUpTexts, noteFormTexts } from '../texts';
import { DIAGNOSIS_SYSTEMS, FOLLOW_UP_CLASSES, type ExtendedWeek, type FollowUpClass, type SickNoteInput } from '../types';
import { ExtendedQuestions } from './ExtendedQuestions';
import { PeriodsEditor } from './PeriodsEditor';
import { MeasureLinks, measuresForPeriods } from '../../catalogue/MeasureLinks';

interface Props {
  initialValues: NoteValues;
  /** The registered employer's name when the org number was filled in from it. */
  prefilledEmployer: string | null;
  /** An ongoing case the note may join, for the extended-questions estimate. */
  ongoingCase: { firstDay: string; lastDay: string } | null;
  today: string;
  /** Sends the checked note; a refusal is shown on the form. */
  onSubmit: (body: SickNoteInput) => Promise<unknown>;
  cancelTo: string;
  labelledBy: string;
  /** Texts from the person's own forms that fill a field with one action: the job list, "Funksjon i arbeid". */
  fromForms?: { functionWork?: string; workAdaptationNote?: string };
}

const TEXT_DESCRIPTIONS: Partial<Record<NoteTextField, 'remainingCapacityDescription' | 'expectedDurationDescription'>> = {
  remainingCapacity: 'remainingCapacityDescription',
  expectedDuration: 'expectedDurationDescription',
};

/**
 * The sick note: employer, diagnosis, periods, medical text, the 100 % justification when needed,
 * extended questions when the note passes week 7, 17 or 39, early wishes and the follow-up class.
 * Checked on submit; failures go to the fields and an error summary that takes the focus.
 */
export function SickNoteForm({ initialValues, prefilledEmployer, ongoingCase, today, onSubmit, cancelTo, labelledBy, fromForms }: Props) {
  const t = useTexts(noteFormTexts);
  const followUp = useTexts(followUpTexts);
  const form = useTexts(formTexts);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<NoteValues>(initialValues);
  const [serverWeek, setServerWeek] = useState<ExtendedWeek | null>(null);
  const [pending, setPending] = useState(false);
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  /** Puts a form's text into a field (after what is there), and says so in the live region. */
  const fillFrom = (field: 'functionWork' | 'workAdaptationNote', text: string, said: string) => {
    setValues((v) => ({ ...v, [field]: v[field].trim() ? `${v[field].trim()}\n\n${text}` : text }));
    setFilledFrom(said);
  };
  const fillButton = (field: 'functionWork' | 'workAdaptationNote') => {
    const text = fromForms?.[field];
    if (!text) return null;
    const label = field === 'functionWork' ? t.fillFromFunctionInWork : t.fillFromJobList;
    return (
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => fillFrom(field, text, field === 'functionWork' ? t.filledFromFunctionInWork : t.filledFromJobList)}>
          {label}
        </Button>
      </div>
    );
  };

  const predicted = predictExtendedWeek(values.periods, ongoingCase);
  const week = serverWeek ?? predicted?.week ?? null;
  const extendedHint = serverWeek
    ? t.extendedRequiredByServer(serverWeek)
    : predicted
      ? t.extendedPredicted(predicted.week, formatDate(predicted.firstDay))
      : '';
  const justify = needsFullLeaveJustification(values.periods);

  const set = <K extends keyof NoteValues>(key: K, value: NoteValues[K], field: string = key) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(field);
  };
  const textLabel = (field: NoteTextField) => t[field];
  /** Period inputs and answers get context in the summary: "Periode 2, Til og med: …". */
  const summaryLabel = (field: string): string | undefined => {
    const match = /^period-(.+)-(fom|tom|grade|type)$/.exec(field);
    if (match) {
      const index = values.periods.findIndex((p) => p.key === match[1]);
      const part = match[2] as 'fom' | 'tom' | 'grade' | 'type';
      return index === -1 ? undefined : t.summaryPeriod(index + 1, t[part]);
    }
    if (field.startsWith('extended-') && week) {
      const index = EXTENDED_QUESTIONS[week].findIndex((q) => answerField(q.key) === field);
      return index === -1 ? t.extendedLegend(week) : t.extendedSummary(week, index + 1);
    }
    return undefined;
  };
  /** A field's name in a message of the form's own ("… har en ugyldig verdi."). */
  const fieldLabel = (field: string): string => {
    if ((TEXT_FIELDS as readonly string[]).includes(field)) return textLabel(field as NoteTextField);
    const labels: Record<string, string> = {
      employerOrgNumber: t.employerOrgNumber,
      diagnosisCode: t.diagnosisCode,
      diagnosisText: t.diagnosisText,
      fullLeaveJustification: t.fullLeaveJustification,
      followUpClass: followUp.legend,
      workAdaptationNote: t.workAdaptationNote,
      periods: t.periodsLegend,
      extendedQuestions: week ? t.extendedLegend(week) : '',
    };
    return labels[field] ?? summaryLabel(field) ?? field;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const checked = checkNote(values, week, today, t, textLabel);
    if (!checked.body) {
      feedback.fail(checked.errors);
      return;
    }
    setPending(true);
    try {
      await onSubmit(checked.body);
    } catch (error) {
      const refusal = errorsFromServer(error, values, t, (field) => form.invalidValue(fieldLabel(field)));
      if (refusal.extendedWeek) setServerWeek(refusal.extendedWeek);
      feedback.fail(refusal.fields, refusal.general);
      setPending(false);
    }
  };

  const text = (field: NoteTextField) => {
    const required = REQUIRED_TEXT_FIELDS.includes(field);
    const description = TEXT_DESCRIPTIONS[field];
    const props = {
      id: fieldId(field),
      label: required ? t[field] : t.optional(t[field]),
      description: description ? t[description] : undefined,
      value: values[field],
      error: errors[field],
      'aria-required': required || undefined,
    };
    if (field === 'expectedDuration') return <TextField key={field} {...props} onChange={(e) => set(field, e.target.value)} maxLength={LIMITS.expectedDuration} autoComplete="off" />;
    const area = <Textarea key={field} {...props} onChange={(e) => set(field, e.target.value)} minRows={2} />;
    return field === 'functionWork' && fromForms?.functionWork ? (
      <VStack key={field} gap="space-8">
        {area}
        {fillButton('functionWork')}
      </VStack>
    ) : (
      area
    );
  };

  const classDescription = (n: FollowUpClass) =>
    n === 1 ? followUp.class1Description : n === 2 ? `${followUp.class2Description} ${followUp.class2Reminder}` : n === 3 ? followUp.class3Description : followUp.class4Description;
  const classLabel = (n: FollowUpClass) => (n === 1 ? followUp.class1 : n === 2 ? followUp.class2 : n === 3 ? followUp.class3 : followUp.class4);

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={pending}>
      <VStack gap="space-32" maxWidth="52rem">
        <Fieldset legend={t.employerLegend} className="note-section" errorPropagation={false}>
          <TextField
            id={fieldId('employerOrgNumber')}
            label={t.optional(t.employerOrgNumber)}
            description={prefilledEmployer ? `${t.employerOrgNumberDescription} ${t.employerPrefilled(prefilledEmployer)}` : t.employerOrgNumberDescription}
            value={values.employerOrgNumber}
            onChange={(e) => set('employerOrgNumber', e.target.value)}
            error={errors.employerOrgNumber}
            inputMode="numeric"
            autoComplete="off"
            htmlSize={12}
          />
        </Fieldset>

        <Fieldset legend={t.diagnosisLegend} description={t.diagnosisCodeDescription} className="note-section" errorPropagation={false}>
          <HGrid gap="space-16" columns={{ xs: 1, sm: '10rem 10rem 1fr' }} align="start">
            <Select
              id={fieldId('diagnosisSystem')}
              label={t.diagnosisSystem}
              value={values.diagnosisSystem}
              onChange={(e) => set('diagnosisSystem', DIAGNOSIS_SYSTEMS.find((s) => s === e.target.value) ?? 'ICPC-2')}
            >
              {DIAGNOSIS_SYSTEMS.map((system) => (
                <option key={system} value={system}>
                  {system}
                </option>
              ))}
            </Select>
            <TextField
              id={fieldId('diagnosisCode')}
              label={t.diagnosisCode}
              value={values.diagnosisCode}
              onChange={(e) => set('diagnosisCode', e.target.value.toUpperCase())}
              error={errors.diagnosisCode}
              autoComplete="off"
              spellCheck={false}
              htmlSize={8}
              aria-required
            />
            <TextField
              id={fieldId('diagnosisText')}
              label={t.optional(t.diagnosisText)}
              value={values.diagnosisText}
              onChange={(e) => set('diagnosisText', e.target.value)}
              error={errors.diagnosisText}
              maxLength={LIMITS.diagnosisText}
              autoComplete="off"
            />
          </HGrid>
        </Fieldset>

        <PeriodsEditor
          periods={values.periods}
          onChange={(periods) => set('periods', periods)}
          errors={errors}
          onFieldChange={feedback.clear}
          fieldId={fieldId}
          today={today}
        />
        <MeasureLinks slugs={measuresForPeriods(values.periods.map((p) => p.type))} />
        {justify && (
          <Textarea
            id={fieldId('fullLeaveJustification')}
            label={t.fullLeaveJustification}
            description={t.fullLeaveJustificationDescription}
            value={values.fullLeaveJustification}
            onChange={(e) => set('fullLeaveJustification', e.target.value)}
            error={errors.fullLeaveJustification}
            minRows={2}
            aria-required
          />
        )}

        <Fieldset legend={t.medicalLegend} description={t.medicalDescription} className="note-section" errorPropagation={false}>
          <VStack gap="space-16">{TEXT_FIELDS.map(text)}</VStack>
        </Fieldset>

        {week && (
          <ExtendedQuestions
            week={week}
            hint={extendedHint}
            answers={values.extendedAnswers}
            onChange={(question, answer) => set('extendedAnswers', { ...values.extendedAnswers, [question]: answer }, answerField(question))}
            errors={errors}
            fieldId={fieldId}
          />
        )}

        <Fieldset legend={t.followUpLegend} className="note-section" errorPropagation={false}>
          <VStack gap="space-24">
            <CheckboxGroup
              id={fieldId('wishes')}
              legend={t.wishesLegend}
              description={t.wishesDescription}
              value={[values.wantsEarlyMeeting && 'wantsEarlyMeeting', values.wantsEarlyDialogue && 'wantsEarlyDialogue'].filter(Boolean)}
              onChange={(chosen: string[]) => {
                setValues((previous) => ({
                  ...previous,
                  wantsEarlyMeeting: chosen.includes('wantsEarlyMeeting'),
                  wantsEarlyDialogue: chosen.includes('wantsEarlyDialogue'),
                }));
              }}
            >
              <Checkbox value="wantsEarlyMeeting">{t.wantsEarlyMeeting}</Checkbox>
              <Checkbox value="wantsEarlyDialogue">{t.wantsEarlyDialogue}</Checkbox>
            </CheckboxGroup>
            <RadioGroup
              id={fieldId('followUpClass')}
              legend={followUp.legend}
              description={followUp.description}
              value={values.followUpClass === null ? null : String(values.followUpClass)}
              onChange={(value: string) => set('followUpClass', FOLLOW_UP_CLASSES.find((n) => String(n) === value) ?? null)}
              error={errors.followUpClass}
              aria-required
            >
              {FOLLOW_UP_CLASSES.map((n) => (
                <Radio key={n} value={String(n)} description={classDescription(n)}>
                  {classLabel(n)}
                </Radio>
              ))}
            </RadioGroup>
            <Textarea
              id={fieldId('workAdaptationNote')}
              label={t.optional(t.workAdaptationNote)}
              description={t.workAdaptationNoteDescription}
              value={values.workAdaptationNote}
              onChange={(e) => set('workAdaptationNote', e.target.value)}
              error={errors.workAdaptationNote}
              maxLength={LIMITS.workAdaptationNote}
              minRows={2}
            />
            {fillButton('workAdaptationNote')}
            <div role="status" aria-live="polite">
              {filledFrom}
            </div>
          </VStack>
        </Fieldset>

        <FormFeedback feedback={feedback} order={fieldOrder(values, week)} summaryLabel={summaryLabel} heading={t.errorSummaryHeading} />
        <HStack gap="space-16">
          <Button type="submit" loading={pending}>
            {t.submit}
          </Button>
          <Button as={RouterLink} to={cancelTo} role="link" variant="secondary">
            {t.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
