import { Button, Fieldset, HStack, Radio, RadioGroup, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { errorsFromApi, type FieldSpec } from '../../directory-admin/serverErrors';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import type { FieldErrors } from '../../directory-admin/validation';
import { useCreateCallback } from '../api';
import { isNorwegianPhone, localToIso, normaliseTime, osloToday } from '../format';
import { callbackTexts, callbackVocabulary } from '../texts';
import { URGENCIES, type PreferredTime, type Urgency } from '../types';

const REASON_MAX = 2000;
const NOTE_MAX = 500;
const MAX_SLOTS = 5;

interface Slot {
  key: number;
  date: string;
  from: string;
  to: string;
}

interface Props {
  caseId: string;
  onSent: () => void;
  onCancel: () => void;
}

/**
 * "Be om å bli ringt opp": reason, urgency, up to five preferred time windows or a free-text wish,
 * and the number to call. Checked on submit as the server checks; a refusal goes to its field.
 */
export function CallbackRequestForm({ caseId, onSent, onCancel }: Props) {
  const t = useTexts(callbackTexts);
  const words = useTexts(callbackVocabulary);
  const form = useTexts(formTexts);
  const create = useCreateCallback(caseId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('within_2_days');
  const [phone, setPhone] = useState('');
  const [slots, setSlots] = useState<Slot[]>([]);
  const [note, setNote] = useState('');
  const nextKey = useRef(1);
  // One key per request being made: a resend after a lost answer gets the stored request back.
  const idempotencyKey = useRef(crypto.randomUUID());

  const specs: Record<string, FieldSpec> = {
    reason: { label: t.reason, required: t.reasonRequired, tooLong: t.reasonTooLong },
    urgency: { label: t.urgency, required: t.urgencyRequired },
    phone: { label: t.phone, invalid: t.phoneInvalid },
    preferredTimes: { label: t.preferredTimes, invalid: t.slotInvalid },
    preferredNote: { label: t.preferredNote },
  };

  const updateSlot = (key: number, change: Partial<Slot>) => setSlots((all) => all.map((s) => (s.key === key ? { ...s, ...change } : s)));

  function check(): { errors: FieldErrors; times: PreferredTime[] } {
    const found: FieldErrors = {};
    if (!reason.trim()) found.reason = t.reasonRequired;
    else if (reason.length > REASON_MAX) found.reason = t.reasonTooLong;
    if (!isNorwegianPhone(phone)) found.phone = t.phoneInvalid;
    const times: PreferredTime[] = [];
    slots.forEach((slot) => {
      const from = normaliseTime(slot.from);
      const to = normaliseTime(slot.to);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(slot.date)) found[`slot-${slot.key}-date`] = t.dateRequired;
      if (!from) found[`slot-${slot.key}-from`] = t.timeInvalid;
      if (!to) found[`slot-${slot.key}-to`] = t.timeInvalid;
      if (found[`slot-${slot.key}-date`] || !from || !to) return;
      const fromIso = localToIso(slot.date, from)!;
      const toIso = localToIso(slot.date, to)!;
      if (toIso <= fromIso || Date.parse(toIso) <= Date.now()) found[`slot-${slot.key}-to`] = t.slotInvalid;
      else times.push({ from: fromIso, to: toIso });
    });
    return { errors: found, times };
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const { errors: found, times } = check();
    if (Object.keys(found).length > 0) {
      feedback.fail(found);
      return;
    }
    try {
      await create.mutateAsync({
        key: idempotencyKey.current,
        input: { reason: reason.trim(), urgency, preferredTimes: times, preferredNote: note.trim() || null, phone },
      });
      idempotencyKey.current = crypto.randomUUID();
      onSent();
    } catch (error) {
      const mapped = errorsFromApi(error, specs, form.invalidValue);
      feedback.fail(mapped.fields, mapped.general);
    }
  };

  const order = ['reason', 'urgency', 'phone', ...slots.flatMap((s) => [`slot-${s.key}-date`, `slot-${s.key}-from`, `slot-${s.key}-to`]), 'preferredTimes', 'preferredNote'];
  return (
    <form onSubmit={submit} noValidate data-testid="callback-form">
      <VStack gap="space-20">
        <Textarea
          id={fieldId('reason')}
          label={t.reason}
          description={t.reasonDescription}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            feedback.clear('reason');
          }}
          error={errors.reason}
          maxLength={REASON_MAX}
          minRows={3}
          aria-required
        />
        <RadioGroup
          id={fieldId('urgency')}
          legend={t.urgency}
          value={urgency}
          onChange={(value: Urgency) => setUrgency(value)}
          error={errors.urgency}
        >
          {URGENCIES.map((u) => (
            <Radio key={u} value={u}>
              {words.urgency(u)}
            </Radio>
          ))}
        </RadioGroup>
        <TextField
          id={fieldId('phone')}
          label={t.phone}
          description={t.phoneDescription}
          value={phone}
          onChange={(e) => {
            setPhone(e.target.value);
            feedback.clear('phone');
          }}
          error={errors.phone}
          type="tel"
          autoComplete="tel"
          htmlSize={20}
          aria-required
        />
        <Fieldset id={fieldId('preferredTimes')} legend={t.preferredTimes} description={t.preferredTimesDescription} error={errors.preferredTimes}>
          <VStack gap="space-16">
            {slots.map((slot, index) => (
              <Fieldset key={slot.key} legend={t.slot(index + 1)} data-testid="callback-slot">
                <HStack gap="space-16" align="start" wrap>
                  <DateInput
                    id={fieldId(`slot-${slot.key}-date`)}
                    label={t.date}
                    initialValue={slot.date}
                    onChange={(value) => {
                      updateSlot(slot.key, { date: value });
                      feedback.clear(`slot-${slot.key}-date`);
                    }}
                    error={errors[`slot-${slot.key}-date`]}
                    required
                  />
                  <TextField
                    id={fieldId(`slot-${slot.key}-from`)}
                    label={t.from}
                    value={slot.from}
                    onChange={(e) => {
                      updateSlot(slot.key, { from: e.target.value });
                      feedback.clear(`slot-${slot.key}-from`);
                    }}
                    error={errors[`slot-${slot.key}-from`]}
                    htmlSize={6}
                    inputMode="numeric"
                  />
                  <TextField
                    id={fieldId(`slot-${slot.key}-to`)}
                    label={t.to}
                    value={slot.to}
                    onChange={(e) => {
                      updateSlot(slot.key, { to: e.target.value });
                      feedback.clear(`slot-${slot.key}-to`);
                    }}
                    error={errors[`slot-${slot.key}-to`]}
                    htmlSize={6}
                    inputMode="numeric"
                  />
                  <Button type="button" size="small" variant="tertiary" onClick={() => setSlots((all) => all.filter((s) => s.key !== slot.key))}>
                    {t.removeSlot(index + 1)}
                  </Button>
                </HStack>
              </Fieldset>
            ))}
            {slots.length < MAX_SLOTS && (
              <div>
                <Button
                  type="button"
                  size="small"
                  variant="secondary"
                  onClick={() => {
                    setSlots((all) => [...all, { key: nextKey.current++, date: osloToday(), from: '', to: '' }]);
                    feedback.clear('preferredTimes');
                  }}
                >
                  {t.addSlot}
                </Button>
              </div>
            )}
          </VStack>
        </Fieldset>
        <TextField
          id={fieldId('preferredNote')}
          label={t.preferredNote}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={NOTE_MAX}
        />
        <FormFeedback feedback={feedback} order={order} heading={t.errorHeading} />
        <HStack gap="space-12">
          <Button type="submit" loading={create.isPending}>
            {t.submit}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel} disabled={create.isPending}>
            {t.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
