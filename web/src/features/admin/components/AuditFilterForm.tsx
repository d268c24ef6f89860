import { Button, HStack, TextField } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { auditTexts } from '../texts';
import type { AuditFilter } from '../types';
import { DateField } from './DateField';

function startOfDay(date: Date | undefined): string {
  if (!date) return '';
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).toISOString();
}

function endOfDay(date: Date | undefined): string {
  if (!date) return '';
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999).toISOString();
}

/** Person id, actor user id and a date range; the search runs when the form is sent. */
export function AuditFilterForm({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const t = useTexts(auditTexts);
  const [citizenId, setCitizenId] = useState('');
  const [actorUserId, setActorUserId] = useState('');
  const [from, setFrom] = useState<Date | undefined>();
  const [to, setTo] = useState<Date | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ citizenId: citizenId.trim(), actorUserId: actorUserId.trim(), from: startOfDay(from), to: endOfDay(to) });
  };

  return (
    <form onSubmit={submit} aria-label={t.filters}>
      <HStack gap="space-16" align="end" wrap>
        <TextField label={t.citizenId} value={citizenId} onChange={(e) => setCitizenId(e.target.value)} autoComplete="off" />
        <TextField
          label={t.actorUserId}
          value={actorUserId}
          onChange={(e) => setActorUserId(e.target.value)}
          autoComplete="off"
        />
        <DateField label={t.from} invalidMessage={t.invalidDate} onChange={setFrom} />
        <DateField label={t.to} invalidMessage={t.invalidDate} onChange={setTo} />
        <Button type="submit">{t.search}</Button>
      </HStack>
    </form>
  );
}
