import { Alert, Button, Checkbox, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { useUpdateSettings } from '../api';
import { jointTexts } from '../texts';
import type { JointMeeting } from '../types';

/** The organiser's settings: evening slots, and whether (and how) the meeting counts towards GP specialisation. */
export function SettingsForm({ meeting }: { meeting: JointMeeting }) {
  const t = useTexts(jointTexts);
  const update = useUpdateSettings();
  const [evening, setEvening] = useState(meeting.settings.eveningSlots);
  const [specialisation, setSpecialisation] = useState(meeting.settings.countsTowardsSpecialisation);
  const [note, setNote] = useState(meeting.settings.specialisationNote);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: meeting.id, input: { eveningSlots: evening, countsTowardsSpecialisation: specialisation, specialisationNote: note } });
  };
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-12">
        <Checkbox checked={evening} onChange={(e) => setEvening(e.target.checked)}>
          {t.eveningSlots}
        </Checkbox>
        <Checkbox checked={specialisation} onChange={(e) => setSpecialisation(e.target.checked)}>
          {t.countsTowardsSpecialisation}
        </Checkbox>
        {specialisation && <TextField label={t.specialisationNote} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} size="small" />}
        {update.isError && <ApiErrorAlert error={update.error} size="small" />}
        {update.isSuccess && (
          <Alert variant="success" size="small" role="status">
            {t.settingsSaved}
          </Alert>
        )}
        <div>
          <Button type="submit" size="small" variant="secondary" loading={update.isPending}>
            {t.saveSettings}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
