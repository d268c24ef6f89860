import { Box, Button, HStack, TextField } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { auditTexts } from '../texts';
import type { AuditFilter } from '../types';
import { DateField } from './DateField';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdOrEmpty = (value: string) => value === '' || UUID.test(value);

function startOfDay(date: Date | undefined): string {
  if (!date) return '';
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).toISOString();
}

function endOfDay(date: Date | undefined): string {
  if (!date) return '';
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999).toISOString();
}

interface IdFieldProps {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function IdField({ label, value, error, onChange }: IdFieldProps) {
  return (
    <Box width="20rem" maxWidth="100%">
      <TextField
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        autoComplete="off"
        spellCheck={false}
      />
    </Box>
  );
}

/** Person id, actor user id and a date range; the search runs when the form is sent. */
export function AuditFilterForm({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const t = useTexts(auditTexts);
  const [citizenId, setCitizenId] = useState('');
  const [actorUserId, setActorUserId] = useState('');
  const [from, setFrom] = useState<Date | undefined>();
  const [to, setTo] = useState<Date | undefined>();
  const [showErrors, setShowErrors] = useState(false);
  const errorFor = (value: string) => (showErrors && !isIdOrEmpty(value.trim()) ? t.invalidId : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIdOrEmpty(citizenId.trim()) || !isIdOrEmpty(actorUserId.trim())) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    onSearch({ citizenId: citizenId.trim(), actorUserId: actorUserId.trim(), from: startOfDay(from), to: endOfDay(to) });
  };

  return (
    <form onSubmit={submit} aria-label={t.filters}>
      <HStack gap="space-16" align="start" wrap>
        <IdField label={t.citizenId} value={citizenId} error={errorFor(citizenId)} onChange={setCitizenId} />
        <IdField label={t.actorUserId} value={actorUserId} error={errorFor(actorUserId)} onChange={setActorUserId} />
        <DateField label={t.from} invalidMessage={t.invalidDate} onChange={setFrom} />
        <DateField label={t.to} invalidMessage={t.invalidDate} onChange={setTo} />
        <Button type="submit" className="audit-search-button">
          {t.search}
        </Button>
      </HStack>
    </form>
  );
}
