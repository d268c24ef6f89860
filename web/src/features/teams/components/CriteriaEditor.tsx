import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, ErrorMessage, Fieldset, HGrid, TextField, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { newRowKey, type CriterionValue } from '../teamForm';
import { teamAdminTexts } from '../texts';

interface Props {
  criteria: CriterionValue[];
  onChange: (criteria: CriterionValue[]) => void;
  errors: Record<string, string>;
  fieldId: (field: string) => string;
  /** A new work-focus team left empty gets report 003's criteria. */
  showDefaultHint: boolean;
  focusLater: (target: () => HTMLElement | null | undefined) => void;
}

/** The inclusion criteria as rows: key, text in both languages, and whether it is a requirement. */
export function CriteriaEditor({ criteria, onChange, errors, fieldId, showDefaultHint, focusLater }: Props) {
  const t = useTexts(teamAdminTexts);
  const update = (rowKey: string, patch: Partial<CriterionValue>) => onChange(criteria.map((c) => (c.rowKey === rowKey ? { ...c, ...patch } : c)));
  const add = () => {
    const rowKey = newRowKey();
    onChange([...criteria, { rowKey, key: '', nb: '', en: '', required: true }]);
    focusLater(() => document.getElementById(fieldId(`criterion-${rowKey}`)));
  };
  const remove = (index: number) => {
    onChange(criteria.filter((_, i) => i !== index));
    focusLater(() => document.getElementById(fieldId('criteria-add')));
  };
  return (
    <Fieldset id={fieldId('criteria')} legend={t.criteria} description={t.criteriaDescription}>
      <VStack gap="space-16">
        {showDefaultHint && <BodyShort size="small">{t.criteriaDefault}</BodyShort>}
        {criteria.map((c, index) => {
          const errorId = `${fieldId(`criterion-${c.rowKey}`)}-error`;
          const error = errors[`criterion-${c.rowKey}`];
          const described = error ? errorId : undefined;
          return (
            <Fieldset key={c.rowKey} legend={t.criterionN(index + 1)} className="teams-subgroup" size="small">
              <VStack gap="space-8">
                <HGrid gap="space-12" columns={{ xs: 1, md: 3 }} align="start">
                  <TextField id={fieldId(`criterion-${c.rowKey}`)} size="small" label={t.criterionKey} description={t.criterionKeyDescription} value={c.key} onChange={(e) => update(c.rowKey, { key: e.target.value })} maxLength={60} aria-describedby={described} autoComplete="off" spellCheck={false} />
                  <TextField size="small" label={t.criterionNb} value={c.nb} onChange={(e) => update(c.rowKey, { nb: e.target.value })} maxLength={300} aria-describedby={described} />
                  <TextField size="small" label={t.criterionEn} value={c.en} onChange={(e) => update(c.rowKey, { en: e.target.value })} maxLength={300} aria-describedby={described} />
                </HGrid>
                <Checkbox size="small" checked={c.required} onChange={(e) => update(c.rowKey, { required: e.target.checked })}>
                  {t.criterionRequired}
                </Checkbox>
                {error && (
                  <ErrorMessage id={errorId} size="small" showIcon>
                    {error}
                  </ErrorMessage>
                )}
                <div>
                  <Button type="button" size="small" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => remove(index)}>
                    {t.removeCriterion(index + 1)}
                  </Button>
                </div>
              </VStack>
            </Fieldset>
          );
        })}
        <div>
          <Button id={fieldId('criteria-add')} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={add}>
            {t.addCriterion}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}
