import { Button, Checkbox, CheckboxGroup, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { publicTexts } from '../texts/public';
import type { FacetCount, FacetKey } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';

/** The dimensions in the order shown, and the model field whose labels name their values. */
export const FACET_FIELDS: Array<{ key: FacetKey; field: string }> = [
  { key: 'level', field: 'levels' },
  { key: 'gpRole', field: 'gpRole.intensity' },
  { key: 'domain', field: 'domains' },
  { key: 'steering', field: 'steering' },
  { key: 'relationship', field: 'relationshipType' },
  { key: 'officeKind', field: 'gpOfficeKind' },
  { key: 'status', field: 'status' },
  { key: 'county', field: 'county' },
];

interface Props {
  facets: Record<FacetKey, FacetCount[]> | undefined;
  selected: Partial<Record<FacetKey, string[]>>;
  onChange: (key: FacetKey, values: string[]) => void;
  onClear: () => void;
}

/**
 * One checkbox group per typology dimension, each value with the number of models it would show
 * (the server counts each dimension with the other dimensions' filters applied). A chosen value
 * stays listed even when no model has it now, so it can be unchosen.
 */
export function FacetFilters({ facets, selected, onChange, onClear }: Props) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  const anySelected = Object.values(selected).some((values) => values && values.length > 0);
  return (
    <VStack gap="space-16" className="catalogue-facets" data-testid="model-filters">
      {FACET_FIELDS.map(({ key, field }) => {
        const counts = facets?.[key] ?? [];
        const chosen = selected[key] ?? [];
        const options = [...counts, ...chosen.filter((value) => !counts.some((c) => c.value === value)).map((value) => ({ value, count: 0 }))];
        if (options.length === 0) return null;
        return (
          <CheckboxGroup key={key} legend={v.field(field)} size="small" value={chosen} onChange={(values: string[]) => onChange(key, values)}>
            {options.map((option) => (
              <Checkbox key={option.value} value={option.value}>
                {t.filterCount(v.value(field, option.value), option.count)}
              </Checkbox>
            ))}
          </CheckboxGroup>
        );
      })}
      {anySelected && (
        <div>
          <Button type="button" size="small" variant="tertiary" onClick={onClear}>
            {t.clearFilters}
          </Button>
        </div>
      )}
    </VStack>
  );
}
