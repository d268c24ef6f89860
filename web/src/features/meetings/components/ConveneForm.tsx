import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, Fieldset, Heading, HGrid, HStack, Radio, RadioGroup, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { focusField, FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useFocusFieldAfterRefusal } from '../../dialogue/useFocusFieldAfterRefusal';
import { useConveneMeeting } from '../api';
import {
  checkConvene,
  errorsFromRefusal,
  fieldOrder,
  maxGpMinutes,
  newOther,
  otherField,
  TEXT_MAX,
  type ConveneValues,
  type GpChoice,
  type WhenWhere,
} from '../conveneForm';
import { newIdempotencyKey } from '../format';
import { conveneTexts } from '../texts';
import { CONVENED_KINDS, type ConveneInput, type ConvenedKind, type MeetingView, type OtherRole, type OverlappingMeeting } from '../types';
import { useMeetingVocabulary } from '../vocabulary';
import { OverlapAlert } from './OverlapAlert';
import { WhenWhereFields } from './WhenWhereFields';

interface Props {
  caseId: string;
  labelledBy: string;
  cancelTo: string;
  /** The case's employer; without one, no nearest manager can be invited. */
  employerName: string | null;
  onConvened: (meeting: MeetingView) => void;
}

const INITIAL: ConveneValues = {
  kind: 'dm2',
  date: '',
  time: '',
  duration: 60,
  place: 'nav_office',
  placeText: '',
  videoUrl: '',
  purpose: '',
  agenda: '',
  preparation: '',
  gpDecision: '',
  gpMinutes: '15',
  gpReason: '',
  employeeEmail: '',
  employeePhone: '',
  employerInvite: true,
  employerEmail: '',
  others: [],
};

/**
 * NAV convenes a dialogue meeting: kind, time and place, the content (NAV's standard texts when
 * left empty), the GP decision (which must be made), and the participants. An overlap with the
 * person's other meetings is shown and can be confirmed.
 */
export function ConveneForm({ caseId, labelledBy, cancelTo, employerName, onConvened }: Props) {
  const t = useTexts(conveneTexts);
  const v = useMeetingVocabulary();
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<ConveneValues>(INITIAL);
  const [overlap, setOverlap] = useState<{ list: OverlappingMeeting[]; input: ConveneInput } | null>(null);
  // One key per form: a second click on "Send" is the same invitation to the server.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const convene = useConveneMeeting(caseId);
  const order = fieldOrder(values);
  const focusAfterRefusal = useFocusFieldAfterRefusal(feedback, order);
  const focusLater = usePendingFocus();
  const othersStatus = useRef<HTMLDivElement>(null);
  const [othersMessage, setOthersMessage] = useState('');
  const ids = { content: useId(), gp: useId(), participants: useId(), others: useId() };

  const set = <K extends keyof ConveneValues>(key: K, value: ConveneValues[K], field: string = key) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    feedback.clear(field);
    if (overlap) setOverlap(null);
  };
  const setWhenWhere = <K extends keyof WhenWhere>(key: K, value: WhenWhere[K]) => set(key, value as ConveneValues[K]);
  const setOther = (key: string, part: 'name' | 'email' | 'language' | 'organisation', value: string) => {
    setValues((previous) => ({ ...previous, others: previous.others.map((o) => (o.key === key ? { ...o, [part]: value } : o)) }));
    feedback.clear(otherField(key, part));
  };
  const addOther = (role: OtherRole) => {
    const other = newOther(role);
    setValues((previous) => ({ ...previous, others: [...previous.others, other] }));
    setOthersMessage(t.otherAdded(v.role(role)));
    focusLater(() => document.getElementById(fieldId(otherField(other.key, 'name'))));
  };
  const removeOther = (key: string) => {
    setValues((previous) => ({ ...previous, others: previous.others.filter((o) => o.key !== key) }));
    // The row and its button are gone: the focus goes to the group's first add button.
    focusLater(() => document.getElementById(`${ids.others}-add`));
  };

  const send = async (input: ConveneInput) => {
    try {
      const { meeting } = await convene.mutateAsync({ input, key: idempotencyKey });
      onConvened(meeting);
    } catch (error) {
      const refusal = errorsFromRefusal(error, values);
      if (refusal.overlapping) {
        setOverlap({ list: refusal.overlapping, input });
        return;
      }
      focusAfterRefusal(refusal.fields);
      feedback.fail(refusal.fields, refusal.general);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (convene.isPending) return;
    setOverlap(null);
    const { errors: found, input } = checkConvene(values, t, employerName !== null);
    if (!input) {
      feedback.fail(found);
      return;
    }
    await send(input);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={labelledBy} aria-busy={convene.isPending} data-testid="convene-form">
      <VStack gap="space-40">
        <RadioGroup id={fieldId('kind')} legend={t.kind} value={values.kind} onChange={(kind: ConvenedKind) => set('kind', kind)} error={errors.kind}>
          {CONVENED_KINDS.map((kind) => (
            <Radio key={kind} value={kind}>
              {v.kind(kind)}
            </Radio>
          ))}
        </RadioGroup>

        <Fieldset legend={t.timeAndPlace}>
          <WhenWhereFields values={values} onChange={setWhenWhere} errors={errors} fieldId={fieldId} />
        </Fieldset>

        <Fieldset legend={t.content} description={t.contentDescription}>
          <VStack gap="space-16">
            <Textarea id={fieldId('purpose')} label={t.purpose} value={values.purpose} onChange={(e) => set('purpose', e.target.value)} error={errors.purpose} maxLength={TEXT_MAX} minRows={2} />
            <Textarea id={fieldId('agenda')} label={t.agenda} value={values.agenda} onChange={(e) => set('agenda', e.target.value)} error={errors.agenda} maxLength={TEXT_MAX} minRows={2} />
            <Textarea
              id={fieldId('preparation')}
              label={t.preparation}
              value={values.preparation}
              onChange={(e) => set('preparation', e.target.value)}
              error={errors.preparation}
              maxLength={TEXT_MAX}
              minRows={2}
            />
          </VStack>
        </Fieldset>

        <VStack as="section" gap="space-16" aria-labelledby={ids.gp}>
          <Heading level="2" size="small" id={ids.gp}>
            {t.gp}
          </Heading>
          <RadioGroup
            id={fieldId('gpDecision')}
            legend={t.gpDecision}
            description={t.gpDecisionDescription}
            value={values.gpDecision}
            onChange={(value: GpChoice) => {
              set('gpDecision', value);
              feedback.clear('gpMinutes');
              feedback.clear('gpReason');
            }}
            error={errors.gpDecision}
            aria-required
          >
            <Radio value="whole">{t.gpWhole}</Radio>
            <Radio value="last">{t.gpLast}</Radio>
            <Radio value="no">{t.gpNo}</Radio>
          </RadioGroup>
          {values.gpDecision === 'last' && (
            <TextField
              id={fieldId('gpMinutes')}
              label={t.gpMinutes}
              description={t.gpMinutesDescription(maxGpMinutes(values.duration))}
              value={values.gpMinutes}
              onChange={(e) => set('gpMinutes', e.target.value)}
              error={errors.gpMinutes}
              inputMode="numeric"
              htmlSize={6}
              aria-required
            />
          )}
          {values.gpDecision === 'no' && (
            <Textarea
              id={fieldId('gpReason')}
              label={t.gpReason}
              description={t.gpReasonDescription}
              value={values.gpReason}
              onChange={(e) => set('gpReason', e.target.value)}
              error={errors.gpReason}
              maxLength={TEXT_MAX}
              minRows={2}
              aria-required
            />
          )}
        </VStack>

        <VStack as="section" gap="space-24" aria-labelledby={ids.participants}>
          <Heading level="2" size="small" id={ids.participants}>
            {t.participants}
          </Heading>
          <Fieldset legend={t.employee} description={t.employeeDescription}>
            <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
              <TextField
                id={fieldId('employeeEmail')}
                label={t.email}
                type="email"
                autoComplete="off"
                value={values.employeeEmail}
                onChange={(e) => set('employeeEmail', e.target.value)}
                error={errors.employeeEmail}
              />
              <TextField
                id={fieldId('employeePhone')}
                label={t.phone}
                type="tel"
                autoComplete="off"
                value={values.employeePhone}
                onChange={(e) => set('employeePhone', e.target.value)}
                error={errors.employeePhone}
              />
            </HGrid>
          </Fieldset>
          <Fieldset legend={t.employer} description={employerName ? t.employerDescription(employerName) : t.noEmployer}>
            {employerName && (
              <VStack gap="space-8">
                <Checkbox checked={values.employerInvite} onChange={(e) => set('employerInvite', e.target.checked, 'employerEmail')}>
                  {t.employerInvite}
                </Checkbox>
                {values.employerInvite && (
                  <TextField
                    id={fieldId('employerEmail')}
                    label={t.email}
                    type="email"
                    autoComplete="off"
                    value={values.employerEmail}
                    onChange={(e) => set('employerEmail', e.target.value)}
                    error={errors.employerEmail}
                    description={t.employerEmailDescription}
                  />
                )}
              </VStack>
            )}
          </Fieldset>

          <Fieldset legend={t.others} description={t.othersDescription} id={ids.others}>
            <VStack gap="space-16">
              {values.others.length === 0 && <BodyShort size="small">{t.noOthers}</BodyShort>}
              {values.others.map((other, index) => {
                const role = v.role(other.role);
                return (
                  <Fieldset key={other.key} legend={t.other(index + 1, role)} className="meetings-subgroup" data-testid="convene-other">
                    <VStack gap="space-12">
                      <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
                        <TextField
                          id={fieldId(otherField(other.key, 'name'))}
                          label={t.otherName}
                          value={other.name}
                          onChange={(e) => setOther(other.key, 'name', e.target.value)}
                          error={errors[otherField(other.key, 'name')]}
                          autoComplete="off"
                          aria-required
                        />
                        <TextField
                          id={fieldId(otherField(other.key, 'email'))}
                          label={t.emailRequired}
                          type="email"
                          value={other.email}
                          onChange={(e) => setOther(other.key, 'email', e.target.value)}
                          error={errors[otherField(other.key, 'email')]}
                          autoComplete="off"
                          aria-required
                        />
                        {other.role === 'interpreter' ? (
                          <TextField
                            id={fieldId(otherField(other.key, 'language'))}
                            label={t.otherLanguage}
                            value={other.language}
                            onChange={(e) => setOther(other.key, 'language', e.target.value)}
                            error={errors[otherField(other.key, 'language')]}
                            autoComplete="off"
                            aria-required
                          />
                        ) : (
                          <TextField
                            id={fieldId(otherField(other.key, 'organisation'))}
                            label={t.otherOrganisation}
                            value={other.organisation}
                            onChange={(e) => setOther(other.key, 'organisation', e.target.value)}
                            error={errors[otherField(other.key, 'organisation')]}
                            autoComplete="off"
                          />
                        )}
                      </HGrid>
                      <div>
                        <Button type="button" size="small" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => removeOther(other.key)}>
                          {t.removeOther(index + 1, role)}
                        </Button>
                      </div>
                    </VStack>
                  </Fieldset>
                );
              })}
              <HStack gap="space-8" wrap>
                <Button id={`${ids.others}-add`} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => addOther('advisory_physician')}>
                  {t.addAdvisoryPhysician}
                </Button>
                <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => addOther('interpreter')}>
                  {t.addInterpreter}
                </Button>
                <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => addOther('other')}>
                  {t.addOther}
                </Button>
              </HStack>
              <div ref={othersStatus} role="status" aria-live="polite" className="aksel-sr-only">
                {othersMessage}
              </div>
            </VStack>
          </Fieldset>
        </VStack>

        {overlap && (
          <OverlapAlert
            overlapping={overlap.list}
            confirmLabel={t.overlapConfirm}
            pending={convene.isPending}
            onConfirm={() => void send({ ...overlap.input, confirmOverlap: true })}
            onChange={() => {
              setOverlap(null);
              focusField(fieldId('date'));
            }}
          />
        )}
        <FormFeedback feedback={feedback} order={order} heading={t.errorSummary} />
        <HStack gap="space-12">
          <Button type="submit" loading={convene.isPending && !overlap}>
            {t.send}
          </Button>
          <Button as={RouterLink} to={cancelTo} variant="secondary" role="link">
            {t.cancel}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
