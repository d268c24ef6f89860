import { BodyShort, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useOrgKindLabel, useRoleLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, useDirectorySearch } from '../../directory/api';
import type { OrgSummary, PersonSummary } from '../../directory/types';
import { pickerTexts } from '../texts';
import type { PickedEntry } from '../types';

const DEBOUNCE_MS = 200;

interface Props {
  type: 'person' | 'organisation';
  /** The search field's id: the error summary links here. */
  id: string;
  selected: PickedEntry | null;
  onSelect: (entry: PickedEntry) => void;
  error?: string;
}

/**
 * Search as you type, then choose one hit from a radio group. Only active entries are offered.
 * The hit count is announced politely; arrow keys move between the hits.
 */
export function DirectoryPicker({ type, id, selected, onSelect, error }: Props) {
  const t = useTexts(pickerTexts);
  const roleLabel = useRoleLabel();
  const kindLabel = useOrgKindLabel();
  const [input, setInput] = useState('');
  const query = useDebouncedValue(input.trim(), DEBOUNCE_MS);
  const active = query.length >= MIN_QUERY_LENGTH;
  const search = useDirectorySearch({ q: query, type, orgKind: '' });
  const data = active ? search.data : undefined;
  const hits: (PersonSummary | OrgSummary)[] = data ? (type === 'person' ? data.people : data.organisations) : [];

  let status: string;
  if (!active) status = t.minChars;
  else if (!data || search.isFetching) status = t.searching;
  else status = hits.length === 0 ? t.noHits : t.hits(hits.length);

  const describe = (hit: PersonSummary | OrgSummary): string => {
    if ('positions' in hit) {
      const parts = hit.positions.slice(0, 2).map((p) => `${p.title || roleLabel(p.role)}, ${p.organisationName}`);
      return [hit.hprNumber !== null ? t.hpr(hit.hprNumber) : null, ...parts].filter(Boolean).join(' · ');
    }
    return [kindLabel(hit.kind), hit.city ?? hit.municipalityName, hit.orgNumber].filter(Boolean).join(' · ');
  };

  return (
    <VStack gap="space-12">
      <TextField
        id={id}
        label={type === 'person' ? t.searchPerson : t.searchOrganisation}
        description={type === 'person' ? t.searchPersonDescription : t.searchOrganisationDescription}
        value={input}
        onChange={(event) => setInput(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches (it already does as you type); it must not submit the surrounding form.
          if (event.key === 'Enter') event.preventDefault();
        }}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        error={error}
        aria-required
      />
      <BodyShort size="small" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </BodyShort>
      {hits.length > 0 && (
        <RadioGroup
          legend={type === 'person' ? t.choosePerson : t.chooseOrganisation}
          size="small"
          value={selected?.id ?? ''}
          onChange={(value: string) => {
            const hit = hits.find((item) => item.id === value);
            if (hit) onSelect({ id: hit.id, name: hit.name });
          }}
        >
          {hits.map((hit) => (
            <Radio key={hit.id} value={hit.id} description={describe(hit) || undefined}>
              {hit.name}
            </Radio>
          ))}
        </RadioGroup>
      )}
      <BodyShort weight="semibold">{selected ? t.chosen(selected.name) : t.nothingChosen}</BodyShort>
    </VStack>
  );
}
