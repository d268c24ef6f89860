import { MagnifyingGlassIcon } from '@navikt/aksel-icons';
import { Button, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { inboxTexts } from '../texts';
import type { InboxParams } from '../useInboxParams';
import { DateField, INVALID_DATE } from './DateField';

interface Props {
  params: InboxParams;
  set: <K extends Exclude<keyof InboxParams, 'page'>>(key: K, value: InboxParams[K]) => void;
  reset: () => void;
  filtered: boolean;
  /** The show/scope toggles, above the search. */
  toggles: ReactNode;
  /** NAV: the GPs the list can be narrowed to. */
  gps?: { id: string; name: string }[];
}

/**
 * The inbox's filters. The search is sent when asked for (each list read is audited on the
 * server, so not on every keystroke); the period and GP apply at once.
 */
export function InboxFilters({ params, set, reset, filtered, toggles, gps }: Props) {
  const t = useTexts(inboxTexts);
  const [query, setQuery] = useState(params.q);
  // A reset remounts the date fields, which only read their value when they mount.
  const [generation, setGeneration] = useState(0);
  useEffect(() => setQuery(params.q), [params.q]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', query.trim());
  };
  const resetAll = () => {
    reset();
    setQuery('');
    setGeneration((n) => n + 1);
  };

  return (
    <VStack gap="space-16">
      {toggles}
      <form role="search" aria-label={t.filters} onSubmit={search}>
        <VStack gap="space-16">
          <HStack gap="space-8" align="end" wrap={false} className="dialogue-search">
            <TextField
              label={t.search}
              description={t.searchDescription}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              size="small"
              autoComplete="off"
              className="dialogue-grow"
            />
            <Button type="submit" size="small" variant="secondary" icon={<MagnifyingGlassIcon aria-hidden />}>
              {t.searchButton}
            </Button>
          </HStack>
          <HStack gap="space-16" align="start" wrap>
            {gps && (
              <Select label={t.gpFilter} value={params.gp} onChange={(e) => set('gp', e.target.value)} size="small">
                <option value="">{t.allGps}</option>
                {gps.map((gp) => (
                  <option key={gp.id} value={gp.id}>
                    {gp.name}
                  </option>
                ))}
              </Select>
            )}
            <DateField
              key={`from-${generation}`}
              label={t.from}
              initialValue={params.from}
              onChange={(value) => set('from', value)}
              error={params.from === INVALID_DATE ? t.invalidDate : undefined}
              size="small"
            />
            <DateField
              key={`to-${generation}`}
              label={t.to}
              initialValue={params.to}
              onChange={(value) => set('to', value)}
              error={params.to === INVALID_DATE ? t.invalidDate : undefined}
              size="small"
            />
          </HStack>
        </VStack>
      </form>
      {filtered && (
        <div>
          <Button type="button" variant="tertiary" size="small" onClick={resetAll}>
            {t.resetFilters}
          </Button>
        </div>
      )}
    </VStack>
  );
}
