import { Alert, Button, Checkbox, Radio, RadioGroup, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { jointMeetingPath, useCreateJointMeeting } from '../api';
import { jointTexts } from '../texts';
import type { JointKind } from '../types';
import { emptySession, SessionFields, sessionTimes } from './SessionFields';

/** A new joint meeting or meeting place with its first session; more sessions can be added on its page. */
export function NewJointMeetingForm() {
  const t = useTexts(jointTexts);
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateJointMeeting();
  const [kind, setKind] = useState<JointKind>('joint_meeting');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [numbers, setNumbers] = useState('');
  const [location, setLocation] = useState('');
  const [session, setSession] = useState(emptySession);
  const [evening, setEvening] = useState(false);
  const [specialisation, setSpecialisation] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const municipalityNumbers = [...new Set(numbers.split(/[\s,;]+/).filter(Boolean))];
    const times = sessionTimes(session);
    if (!title.trim() || municipalityNumbers.length === 0 || !municipalityNumbers.every((n) => /^\d{4}$/.test(n)) || !times) {
      setError(t.required);
      return;
    }
    setError(null);
    create.mutate(
      {
        kind,
        title: title.trim(),
        description: description.trim() || undefined,
        municipalityNumbers,
        location: location.trim() || undefined,
        eveningSlots: evening,
        countsTowardsSpecialisation: specialisation,
        specialisationNote: specialisation ? note.trim() : undefined,
        sessions: [times],
      },
      { onSuccess: (result) => navigate(jointMeetingPath(result.id)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-16">
        <RadioGroup legend={t.kind} value={kind} onChange={(value: JointKind) => setKind(value)}>
          <Radio value="joint_meeting">{t.kind_joint_meeting}</Radio>
          <Radio value="meeting_place">{t.kind_meeting_place}</Radio>
        </RadioGroup>
        <TextField label={t.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} aria-required />
        <TextField label={t.municipalities} description={t.municipalitiesDescription} value={numbers} onChange={(e) => setNumbers(e.target.value)} inputMode="numeric" aria-required />
        <TextField label={t.location} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} />
        <SessionFields idPrefix={`${id}-session`} values={session} onChange={setSession} />
        <Checkbox checked={evening} onChange={(e) => setEvening(e.target.checked)}>
          {t.eveningSlots}
        </Checkbox>
        <Checkbox checked={specialisation} onChange={(e) => setSpecialisation(e.target.checked)}>
          {t.countsTowardsSpecialisation}
        </Checkbox>
        {specialisation && <TextField label={t.specialisationNote} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />}
        <Textarea label={t.description} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={10_000} />
        {error && <Alert variant="error" role="alert">{error}</Alert>}
        {create.isError && <ApiErrorAlert error={create.error} />}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
