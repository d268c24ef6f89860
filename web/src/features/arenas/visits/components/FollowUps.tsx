import { Alert, BodyShort, Button, Checkbox, Heading, HStack, Select, Tag, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { formatDate } from '../../../../shared/format';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { useAddFollowUp, useRoundStaff, useSetFollowUpDone } from '../api';
import { officeTexts } from '../texts';
import type { VisitOffice } from '../types';

/** What was agreed at the visit: each with an owner and a due date, ticked off when done. */
export function FollowUps({ office, roundId, editable }: { office: VisitOffice; roundId: string; editable: boolean }) {
  const t = useTexts(officeTexts);
  const id = useId();
  const setDone = useSetFollowUpDone();
  return (
    <VStack gap="space-12" as="section" aria-labelledby={`${id}-title`}>
      <Heading level="3" size="xsmall" id={`${id}-title`}>
        {t.followUpsTitle}
      </Heading>
      {office.followUps.length === 0 && <BodyShort size="small">{t.noFollowUps}</BodyShort>}
      {office.followUps.length > 0 && (
        <ul className="arena-outreach-plain-list">
          {office.followUps.map((f) => (
            <li key={f.id}>
              <HStack gap="space-8" align="center">
                <Checkbox size="small" checked={f.done} disabled={!editable || setDone.isPending} onChange={(e) => setDone.mutate({ id: f.id, done: e.target.checked })}>
                  {f.text}
                </Checkbox>
                <BodyShort size="small" className="arena-outreach-subtle">
                  {t.dueOwner(formatDate(f.dueOn), f.owner.name)}
                </BodyShort>
                {f.overdue && (
                  <Tag size="xsmall" variant="moderate" data-color="danger">
                    {t.overdue}
                  </Tag>
                )}
              </HStack>
            </li>
          ))}
        </ul>
      )}
      {setDone.isError && <ApiErrorAlert error={setDone.error} size="small" />}
      {editable && <AddFollowUp officeId={office.id} roundId={roundId} />}
    </VStack>
  );
}

function AddFollowUp({ officeId, roundId }: { officeId: string; roundId: string }) {
  const t = useTexts(officeTexts);
  const id = useId();
  const staff = useRoundStaff(roundId);
  const add = useAddFollowUp();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || !owner || !due || due === INVALID_DATE) {
      setError(t.followUpRequired);
      return;
    }
    setError(null);
    add.mutate(
      { id: officeId, input: { text: text.trim(), ownerUserId: owner, dueOn: due } },
      {
        onSuccess: () => {
          setText('');
          setDue('');
          setFormKey((k) => k + 1);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-8">
        <TextField label={t.followUpText} value={text} onChange={(e) => setText(e.target.value)} size="small" maxLength={1000} />
        <HStack gap="space-16" align="start">
          <Select label={t.owner} value={owner} onChange={(e) => setOwner(e.target.value)} size="small">
            <option value="">{t.chooseOwner}</option>
            {(staff.data ?? []).map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.name}
              </option>
            ))}
          </Select>
          <DateField key={formKey} id={`${id}-due`} label={t.due} initialValue={due} onChange={setDue} size="small" />
        </HStack>
        {error && <Alert variant="error" size="small" role="alert">{error}</Alert>}
        {add.isError && <ApiErrorAlert error={add.error} size="small" />}
        <div>
          <Button type="submit" size="small" variant="secondary" loading={add.isPending}>
            {t.addFollowUp}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
