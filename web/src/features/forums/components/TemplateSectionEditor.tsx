import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HGrid, HStack, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import type { FieldErrors } from '../../directory-admin/validation';
import { moved, newItem, type ItemRow, type SectionRow } from '../templateForm';
import { adminTexts } from '../texts';

interface Props {
  index: number;
  count: number;
  section: SectionRow;
  errors: FieldErrors;
  fieldId: (field: string) => string;
  onChange: (section: SectionRow, field: string) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

/** One section of the template: its names, and its items with guidance, in order; each movable and removable. */
export function TemplateSectionEditor({ index, count, section, errors, fieldId, onChange, onMove, onRemove }: Props) {
  const t = useTexts(adminTexts);
  const at = `s${index}`;
  const sectionName = t.section(index + 1);
  const setItems = (items: ItemRow[], field: string) => onChange({ ...section, items }, field);
  const setItem = (j: number, patch: Partial<ItemRow>, field: string) => setItems(section.items.map((it, k) => (k === j ? { ...it, ...patch } : it)), `${at}-i${j}-${field}`);
  const itemText = (j: number, field: 'nb' | 'en', label: string) => (
    <TextField id={fieldId(`${at}-i${j}-${field}`)} label={label} size="small" value={section.items[j]![field]} error={errors[`${at}-i${j}-${field}`]} onChange={(e) => setItem(j, { [field]: e.target.value }, field)} />
  );
  const itemHelp = (j: number, field: 'helpNb' | 'helpEn', label: string) => (
    <Textarea id={fieldId(`${at}-i${j}-${field}`)} label={label} size="small" minRows={2} value={section.items[j]![field]} error={errors[`${at}-i${j}-${field}`]} onChange={(e) => setItem(j, { [field]: e.target.value }, field)} />
  );
  const moveButtons = (what: string, position: number, total: number, move: (step: -1 | 1) => void) => (
    <HStack gap="space-4">
      <Button type="button" size="xsmall" variant="tertiary-neutral" icon={<ArrowUpIcon title={t.moveUp(what)} />} disabled={position === 0} onClick={() => move(-1)} />
      <Button type="button" size="xsmall" variant="tertiary-neutral" icon={<ArrowDownIcon title={t.moveDown(what)} />} disabled={position === total - 1} onClick={() => move(1)} />
    </HStack>
  );

  return (
    <Fieldset legend={section.nb ? `${sectionName}: ${section.nb}` : sectionName} className="forums-template-section" data-testid={`template-section-${index}`}>
      <VStack gap="space-16">
        <HStack justify="space-between" align="center">
          {moveButtons(sectionName, index, count, onMove)}
          <Button type="button" size="small" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={onRemove}>
            {t.removeSection(index + 1)}
          </Button>
        </HStack>
        <HGrid columns={{ xs: 1, md: 2 }} gap="space-12">
          <TextField id={fieldId(`${at}-nb`)} label={t.sectionNb} size="small" value={section.nb} error={errors[`${at}-nb`]} onChange={(e) => onChange({ ...section, nb: e.target.value }, `${at}-nb`)} />
          <TextField id={fieldId(`${at}-en`)} label={t.sectionEn} size="small" value={section.en} error={errors[`${at}-en`]} onChange={(e) => onChange({ ...section, en: e.target.value }, `${at}-en`)} />
        </HGrid>
        <Fieldset id={fieldId(`${at}-items`)} legend={t.itemsLegend} hideLegend error={errors[`${at}-items`]} tabIndex={-1}>
          <VStack gap="space-12" as="ol" className="plain-list">
            {section.items.map((item, j) => (
              <li key={item.rowKey}>
                <Fieldset legend={item.nb ? `${t.item(j + 1)}: ${item.nb}` : t.item(j + 1)} size="small" className="forums-template-item">
                  <VStack gap="space-8">
                    <HStack justify="space-between" align="center">
                      {moveButtons(t.item(j + 1), j, section.items.length, (step) => setItems(moved(section.items, j, step), `${at}-items`))}
                      <Button type="button" size="xsmall" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => setItems(section.items.filter((_, k) => k !== j), `${at}-items`)}>
                        {t.removeItem(j + 1)}
                      </Button>
                    </HStack>
                    <HGrid columns={{ xs: 1, md: 2 }} gap="space-8">
                      {itemText(j, 'nb', t.itemNb)}
                      {itemText(j, 'en', t.itemEn)}
                      {itemHelp(j, 'helpNb', t.itemHelpNb)}
                      {itemHelp(j, 'helpEn', t.itemHelpEn)}
                    </HGrid>
                  </VStack>
                </Fieldset>
              </li>
            ))}
          </VStack>
        </Fieldset>
        <div>
          <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setItems([...section.items, newItem()], `${at}-items`)}>
            {t.addItem}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}
