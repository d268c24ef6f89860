import { BodyShort, TextField, VStack } from '@navikt/ds-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { citizenKeys } from '../../citizens/api';
import type { CitizenSummary } from '../../citizens/types';
import { referralTexts } from '../texts';

const MIN_CHARS = 2;

/**
 * Search the GP's own patients as you type, then choose one: each hit is a link (a radio group
 * would choose while arrowing through it). The hit count is announced politely. Choosing fills the
 * referral with what the platform knows.
 */
export function PatientPicker({ hrefFor }: { hrefFor: (citizenId: string) => string }) {
  const t = useTexts(referralTexts);
  const [input, setInput] = useState('');
  const q = useDebouncedValue(input.trim(), 250);
  const active = q.length >= MIN_CHARS;
  // Only a real search is sent: listing every patient is an audited read nobody asked for.
  const citizens = useQuery({
    queryKey: citizenKeys.list(q),
    queryFn: ({ signal }) => api.get<CitizenSummary[]>('/api/citizens', { q }, signal),
    placeholderData: keepPreviousData,
    enabled: active,
  });
  const hits = active ? (citizens.data ?? []) : [];
  const status = !active ? t.minChars : citizens.isFetching || !citizens.data ? t.searching : hits.length === 0 ? t.noHits : t.hits(hits.length);
  return (
    <VStack gap="space-12" className="teams-narrow">
      <TextField
        label={t.searchPerson}
        description={t.searchPersonDescription}
        value={input}
        onChange={(event) => setInput(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
      />
      <BodyShort size="small" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </BodyShort>
      {hits.length > 0 && (
        <ul className="plain-list" aria-label={t.choosePerson}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <BodyShort>
                <AppLink to={hrefFor(hit.id)}>{hit.name}</AppLink> <span className="teams-subtle">{formatDate(hit.birthDate)}</span>
              </BodyShort>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
