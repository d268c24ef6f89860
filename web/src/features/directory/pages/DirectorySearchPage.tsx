import { PlusIcon } from '@navikt/aksel-icons';
import { BodyLong, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import type { OrgKind } from '../../../api/types';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { MIN_QUERY_LENGTH, useDirectorySearch } from '../api';
import { OrganisationResults } from '../components/OrganisationResults';
import { PersonResults } from '../components/PersonResults';
import { SearchForm } from '../components/SearchForm';
import { SearchStatus } from '../components/SearchStatus';
import { parseOrgKind, parseSearchType } from '../searchParams';
import { searchTexts } from '../texts';
import type { SearchType } from '../types';

const DEBOUNCE_MS = 150;

/** `/katalog`: search-as-you-type in organisations and people; the query lives in `?q=`. */
export function DirectorySearchPage() {
  const t = useTexts(searchTexts);
  const isAdmin = useSignedInUser().role === 'admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const [input, setInput] = useState(() => searchParams.get('q') ?? '');
  const query = useDebouncedValue(input.trim(), DEBOUNCE_MS);
  const type = parseSearchType(searchParams.get('type'));
  const orgKind = parseOrgKind(searchParams.get('kind'));
  const includeInactive = isAdmin && searchParams.get('inactive') === '1';

  const setParam = (key: string, value: string) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  const urlQuery = searchParams.get('q') ?? '';
  useEffect(() => {
    if (urlQuery !== query) setParam('q', query);
    // Only the debounced query drives the URL; filters are written by their own handlers.
  }, [query]);

  const active = query.length >= MIN_QUERY_LENGTH;
  const search = useDirectorySearch({ q: query, type, orgKind, includeInactive });
  const data = active ? search.data : undefined;

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        {isAdmin && (
          <HStack gap="space-24">
            <AppLink to="/admin/katalog/ny-organisasjon">
              <PlusIcon aria-hidden />
              {t.newOrganisation}
            </AppLink>
            <AppLink to="/admin/katalog/ny-person">
              <PlusIcon aria-hidden />
              {t.newPerson}
            </AppLink>
          </HStack>
        )}
      </VStack>
      <SearchForm
        query={input}
        type={type}
        orgKind={orgKind}
        onQueryChange={setInput}
        onTypeChange={(value: SearchType) => setParam('type', value === 'all' ? '' : value)}
        onOrgKindChange={(value: OrgKind | '') => setParam('kind', value)}
        includeInactive={
          isAdmin ? { checked: includeInactive, onChange: (checked) => setParam('inactive', checked ? '1' : '') } : undefined
        }
      />
      <VStack gap="space-24" aria-busy={active && search.isFetching}>
        <SearchStatus active={active} type={type} data={data} />
        {active && search.isError && <ApiErrorAlert error={search.error} />}
        {data && type !== 'person' && data.organisations.length > 0 && (
          <OrganisationResults organisations={data.organisations} />
        )}
        {data && type !== 'organisation' && data.people.length > 0 && <PersonResults people={data.people} />}
      </VStack>
    </VStack>
  );
}
