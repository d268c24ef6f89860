import { Button, ExpansionCard, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { useAddMember } from '../api';
import { forumErrorsFromApi } from '../serverErrors';
import { bodyTexts } from '../texts';
import type { AppointedHow, MemberInput, MemberRole } from '../types';
import { useForumVocabulary } from '../vocabulary';

const ROLES: MemberRole[] = ['member', 'leader', 'secretary', 'deputy'];
const HOW: AppointedHow[] = ['elected', 'appointed', 'co_opted', 'network'];
const ORDER = ['name', 'represents', 'region', 'role', 'appointedHow', 'appointedBy', 'termStart', 'termEnd', 'userId'];

const empty = (): MemberInput => ({ name: '', represents: '', region: '', role: 'member', appointedHow: 'appointed', appointedBy: '', termStart: '', termEnd: '', userId: '' });

/** The leader, secretary or an admin adds a member with whom they represent and their term. */
export function AddMemberForm({ bodyId }: { bodyId: string }) {
  const t = useTexts(bodyTexts);
  const v = useForumVocabulary();
  const add = useAddMember(bodyId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [values, setValues] = useState<MemberInput>(empty);
  const [formKey, setFormKey] = useState(0);
  const set = (patch: Partial<MemberInput>, field: string) => {
    setValues((old) => ({ ...old, ...patch }));
    feedback.clear(field);
  };
  const specs = { name: { label: t.memberName }, represents: { label: t.memberRepresents }, termStart: { label: t.memberTermStart }, termEnd: { label: t.memberTermEnd }, userId: { label: t.memberUserId } };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!values.name.trim()) problems.name = t.required(t.memberName);
    if (!values.represents.trim()) problems.represents = t.required(t.memberRepresents);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.termStart)) problems.termStart = t.required(t.memberTermStart);
    if (Object.keys(problems).length > 0) return feedback.fail(problems);
    const input: MemberInput = {
      name: values.name.trim(),
      represents: values.represents.trim(),
      role: values.role,
      appointedHow: values.appointedHow,
      termStart: values.termStart,
      ...(values.region?.trim() ? { region: values.region.trim() } : {}),
      ...(values.appointedBy?.trim() ? { appointedBy: values.appointedBy.trim() } : {}),
      ...(values.termEnd ? { termEnd: values.termEnd } : {}),
      ...(values.userId?.trim() ? { userId: values.userId.trim() } : {}),
    };
    try {
      await add.mutateAsync(input);
      setValues(empty());
      setFormKey((k) => k + 1);
      feedback.reset();
    } catch (error) {
      const { fields, general } = forumErrorsFromApi(error, specs, t.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <ExpansionCard aria-label={t.addMember} size="small">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h3" size="small">
          {t.addMember}
        </ExpansionCard.Title>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <form onSubmit={onSubmit} noValidate key={formKey}>
          <VStack gap="space-16" className="forums-narrow">
            <TextField id={fieldId('name')} label={t.memberName} value={values.name} onChange={(e) => set({ name: e.target.value }, 'name')} error={errors.name} aria-required />
            <TextField id={fieldId('represents')} label={t.memberRepresents} value={values.represents} onChange={(e) => set({ represents: e.target.value }, 'represents')} error={errors.represents} aria-required />
            <TextField id={fieldId('region')} label={t.memberRegion} value={values.region ?? ''} onChange={(e) => set({ region: e.target.value }, 'region')} error={errors.region} />
            <Select id={fieldId('role')} label={t.memberRole} value={values.role} onChange={(e) => set({ role: e.target.value as MemberRole }, 'role')}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {v.memberRole(role)}
                </option>
              ))}
            </Select>
            <Select id={fieldId('appointedHow')} label={t.memberAppointedHow} value={values.appointedHow} onChange={(e) => set({ appointedHow: e.target.value as AppointedHow }, 'appointedHow')}>
              {HOW.map((how) => (
                <option key={how} value={how}>
                  {v.appointed(how)}
                </option>
              ))}
            </Select>
            <TextField id={fieldId('appointedBy')} label={t.memberAppointedBy} value={values.appointedBy ?? ''} onChange={(e) => set({ appointedBy: e.target.value }, 'appointedBy')} />
            <HStack gap="space-16">
              <DateInput id={fieldId('termStart')} label={t.memberTermStart} initialValue="" onChange={(termStart) => set({ termStart }, 'termStart')} error={errors.termStart} required />
              <DateInput id={fieldId('termEnd')} label={t.memberTermEnd} initialValue="" onChange={(termEnd) => set({ termEnd }, 'termEnd')} error={errors.termEnd} />
            </HStack>
            <TextField id={fieldId('userId')} label={t.memberUserId} value={values.userId ?? ''} onChange={(e) => set({ userId: e.target.value }, 'userId')} error={errors.userId} />
            <FormFeedback feedback={feedback} order={ORDER} heading={t.fixErrors} />
            <div>
              <Button type="submit" loading={add.isPending}>
                {t.save}
              </Button>
            </div>
          </VStack>
        </form>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
