import { Alert, Button, Checkbox, CheckboxGroup, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { useSaveMinutes } from '../api';
import { forumMeetingTexts } from '../texts';
import type { ForumMeeting } from '../types';

/** Minutes: who was present, a decision per agenda item, free text. Saving marks the meeting held. */
export function MinutesEditor({ meeting }: { meeting: ForumMeeting }) {
  const t = useTexts(forumMeetingTexts);
  const save = useSaveMinutes();
  const [present, setPresent] = useState<string[]>(meeting.members.filter((m) => m.present).map((m) => m.id));
  const [decisions, setDecisions] = useState<Record<string, string>>(() => Object.fromEntries(meeting.agenda.map((item) => [item.id, item.decision ?? ''])));
  const [text, setText] = useState(meeting.minutesText ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      id: meeting.id,
      input: {
        presentMemberIds: present,
        items: meeting.agenda.filter((item) => (decisions[item.id] ?? '').trim() !== '').map((item) => ({ id: item.id, decision: decisions[item.id]!.trim() })),
        ...(text.trim() ? { text: text.trim() } : {}),
      },
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="forums-form" data-testid="minutes-form">
      <VStack gap="space-16">
        <CheckboxGroup legend={t.present} value={present} onChange={(value: string[]) => { setPresent(value); save.reset(); }}>
          {meeting.members.map((m) => (
            <Checkbox key={m.id} value={m.id}>
              {m.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {meeting.agenda.map((item) => (
          <Textarea
            key={item.id}
            label={t.decision(item.title)}
            value={decisions[item.id] ?? ''}
            onChange={(e) => { setDecisions((old) => ({ ...old, [item.id]: e.target.value })); save.reset(); }}
            maxLength={4000}
            minRows={2}
          />
        ))}
        <Textarea label={t.minutesText} value={text} onChange={(e) => { setText(e.target.value); save.reset(); }} maxLength={20_000} minRows={4} />
        <div>
          <Button type="submit" loading={save.isPending} data-testid="save-minutes">
            {t.saveMinutes}
          </Button>
        </div>
        {save.isSuccess && <Alert variant="success" size="small" role="status">{t.minutesSaved}</Alert>}
        {save.isError && <ApiErrorAlert error={save.error} />}
      </VStack>
    </form>
  );
}
