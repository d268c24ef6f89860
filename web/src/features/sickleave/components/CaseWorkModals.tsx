import { Button, HGrid, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { AdminModal } from '../../directory-admin/components/AdminModal';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { errorsFromApi, type FieldSpec } from '../../directory-admin/serverErrors';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { INVALID_DATE, type FieldErrors } from '../../directory-admin/validation';
import { useAddMeasure, useMeasureCatalogue, useRecordDecision, useRecordEvent, useUpdateMeasure } from '../api';
import { todayIso } from '../dates';
import { caseTexts } from '../texts';
import { DECISION_KINDS, type CaseMeasure, type DecisionKind, type RecordableEvent } from '../types';
import { useVocabulary } from '../vocabulary';

type CaseT = (typeof caseTexts)['nb'];

interface ModalProps {
  onClose: () => void;
  /** Called with the success message once the change is saved and the case is fresh. */
  onSaved: (message: string) => void;
  returnFocusTo: () => HTMLElement | null | undefined;
}

const DETAIL_MAX = 2000;
const NOTE_MAX = 4000;

/** Checks a date input: required or optional, not in the future when asked. */
function checkDate(value: string, t: CaseT, options: { required: boolean; notAfter?: string }): string | undefined {
  if (value === '') return options.required ? t.dateRequired : undefined;
  if (value === INVALID_DATE) return t.dateRequired;
  if (options.notAfter && value > options.notAfter) return t.dateInFuture;
  return undefined;
}

function compact(errors: Record<string, string | undefined>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The modal's submit and cancel buttons; submit is tied to the form by id. */
function Footer({ formId, submitLabel, pending, onClose }: { formId: string; submitLabel: string; pending: boolean; onClose: () => void }) {
  const form = useTexts(formTexts);
  return (
    <>
      <Button type="submit" form={formId} loading={pending}>
        {submitLabel}
      </Button>
      <Button type="button" variant="secondary" onClick={onClose} disabled={pending}>
        {form.cancel}
      </Button>
    </>
  );
}

/**
 * Records an event on the case (POST /api/cases/:id/events). With one kind (the employer's
 * "Oppfølgingsplan mottatt") the kind is fixed and names the modal; with several, it is chosen.
 */
export function EventModal({ caseId, kinds, heading, ...props }: ModalProps & { caseId: string; kinds: readonly RecordableEvent[]; heading: string }) {
  const t = useTexts(caseTexts);
  const form = useTexts(formTexts);
  const vocabulary = useVocabulary();
  const record = useRecordEvent(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const fixed = kinds.length === 1 ? kinds[0] : undefined;
  const [kind, setKind] = useState<RecordableEvent | ''>(fixed ?? '');
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [detail, setDetail] = useState('');
  const formId = fieldId('form');
  const specs: Record<string, FieldSpec> = {
    kind: { label: t.eventKind, required: t.eventRequired },
    occurredOn: { label: t.occurredOn, required: t.dateRequired, invalid: t.dateRequired },
    detail: { label: t.detail, tooLong: t.tooLong(t.detail, DETAIL_MAX) },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const checked = compact({
      kind: kind === '' ? t.eventRequired : undefined,
      occurredOn: checkDate(occurredOn, t, { required: true, notAfter: todayIso() }),
      detail: detail.length > DETAIL_MAX ? t.tooLong(t.detail, DETAIL_MAX) : undefined,
    });
    if (Object.keys(checked).length > 0 || kind === '') {
      feedback.fail(checked);
      return;
    }
    try {
      await record.mutateAsync({ kind, occurredOn, ...(detail.trim() ? { detail: detail.trim() } : {}) });
      props.onSaved(t.eventRecorded(vocabulary.event(kind)));
      props.onClose();
    } catch (error) {
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={heading}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId(fixed ? 'occurredOn' : 'kind')}
      footer={<Footer formId={formId} submitLabel={fixed ? form.save : t.recordEvent} pending={record.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          {!fixed && (
            <Select
              id={fieldId('kind')}
              label={t.eventKind}
              value={kind}
              onChange={(event) => {
                setKind(kinds.find((k) => k === event.target.value) ?? '');
                feedback.clear('kind');
              }}
              error={errors.kind}
              aria-required
            >
              <option value="">{t.chooseEvent}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {vocabulary.event(k)}
                </option>
              ))}
            </Select>
          )}
          <DateInput
            id={fieldId('occurredOn')}
            label={t.occurredOn}
            initialValue={occurredOn}
            onChange={(value) => {
              setOccurredOn(value);
              feedback.clear('occurredOn');
            }}
            error={errors.occurredOn}
            required
          />
          <Textarea
            id={fieldId('detail')}
            label={t.detail}
            description={t.detailDescription}
            value={detail}
            onChange={(event) => {
              setDetail(event.target.value);
              feedback.clear('detail');
            }}
            error={errors.detail}
            maxLength={DETAIL_MAX}
            minRows={2}
          />
          <FormFeedback feedback={feedback} order={['kind', 'occurredOn', 'detail']} />
        </VStack>
      </form>
    </AdminModal>
  );
}

/** "Legg til tiltak": a measure from NAV's catalogue with its start and (optional) end. */
export function AddMeasureModal({ caseId, ...props }: ModalProps & { caseId: string }) {
  const t = useTexts(caseTexts);
  const form = useTexts(formTexts);
  const catalogue = useMeasureCatalogue();
  const add = useAddMeasure(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [code, setCode] = useState('');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [endsOn, setEndsOn] = useState('');
  const formId = fieldId('form');
  const specs: Record<string, FieldSpec> = {
    code: { label: t.measure, required: t.measureRequired, invalid: t.measureRequired },
    startsOn: { label: t.startsOn, required: t.dateRequired, invalid: t.dateRequired },
    endsOn: { label: t.endsOn, invalid: t.dateRequired },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const checked = compact({
      code: code === '' ? t.measureRequired : undefined,
      startsOn: checkDate(startsOn, t, { required: true }),
      endsOn: checkDate(endsOn, t, { required: false }) ?? (endsOn && startsOn && endsOn < startsOn ? t.endBeforeStart : undefined),
    });
    if (Object.keys(checked).length > 0) {
      feedback.fail(checked);
      return;
    }
    const name = catalogue.data?.find((m) => m.code === code)?.name ?? code;
    try {
      await add.mutateAsync({ code, startsOn, ...(endsOn ? { endsOn } : {}) });
      props.onSaved(t.measureAdded(name));
      props.onClose();
    } catch (error) {
      if (isPeriodInvalid(error)) {
        feedback.fail({ endsOn: (error as Error).message });
        return;
      }
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={t.addMeasure}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId('code')}
      footer={<Footer formId={formId} submitLabel={t.addMeasure} pending={add.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <Select
            id={fieldId('code')}
            label={t.measure}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              feedback.clear('code');
            }}
            error={errors.code ?? (catalogue.isError ? catalogue.error.message : undefined)}
            aria-required
          >
            <option value="">{t.chooseMeasure}</option>
            {catalogue.data?.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </Select>
          <HGrid gap="space-16" columns={{ xs: 1, sm: 2 }} align="start">
            <DateInput
              id={fieldId('startsOn')}
              label={t.startsOn}
              initialValue={startsOn}
              onChange={(value) => {
                setStartsOn(value);
                feedback.clear('startsOn');
              }}
              error={errors.startsOn}
              required
            />
            <DateInput
              id={fieldId('endsOn')}
              label={t.endsOn}
              initialValue={endsOn}
              onChange={(value) => {
                setEndsOn(value);
                feedback.clear('endsOn');
              }}
              error={errors.endsOn}
            />
          </HGrid>
          <FormFeedback feedback={feedback} order={['code', 'startsOn', 'endsOn']} />
        </VStack>
      </form>
    </AdminModal>
  );
}

function isPeriodInvalid(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'PERIOD_INVALID';
}

/** Ends a measure and/or records its result (PATCH /api/measures/:id with the changed fields only). */
export function UpdateMeasureModal({ measure, ...props }: ModalProps & { measure: CaseMeasure }) {
  const t = useTexts(caseTexts);
  const form = useTexts(formTexts);
  const update = useUpdateMeasure();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [endsOn, setEndsOn] = useState(measure.endsOn ?? '');
  const [result, setResult] = useState(measure.result ?? '');
  const formId = fieldId('form');
  const specs: Record<string, FieldSpec> = {
    endsOn: { label: t.endsOn, invalid: t.dateRequired },
    result: { label: t.result, tooLong: t.tooLong(t.result, NOTE_MAX) },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const checked = compact({
      endsOn: checkDate(endsOn, t, { required: false }) ?? (endsOn && endsOn < measure.startsOn ? t.endBeforeStart : undefined),
      result: result.length > NOTE_MAX ? t.tooLong(t.result, NOTE_MAX) : undefined,
    });
    if (Object.keys(checked).length > 0) {
      feedback.fail(checked);
      return;
    }
    const patch: { endsOn?: string | null; result?: string | null } = {};
    if ((endsOn || null) !== measure.endsOn) patch.endsOn = endsOn || null;
    if ((result.trim() || null) !== measure.result) patch.result = result.trim() || null;
    if (Object.keys(patch).length === 0) {
      props.onSaved(form.noChanges);
      props.onClose();
      return;
    }
    try {
      await update.mutateAsync({ id: measure.id, patch });
      props.onSaved(t.measureUpdated(measure.name));
      props.onClose();
    } catch (error) {
      if (isPeriodInvalid(error)) {
        feedback.fail({ endsOn: (error as Error).message });
        return;
      }
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={t.updateMeasureHeading(measure.name)}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId('endsOn')}
      footer={<Footer formId={formId} submitLabel={form.save} pending={update.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <DateInput
            id={fieldId('endsOn')}
            label={t.endsOn}
            initialValue={endsOn}
            onChange={(value) => {
              setEndsOn(value);
              feedback.clear('endsOn');
            }}
            error={errors.endsOn}
          />
          <Textarea
            id={fieldId('result')}
            label={t.result}
            description={t.resultDescription}
            value={result}
            onChange={(event) => {
              setResult(event.target.value);
              feedback.clear('result');
            }}
            error={errors.result}
            maxLength={NOTE_MAX}
            minRows={3}
          />
          <FormFeedback feedback={feedback} order={['endsOn', 'result']} />
        </VStack>
      </form>
    </AdminModal>
  );
}

/** "Registrer vedtak": the kind, when it was decided, from when it applies, and a note. */
export function DecisionModal({ caseId, ...props }: ModalProps & { caseId: string }) {
  const t = useTexts(caseTexts);
  const form = useTexts(formTexts);
  const vocabulary = useVocabulary();
  const record = useRecordDecision(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [kind, setKind] = useState<DecisionKind | ''>('');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [note, setNote] = useState('');
  const formId = fieldId('form');
  const specs: Record<string, FieldSpec> = {
    kind: { label: t.decision, required: t.decisionRequired },
    decidedOn: { label: t.decidedOn, required: t.dateRequired, invalid: t.dateRequired },
    effectiveFrom: { label: t.effectiveFrom, invalid: t.dateRequired },
    note: { label: t.decisionNote, tooLong: t.tooLong(t.decisionNote, NOTE_MAX) },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const checked = compact({
      kind: kind === '' ? t.decisionRequired : undefined,
      decidedOn: checkDate(decidedOn, t, { required: true }),
      effectiveFrom: checkDate(effectiveFrom, t, { required: false }),
      note: note.length > NOTE_MAX ? t.tooLong(t.decisionNote, NOTE_MAX) : undefined,
    });
    if (Object.keys(checked).length > 0 || kind === '') {
      feedback.fail(checked);
      return;
    }
    try {
      await record.mutateAsync({
        kind,
        decidedOn,
        ...(effectiveFrom ? { effectiveFrom } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      props.onSaved(t.decisionRecorded(vocabulary.decision(kind)));
      props.onClose();
    } catch (error) {
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    }
  };

  return (
    <AdminModal
      open
      onClose={props.onClose}
      heading={t.recordDecision}
      width="small"
      returnFocusTo={props.returnFocusTo}
      initialFocusId={fieldId('kind')}
      footer={<Footer formId={formId} submitLabel={t.recordDecision} pending={record.isPending} onClose={props.onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate>
        <VStack gap="space-24">
          <Select
            id={fieldId('kind')}
            label={t.decision}
            description={t.endingDecisionHint}
            value={kind}
            onChange={(event) => {
              setKind(DECISION_KINDS.find((k) => k === event.target.value) ?? '');
              feedback.clear('kind');
            }}
            error={errors.kind}
            aria-required
          >
            <option value="">{t.chooseDecision}</option>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {vocabulary.decision(k)}
              </option>
            ))}
          </Select>
          <HGrid gap="space-16" columns={{ xs: 1, sm: 2 }} align="start">
            <DateInput
              id={fieldId('decidedOn')}
              label={t.decidedOn}
              initialValue={decidedOn}
              onChange={(value) => {
                setDecidedOn(value);
                feedback.clear('decidedOn');
              }}
              error={errors.decidedOn}
              required
            />
            <DateInput
              id={fieldId('effectiveFrom')}
              label={t.effectiveFrom}
              initialValue={effectiveFrom}
              onChange={(value) => {
                setEffectiveFrom(value);
                feedback.clear('effectiveFrom');
              }}
              error={errors.effectiveFrom}
            />
          </HGrid>
          <Textarea
            id={fieldId('note')}
            label={t.decisionNote}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              feedback.clear('note');
            }}
            error={errors.note}
            maxLength={NOTE_MAX}
            minRows={2}
          />
          <FormFeedback feedback={feedback} order={['kind', 'decidedOn', 'effectiveFrom', 'note']} />
        </VStack>
      </form>
    </AdminModal>
  );
}
