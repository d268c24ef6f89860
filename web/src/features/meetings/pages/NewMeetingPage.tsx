import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../shared/components/AppLink';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { useCase } from '../../sickleave/api';
import { meetingPath } from '../api';
import { ConveneForm } from '../components/ConveneForm';
import { conveneTexts } from '../texts';

/** What the convening form tells the meeting page it opens: said once, then dropped from history. */
export interface ConvenedState {
  convened: true;
}

export function isConvenedState(value: unknown): value is ConvenedState {
  return typeof value === 'object' && value !== null && (value as ConvenedState).convened === true;
}

/** `/saker/:caseId/dialogmote/ny` (NAV): convene a dialogue meeting; the meeting page opens after sending. */
export function NewMeetingPage() {
  const { caseId = '' } = useParams();
  const t = useTexts(conveneTexts);
  const navigate = useNavigate();
  const headingId = useId();
  const sickCase = useCase(caseId);
  const casePath = `/saker/${encodeURIComponent(caseId)}`;
  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <div>
          <AppLink to={casePath}>{t.backToCase}</AppLink>
        </div>
        <div id={headingId}>
          <PageHeading>{t.title}</PageHeading>
        </div>
        {/* The person's name stays out of the document title (browser history). */}
        {sickCase.data && <BodyShort weight="semibold">{t.concerns(sickCase.data.citizen.name)}</BodyShort>}
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      {sickCase.isError && <ApiErrorAlert error={sickCase.error} />}
      {sickCase.isPending && <LoadingState />}
      {sickCase.data && (
        <div className="meetings-form">
          <ConveneForm
            caseId={caseId}
            labelledBy={headingId}
            cancelTo={casePath}
            employerName={sickCase.data.employer?.name ?? null}
            onConvened={(meeting) => {
              const state: ConvenedState = { convened: true };
              navigate(meetingPath(meeting.id), { state });
            }}
          />
        </div>
      )}
    </VStack>
  );
}
