import { TrashIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, Fieldset, Select, UNSAFE_Combobox, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { formTexts } from '../../directory-admin/texts';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import { useMemberCandidates, useSetMembers } from '../api';
import { checkMembers, memberValues, newMember, presenceField, type MemberValue } from '../membersForm';
import { teamErrorsFromApi } from '../serverErrors';
import { teamAdminTexts } from '../texts';
import { MEMBER_ROLES, type MemberRole, type NamedRef, type TeamDetail } from '../types';
import { useTeamVocabulary } from '../vocabulary';
import { PresenceRows } from './PresenceRows';

/** The team's members with their roles and presence; saving replaces the list (removed members become inactive). */
export function MembersEditor({ team, onSaved }: { team: TeamDetail; onSaved: (message: string) => void }) {
  const t = useTexts(teamAdminTexts);
  const form = useTexts(formTexts);
  const v = useTeamVocabulary();
  const roleLabel = useRoleLabel();
  const save = useSetMembers(team.id);
  const candidates = useMemberCandidates();
  const feedback = useFormFeedback();
  const focusLater = usePendingFocus();
  const { errors, fieldId } = feedback;
  const [members, setMembers] = useState<MemberValue[]>(() => memberValues(team.members));
  const offices: NamedRef[] = [...(team.hostOrganisation ? [team.hostOrganisation] : []), ...team.servedOrganisations.filter((o) => o.id !== team.hostOrganisation?.id)];
  const options = (candidates.data ?? []).map((c) => ({ value: c.userId, label: [c.name, c.role ? roleLabel(c.role) : null, c.organisationName].filter(Boolean).join(' – ') }));

  const update = (rowKey: string, patch: Partial<MemberValue>) => setMembers((list) => list.map((m) => (m.rowKey === rowKey ? { ...m, ...patch } : m)));
  const add = (userId: string) => {
    const candidate = candidates.data?.find((c) => c.userId === userId);
    if (!candidate) return;
    const member = newMember(candidate);
    setMembers((list) => [...list, member]);
    focusLater(() => document.getElementById(fieldId(`role-${member.rowKey}`)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const checked = checkMembers(members, t);
    if (!checked.body) return feedback.fail(checked.errors);
    try {
      await save.mutateAsync(checked.body);
      feedback.reset();
      onSaved(t.membersSaved);
    } catch (error) {
      const { fields, general } = teamErrorsFromApi(error, {}, form.invalidValue);
      feedback.fail(fields, general);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="teams-form" data-testid="members-form">
      <VStack gap="space-24">
        <BodyLong>{t.membersIntro}</BodyLong>
        {members.length === 0 && <BodyShort>{t.membersNone}</BodyShort>}
        {members.map((member) => (
          <Fieldset key={member.rowKey} legend={member.name} className="teams-subgroup">
            <VStack gap="space-12">
              <Select id={fieldId(`role-${member.rowKey}`)} label={t.memberRole} value={member.role} onChange={(e) => update(member.rowKey, { role: e.target.value as MemberRole })} className="teams-narrow">
                {MEMBER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {v.memberRole(role)}
                  </option>
                ))}
              </Select>
              <PresenceRows memberName={member.name} presence={member.presence} offices={offices} onChange={(presence) => update(member.rowKey, { presence })} errors={errors} fieldId={fieldId} focusLater={focusLater} />
              <div>
                <Button
                  type="button"
                  size="small"
                  variant="tertiary"
                  data-color="danger"
                  icon={<TrashIcon aria-hidden />}
                  onClick={() => {
                    setMembers((list) => list.filter((m) => m.rowKey !== member.rowKey));
                    focusLater(() => document.getElementById(fieldId('add-member'))?.querySelector('input'));
                  }}
                >
                  {t.removeMember(member.name)}
                </Button>
              </div>
            </VStack>
          </Fieldset>
        ))}
        <div id={fieldId('add-member')} className="teams-narrow">
          <UNSAFE_Combobox
            label={t.addMember}
            description={t.addMemberDescription}
            options={options}
            isLoading={candidates.isPending}
            selectedOptions={[]}
            onToggleSelected={(value, isSelected) => {
              if (isSelected) add(value);
            }}
            shouldAutocomplete={false}
          />
        </div>
        <FormFeedback
          feedback={feedback}
          order={members.flatMap((m) => m.presence.flatMap((p) => (['office', 'from', 'to'] as const).map((part) => presenceField(p.rowKey, part))))}
          heading={form.errorSummaryHeading}
          // A presence row's message is short; the summary says whose row it is.
          summaryLabel={(key) => members.find((m) => m.presence.some((p) => key.startsWith(`presence-${p.rowKey}-`)))?.name}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t.saveMembers}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
