import { Checkbox, HStack, Search, Select, ToggleGroup, VStack } from '@navikt/ds-react';
import { useOrgKindLabel } from '../../../app/i18n/roles';
import { useTexts } from '../../../app/i18n/useTexts';
import { ORG_KINDS, type OrgKind } from '../../../api/types';
import { searchTexts } from '../texts';
import type { SearchType } from '../types';
import { MAX_QUERY_LENGTH } from '../api';
import { parseOrgKind, parseSearchType } from '../searchParams';

interface Props {
  query: string;
  type: SearchType;
  orgKind: OrgKind | '';
  onQueryChange: (query: string) => void;
  onTypeChange: (type: SearchType) => void;
  onOrgKindChange: (kind: OrgKind | '') => void;
  /** Offered to administrators only: deactivated entries are otherwise left out. */
  includeInactive?: { checked: boolean; onChange: (checked: boolean) => void };
}

/** The search field and its filters (type of result, kind of organisation). */
export function SearchForm({
  query,
  type,
  orgKind,
  onQueryChange,
  onTypeChange,
  onOrgKindChange,
  includeInactive,
}: Props) {
  const t = useTexts(searchTexts);
  const kindLabel = useOrgKindLabel();
  return (
    <form role="search" onSubmit={(event) => event.preventDefault()}>
      <VStack gap="space-16">
        <Search
          label={t.searchLabel}
          description={t.searchDescription}
          hideLabel={false}
          variant="simple"
          value={query}
          onChange={onQueryChange}
          onClear={() => onQueryChange('')}
          clearButtonLabel={t.clearSearch}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
        />
        <HStack gap="space-24" align="end" wrap>
          <ToggleGroup
            label={t.typeLabel}
            size="small"
            value={type}
            onChange={(value) => onTypeChange(parseSearchType(value))}
          >
            <ToggleGroup.Item value="all">{t.typeAll}</ToggleGroup.Item>
            <ToggleGroup.Item value="organisation">{t.typeOrganisations}</ToggleGroup.Item>
            <ToggleGroup.Item value="person">{t.typePeople}</ToggleGroup.Item>
          </ToggleGroup>
          {type !== 'person' && (
            <Select
              label={t.kindLabel}
              size="small"
              value={orgKind}
              onChange={(event) => onOrgKindChange(parseOrgKind(event.target.value))}
            >
              <option value="">{t.kindAll}</option>
              {ORG_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </Select>
          )}
          {includeInactive && (
            <Checkbox
              size="small"
              checked={includeInactive.checked}
              onChange={(event) => includeInactive.onChange(event.target.checked)}
            >
              {t.showInactive}
            </Checkbox>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
