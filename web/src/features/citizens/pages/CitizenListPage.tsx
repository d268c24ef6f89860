import { BodyLong, BodyShort, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useDebouncedValue } from '../../../shared/useDebouncedValue';
import { useCitizens } from '../api';
import { CitizenTable } from '../components/CitizenTable';
import { citizenTexts } from '../texts';

/** `/personer`: a GP's patients, or the people of a NAV office, with a name filter. */
export function CitizenListPage() {
  const me = useSignedInUser();
  const t = useTexts(citizenTexts);
  const [searchParams, setSearchParams] = useSearchParams();
  const [input, setInput] = useState(() => searchParams.get('q') ?? '');
  const q = useDebouncedValue(input.trim(), 250);
  const citizens = useCitizens(q);

  useEffect(() => {
    if ((searchParams.get('q') ?? '') === q) return;
    setSearchParams(q ? { q } : {}, { replace: true });
  }, [q, searchParams, setSearchParams]);

  const isGp = me.role === 'gp';
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <PageHeading>{isGp ? t.patientsTitle : t.peopleTitle}</PageHeading>
        <BodyLong>{isGp ? t.patientsIntro : t.peopleIntro}</BodyLong>
      </VStack>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label={t.filterLabel}
          value={input}
          onChange={(event) => setInput(event.target.value)}
          autoComplete="off"
          htmlSize={40}
          maxLength={100}
        />
      </form>
      {citizens.isPending && <LoadingState />}
      {citizens.isError && <ApiErrorAlert error={citizens.error} />}
      {citizens.data && (
        <VStack gap="space-12" aria-busy={citizens.isFetching}>
          <BodyShort id="citizen-count" role="status" aria-live="polite">
            {citizens.data.length === 0 ? t.empty : t.count(citizens.data.length)}
          </BodyShort>
          {citizens.data.length > 0 && <CitizenTable citizens={citizens.data} labelledBy="citizen-count" />}
        </VStack>
      )}
    </VStack>
  );
}
