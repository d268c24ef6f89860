import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, Fieldset, HGrid, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import type { FieldErrors } from '../../directory-admin/validation';
import { newRuleRow, REPRESENTS, type RuleRow } from '../bodyForm';
import { adminTexts } from '../texts';
import { useForumVocabulary } from '../vocabulary';

interface Props {
  id: string;
  rows: RuleRow[];
  errors: FieldErrors;
  fieldId: (field: string) => string;
  onChange: (rows: RuleRow[], field: string) => void;
}

/**
 * The composition rules as editable rows: whom the seats represent, how many, one per region,
 * the term and who elects or appoints. Each rule is a fieldset named after its number, so a
 * screen reader says which rule a field belongs to.
 */
export function CompositionRulesEditor({ id, rows, errors, fieldId, onChange }: Props) {
  const t = useTexts(adminTexts);
  const v = useForumVocabulary();
  const change = (index: number, patch: Partial<RuleRow>, field: string) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)), `rule-${index}-${field}`);
  const text = (index: number, field: 'nb' | 'en' | 'count' | 'termYears' | 'appointedBy', label: string, extra: { inputMode?: 'numeric' } = {}) => (
    <TextField
      id={fieldId(`rule-${index}-${field}`)}
      label={label}
      size="small"
      value={rows[index]![field]}
      onChange={(e) => change(index, { [field]: e.target.value }, field)}
      error={errors[`rule-${index}-${field}`]}
      {...extra}
    />
  );
  return (
    <Fieldset id={id} legend={t.rules} description={t.rulesDescription} error={errors.compositionRules} tabIndex={-1}>
      <VStack gap="space-16">
        {rows.length === 0 && <BodyShort>{t.noRules}</BodyShort>}
        {rows.map((row, index) => {
          const options = REPRESENTS.includes(row.represents as (typeof REPRESENTS)[number]) ? REPRESENTS : [...REPRESENTS, row.represents];
          return (
            <Fieldset key={row.rowKey} legend={t.ruleHeading(index + 1)} className="forums-rule" data-testid={`rule-${index}`}>
              <VStack gap="space-12">
                <HGrid columns={{ xs: 1, md: 2 }} gap="space-12">
                  <Select id={fieldId(`rule-${index}-represents`)} label={t.ruleRepresents} size="small" value={row.represents} onChange={(e) => change(index, { represents: e.target.value }, 'represents')}>
                    {options.map((value) => (
                      <option key={value} value={value}>
                        {v.represents(value)}
                      </option>
                    ))}
                  </Select>
                  {text(index, 'count', t.ruleCount, { inputMode: 'numeric' })}
                  {text(index, 'nb', t.ruleNb)}
                  {text(index, 'en', t.ruleEn)}
                  {text(index, 'termYears', t.ruleTermYears, { inputMode: 'numeric' })}
                  {text(index, 'appointedBy', t.ruleAppointedBy)}
                </HGrid>
                <HStack justify="space-between" align="center">
                  <Checkbox size="small" checked={row.perRegion} onChange={(e) => change(index, { perRegion: e.target.checked }, 'perRegion')}>
                    {t.rulePerRegion}
                  </Checkbox>
                  <Button type="button" variant="tertiary" size="small" icon={<TrashIcon aria-hidden />} onClick={() => onChange(rows.filter((_, i) => i !== index), 'compositionRules')}>
                    {t.removeRule(index + 1)}
                  </Button>
                </HStack>
              </VStack>
            </Fieldset>
          );
        })}
        <div>
          <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={() => onChange([...rows, newRuleRow()], 'compositionRules')}>
            {t.addRule}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}
