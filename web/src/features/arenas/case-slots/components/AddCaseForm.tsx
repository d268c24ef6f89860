import { BodyShort, Button, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { formatDate } from '../../../../shared/format';
import { useAddSlotCase, useCandidates } from '../api';
import { slotTexts } from '../texts';
import type { Slot } from '../types';

/** Lists a case for a slot: the choice holds only cases both the adviser and the GP may see (the server checks again). */
export function AddCaseForm({ slotsId, slot }: { slotsId: string; slot: Slot }) {
  const t = useTexts(slotTexts);
  const [open, setOpen] = useState(false);
  const candidates = useCandidates(slotsId, open);
  const add = useAddSlotCase();
  const [caseId, setCaseId] = useState('');
  const [note, setNote] = useState('');
  const listed = new Set(slot.cases.map((c) => c.caseId));
  if (!open) {
    return (
      <div>
        <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
          {t.addCase}
        </Button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!caseId) return;
    add.mutate({ sessionId: slot.id, caseId, note: note.trim() || undefined }, { onSuccess: () => (setCaseId(''), setNote('')) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-8">
        <BodyShort size="small">{t.caseHint}</BodyShort>
        <HStack gap="space-16" align="end">
          <Select label={t.chooseCase} size="small" value={caseId} onChange={(e) => setCaseId(e.target.value)}>
            <option value="">{t.chooseCase}</option>
            {(candidates.data ?? [])
              .filter((c) => !listed.has(c.caseId))
              .map((c) => (
                <option key={c.caseId} value={c.caseId}>
                  {`${c.citizen.name} – ${t.caseSince(formatDate(c.firstDay))}`}
                </option>
              ))}
          </Select>
          <TextField label={t.note} size="small" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
          <Button type="submit" size="small" disabled={!caseId} loading={add.isPending}>
            {t.add}
          </Button>
        </HStack>
        {candidates.isError && <ApiErrorAlert error={candidates.error} size="small" />}
        {add.isError && <ApiErrorAlert error={add.error} size="small" />}
      </VStack>
    </form>
  );
}
