import { Alert, BodyShort, HStack, LinkCard, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { formatDate } from '../../../shared/format';
import { useMyCases } from '../api';
import { workTexts } from '../texts';
import { CaseStatusTag } from './StatusTags';

/** The patient's own cases as links to their case pages (GET /api/me/cases; a 404 says it is not available yet). */
export function OwnCasesList({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const t = useTexts(workTexts);
  const cases = useMyCases();
  if (cases.isPending) return <LoadingState />;
  if (cases.isError) return <ApiErrorAlert error={cases.error} />;
  if (cases.data === null) return <Alert variant="info">{t.myCasesNotAvailable}</Alert>;
  if (cases.data.length === 0) return <BodyShort>{t.noOwnCases}</BodyShort>;
  return (
    <ul className="card-list" data-testid="own-cases">
      {cases.data.map((item) => (
        <li key={item.caseId}>
          <LinkCard>
            <LinkCard.Title as={headingLevel}>
              <LinkCard.Anchor asChild>
                <RouterLink to={`/saker/${encodeURIComponent(item.caseId)}`}>
                  {item.lastDay ? t.caseFromTo(formatDate(item.firstDay), formatDate(item.lastDay)) : t.caseFrom(formatDate(item.firstDay))}
                </RouterLink>
              </LinkCard.Anchor>
            </LinkCard.Title>
            <LinkCard.Description>
              <VStack gap="space-8">
                <HStack>
                  <CaseStatusTag status={item.status} />
                </HStack>
                {item.employerName && <span>{t.atEmployer(item.employerName)}</span>}
              </VStack>
            </LinkCard.Description>
          </LinkCard>
        </li>
      ))}
    </ul>
  );
}
