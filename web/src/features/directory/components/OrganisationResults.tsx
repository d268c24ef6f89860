import { Heading, HStack, Table, Tag, VStack } from '@navikt/ds-react';
import { useOrgKindLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { commonTexts } from '../../../shared/texts';
import { searchTexts } from '../texts';
import type { OrgSummary } from '../types';

function place(org: OrgSummary): string {
  if (org.city && org.municipalityName && org.city.toLowerCase() !== org.municipalityName.toLowerCase()) {
    return `${org.city} (${org.municipalityName})`;
  }
  return org.city ?? org.municipalityName ?? '';
}

export function OrganisationResults({ organisations }: { organisations: OrgSummary[] }) {
  const t = useTexts(searchTexts);
  const common = useTexts(commonTexts);
  const kindLabel = useOrgKindLabel();
  return (
    <VStack gap="space-8" as="section" aria-labelledby="org-results-heading">
      <Heading level="2" size="medium" id="org-results-heading">
        {t.organisationsHeading}
      </Heading>
      <div className="table-scroll">
        <Table size="small" aria-labelledby="org-results-heading" data-testid="org-results">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{common.name}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.kind}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.orgNumber}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.herId}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.place}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {organisations.map((org) => (
              <Table.Row key={org.id}>
                <Table.HeaderCell scope="row">
                  <HStack gap="space-8" align="center">
                    <AppLink to={`/katalog/organisasjoner/${encodeURIComponent(org.id)}`}>{org.name}</AppLink>
                    {!org.active && (
                      <Tag size="xsmall" variant="outline" data-color="neutral">
                        {t.deactivated}
                      </Tag>
                    )}
                  </HStack>
                </Table.HeaderCell>
                <Table.DataCell>{kindLabel(org.kind)}</Table.DataCell>
                <Table.DataCell>{org.orgNumber}</Table.DataCell>
                <Table.DataCell>{org.herIds.join(', ')}</Table.DataCell>
                <Table.DataCell>{place(org)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </VStack>
  );
}
