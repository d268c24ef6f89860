import { Alert, Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { useLogHours } from '../api';
import { consultantTexts } from '../texts';
import type { PostDetail } from '../types';

/** Hours on a date within the post's period, what was done, and optionally for which of the consultant's arenas. */
export function LogHoursForm({ post }: { post: PostDetail }) {
  const t = useTexts(consultantTexts);
  const id = useId();
  const log = useLogHours();
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState('');
  const [arenaId, setArenaId] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(hours.replace(',', '.'));
    if (!date || date === INVALID_DATE || !(value > 0) || !activity.trim()) {
      setError(t.logRequired);
      return;
    }
    setError(null);
    log.mutate(
      { id: post.id, input: { workedOn: date, hours: value, activity: activity.trim(), arenaId: arenaId || null } },
      { onSuccess: () => (setHours(''), setActivity(''), setArenaId(''), setDate(''), setFormKey((k) => k + 1)) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <VStack gap="space-12">
        <Heading level="3" size="xsmall" id={`${id}-title`}>
          {t.logTitle}
        </Heading>
        <HStack gap="space-16" align="start">
          <DateField key={formKey} id={`${id}-date`} label={t.workedOn} initialValue="" onChange={setDate} fromDate={post.periodFrom} toDate={post.periodTo ?? undefined} size="small" />
          <TextField label={t.hours} value={hours} onChange={(e) => setHours(e.target.value)} inputMode="decimal" htmlSize={6} size="small" />
          <Select label={t.arena} value={arenaId} onChange={(e) => setArenaId(e.target.value)} size="small">
            <option value="">{t.noArena}</option>
            {post.arenas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </Select>
        </HStack>
        <TextField label={t.activity} value={activity} onChange={(e) => setActivity(e.target.value)} maxLength={500} size="small" />
        {error && <Alert variant="error" size="small" role="alert">{error}</Alert>}
        {log.isError && <ApiErrorAlert error={log.error} size="small" />}
        <div>
          <Button type="submit" size="small" loading={log.isPending}>
            {t.log}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
