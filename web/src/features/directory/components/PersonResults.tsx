import { Heading, HStack, Table, Tag, VStack } from '@navikt/ds-react';
import { useRoleLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { AppLink } from '../../../shared/components/AppLink';
import { commonTexts } from '../../../shared/texts';
import { searchTexts } from '../texts';
import type { PersonSummary } from '../types';

export function PersonResults({ people }: { people: PersonSummary[] }) {
  const t = useTexts(searchTexts);
  const common = useTexts(commonTexts);
  const roleLabel = useRoleLabel();
  return (
    <VStack gap="space-8" as="section" aria-labelledby="person-results-heading">
      <Heading level="2" size="medium" id="person-results-heading">
        {t.peopleHeading}
      </Heading>
      <div className="table-scroll">
        <Table size="small" aria-labelledby="person-results-heading" data-testid="person-results">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{common.name}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.hpr}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.positions}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {people.map((person) => (
              <Table.Row key={person.id}>
                <Table.HeaderCell scope="row">
                  <HStack gap="space-8" align="center">
                    <AppLink to={`/katalog/personer/${encodeURIComponent(person.id)}`}>{person.name}</AppLink>
                    {!person.active && (
                      <Tag size="xsmall" variant="outline" data-color="neutral">
                        {t.deactivated}
                      </Tag>
                    )}
                  </HStack>
                </Table.HeaderCell>
                <Table.DataCell>{person.hprNumber}</Table.DataCell>
                <Table.DataCell>
                  <ul className="plain-list">
                    {person.positions.map((position, index) => (
                      <li key={index}>
                        {position.title ?? roleLabel(position.role)}, {position.organisationName}
                      </li>
                    ))}
                  </ul>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </VStack>
  );
}
