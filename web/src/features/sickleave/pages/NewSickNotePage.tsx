import { Alert, BodyShort, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { InfoList } from '../../../shared/components/InfoList';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDate, formatFnr } from '../../../shared/format';
import { useCitizen } from '../../citizens/api';
import { useSickNoteTexts } from '../../forms/api';
import type { CitizenDetail } from '../../citizens/types';
import { useOrganisation } from '../../directory/api';
import { useCase, useGpCases, useIssueSickNote } from '../api';
import { SickNoteForm } from '../components/SickNoteForm';
import { todayIso } from '../dates';
import type { IssuedState } from '../issuedState';
import { initialNoteValues } from '../noteForm';
import { noteFormTexts } from '../texts';

/**
 * `/sykmeldinger/ny?person=<citizenId>` (GP): the sick-note form for one patient. The page fetches
 * the citizen for the fødselsnummer, which goes in the request header and never in a URL.
 */
export function NewSickNotePage() {
  const t = useTexts(noteFormTexts);
  const [params] = useSearchParams();
  const personId = params.get('person') ?? '';
  const citizen = useCitizen(personId);

  if (!personId) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t.title}</PageHeading>
        <Alert variant="info">{t.patientMissing}</Alert>
        <div>
          <AppLink to="/personer">{t.toPatients}</AppLink>
        </div>
      </VStack>
    );
  }
  if (citizen.isPending) return <LoadingState />;
  if (citizen.isError) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t.title}</PageHeading>
        <ApiErrorAlert error={citizen.error} />
      </VStack>
    );
  }
  return <NoteForPatient citizen={citizen.data} />;
}

function NoteForPatient({ citizen }: { citizen: CitizenDetail }) {
  const t = useTexts(noteFormTexts);
  const navigate = useNavigate();
  const headingId = useId();
  const [today] = useState(todayIso);
  const issue = useIssueSickNote();
  // The registered employer's organisation number fills the field in; the GP can change it.
  const employerKnown = Boolean(citizen.employer);
  const employer = useOrganisation(citizen.employer?.id ?? '', employerKnown);
  // An ongoing case tells when the sick leave started, for the extended-questions estimate.
  const gpCases = useGpCases();
  const ongoing = gpCases.data?.find((item) => item.citizen.id === citizen.id);
  const ongoingCase = useCase(ongoing?.caseId ?? '', Boolean(ongoing));

  const waitingForEmployer = employerKnown && employer.isPending;
  // The person's own job list and "Funksjon i arbeid", if any, fill two fields with one action.
  const formTexts = useSickNoteTexts(citizen.id, true);
  const orgNumber = employer.data?.orgNumber ?? '';

  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <PageHeading documentTitle={t.title}>
          <span id={headingId}>{t.title}</span>
        </PageHeading>
        <InfoList
          items={[
            { label: t.patient, value: citizen.name },
            { label: t.fnr, value: formatFnr(citizen.fnr) },
          ]}
        />
        {ongoing && ongoingCase.data && (
          <Alert variant="info" size="small">
            {t.ongoingCase(ongoing.week, formatDate(ongoingCase.data.firstDay))}
          </Alert>
        )}
        <BodyShort>{t.intro}</BodyShort>
      </VStack>
      {waitingForEmployer ? (
        <LoadingState />
      ) : (
        <SickNoteForm
          initialValues={initialNoteValues(today, orgNumber)}
          prefilledEmployer={orgNumber && citizen.employer ? citizen.employer.name : null}
          ongoingCase={ongoingCase.data ? { firstDay: ongoingCase.data.firstDay, lastDay: ongoingCase.data.lastDay } : null}
          today={today}
          labelledBy={headingId}
          cancelTo={`/personer/${encodeURIComponent(citizen.id)}`}
          fromForms={{ functionWork: formTexts.data?.function?.text, workAdaptationNote: formTexts.data?.job?.text }}
          onSubmit={async (body) => {
            const result = await issue.mutateAsync({ fnr: citizen.fnr, note: body });
            const state: IssuedState = { issued: true, tasks: result.tasks };
            navigate(`/saker/${encodeURIComponent(result.caseId)}`, { state });
          }}
        />
      )}
    </VStack>
  );
}
