import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, CheckboxGroup, Fieldset, HStack, Radio, RadioGroup, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import type { Lang } from '../../../api/types';
import { DateField, INVALID_DATE } from '../../dialogue/components/DateField';
import { cellKey, scaleSteps } from '../engine';
import { formTexts } from '../texts';
import type { CellSpec, CellValue, ChoiceSpec, Field, ScaleSpec, TableRow, TableSpec } from '../types';

type T = (typeof formTexts)['nb'];

export interface FieldContext {
  /** The DOM id of a field's or cell's input (the error summary links to it). */
  domId: (key: string) => string;
  errors: Record<string, string>;
  /** A date typed that is not a date: kept out of the values, said at the field. */
  onDateInvalid: (key: string, invalid: boolean) => void;
  disabled?: boolean;
}

export function numberText(value: number, lang: Lang): string {
  return lang === 'nb' ? String(value).replace('.', ',') : String(value);
}

export function scaleOptionText(spec: ScaleSpec, value: number, lang: Lang): string {
  return spec.unit ? `${numberText(value, lang)} ${spec.unit[lang]}` : numberText(value, lang);
}

/** The field's label, with "(valgfritt)" on the fields that need no answer (Aksel's convention). */
export function labelOf(label: string, required: boolean | undefined, t: T): string {
  return required ? label : `${label} ${t.optional}`;
}

function describe(help: string | undefined, extra?: string): string | undefined {
  const parts = [help, extra].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

interface CellProps {
  spec: CellSpec;
  fieldKey: string;
  label: string;
  help?: string;
  required?: boolean;
  value: CellValue | undefined;
  onChange: (value: CellValue | undefined) => void;
  ctx: FieldContext;
  /** Inside a table row: compact inputs (a select for one choice and for a scale). */
  compact?: boolean;
}

/** One answer of a simple type with the Aksel input that fits it. */
export function CellInput({ spec, fieldKey, label, help, required, value, onChange, ctx, compact }: CellProps) {
  const t = useTexts(formTexts);
  const id = ctx.domId(fieldKey);
  const error = ctx.errors[fieldKey];
  const shownLabel = labelOf(label, required, t);
  const common = { id, error, disabled: ctx.disabled, 'aria-required': required || undefined };
  switch (spec.type) {
    case 'text': {
      const text = typeof value === 'string' ? value : '';
      const set = (next: string) => onChange(next === '' ? undefined : next);
      return spec.multiline ? (
        <Textarea
          {...common}
          label={shownLabel}
          description={help}
          value={text}
          onChange={(e) => set(e.target.value)}
          maxLength={spec.maxLength}
          minRows={compact ? 1 : 3}
          size={compact ? 'small' : undefined}
        />
      ) : (
        <TextField
          {...common}
          label={shownLabel}
          description={help}
          value={text}
          onChange={(e) => set(e.target.value)}
          maxLength={spec.maxLength}
          size={compact ? 'small' : undefined}
        />
      );
    }
    case 'choice':
      return <ChoiceInput spec={spec} id={id} label={shownLabel} help={help} required={required} value={value} onChange={onChange} error={error} disabled={ctx.disabled} compact={compact} />;
    case 'scale':
      return <ScaleInput spec={spec} id={id} label={shownLabel} help={help} required={required} value={value} onChange={onChange} error={error} disabled={ctx.disabled} compact={compact} />;
    case 'date':
      return (
        <DateField
          id={id}
          label={shownLabel}
          description={help}
          initialValue={typeof value === 'string' ? value : ''}
          onChange={(next) => {
            ctx.onDateInvalid(fieldKey, next === INVALID_DATE);
            onChange(next === '' || next === INVALID_DATE ? undefined : next);
          }}
          error={error}
          required={required}
          size={compact ? 'small' : undefined}
        />
      );
  }
}

interface ChoiceProps {
  spec: ChoiceSpec;
  id: string;
  label: string;
  help?: string;
  required?: boolean;
  value: CellValue | undefined;
  onChange: (value: CellValue | undefined) => void;
  error?: string;
  disabled?: boolean;
  compact?: boolean;
}

function ChoiceInput({ spec, id, label, help, required, value, onChange, error, disabled, compact }: ChoiceProps) {
  const t = useTexts(formTexts);
  const lang = useLang();
  if (spec.multiple) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <CheckboxGroup
        id={id}
        legend={label}
        description={help}
        value={chosen}
        // Kept in the template's order, so equal answers are equal values.
        onChange={(next: string[]) => {
          const ordered = spec.options.map((o) => o.value).filter((v) => next.includes(v));
          onChange(ordered.length > 0 ? ordered : undefined);
        }}
        error={error}
        disabled={disabled}
        size={compact ? 'small' : undefined}
        aria-required={required || undefined}
      >
        {spec.options.map((option) => (
          <Checkbox key={option.value} value={option.value}>
            {option.label[lang]}
          </Checkbox>
        ))}
      </CheckboxGroup>
    );
  }
  const one = typeof value === 'string' ? value : '';
  if (compact) {
    return (
      <Select id={id} label={label} description={help} value={one} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} error={error} disabled={disabled} size="small" aria-required={required || undefined}>
        <option value="">{t.chooseOption}</option>
        {spec.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label[lang]}
          </option>
        ))}
      </Select>
    );
  }
  return (
    <RadioGroup id={id} legend={label} description={help} value={one} onChange={(next: string) => onChange(next)} error={error} disabled={disabled} aria-required={required || undefined}>
      {spec.options.map((option) => (
        <Radio key={option.value} value={option.value}>
          {option.label[lang]}
        </Radio>
      ))}
    </RadioGroup>
  );
}

interface ScaleProps extends Omit<ChoiceProps, 'spec'> {
  spec: ScaleSpec;
}

/** A scale as a row of radio buttons (or a select in a table row), the ends' meaning in the description. */
function ScaleInput({ spec, id, label, help, required, value, onChange, error, disabled, compact }: ScaleProps) {
  const t = useTexts(formTexts);
  const lang = useLang();
  const steps = scaleSteps(spec);
  const ends = t.scaleEnds(scaleOptionText(spec, spec.min, lang), spec.labels.min[lang], scaleOptionText(spec, spec.max, lang), spec.labels.max[lang]);
  const chosen = typeof value === 'number' ? String(value) : '';
  if (compact) {
    return (
      <Select id={id} label={label} description={describe(help, ends)} value={chosen} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} error={error} disabled={disabled} size="small" aria-required={required || undefined}>
        <option value="">{t.chooseOption}</option>
        {steps.map((step) => (
          <option key={step} value={String(step)}>
            {scaleOptionText(spec, step, lang)}
          </option>
        ))}
      </Select>
    );
  }
  return (
    <VStack gap="space-4">
      <RadioGroup
        id={id}
        legend={label}
        description={describe(help, ends)}
        value={chosen}
        onChange={(next: string) => onChange(Number(next))}
        error={error}
        disabled={disabled}
        aria-required={required || undefined}
        className="forms-scale"
      >
        <HStack gap="space-4" wrap align="center" className="forms-scale__options">
          <BodyShort as="span" size="small" aria-hidden className="forms-scale__end">
            {spec.labels.min[lang]}
          </BodyShort>
          {steps.map((step) => (
            <Radio key={step} value={String(step)}>
              {scaleOptionText(spec, step, lang)}
            </Radio>
          ))}
          <BodyShort as="span" size="small" aria-hidden className="forms-scale__end">
            {spec.labels.max[lang]}
          </BodyShort>
        </HStack>
      </RadioGroup>
      {!required && chosen !== '' && !disabled && (
        <div>
          <Button type="button" size="xsmall" variant="tertiary" onClick={() => onChange(undefined)}>
            {t.clearAnswer(label)}
          </Button>
        </div>
      )}
    </VStack>
  );
}

interface TableProps {
  field: Field & TableSpec;
  value: TableRow[];
  onChange: (rows: TableRow[] | undefined) => void;
  ctx: FieldContext;
  /** Focus an element after the next render (a new row's first input, the add button). */
  focusLater: (target: () => HTMLElement | null | undefined) => void;
}

/** Table rows: one group per row with an input per column, and buttons to add and remove rows. */
export function TableInput({ field, value, onChange, ctx, focusLater }: TableProps) {
  const t = useTexts(formTexts);
  const lang = useLang();
  const label = field.label[lang];
  const min = field.minRows ?? 0;
  const addId = ctx.domId(`${field.id}.add`);
  const setCell = (index: number, column: string, cell: CellValue | undefined) => {
    const rows = value.map((row, i) => {
      if (i !== index) return row;
      const next = { ...row };
      if (cell === undefined) delete next[column];
      else next[column] = cell;
      return next;
    });
    onChange(rows);
  };
  const addRow = () => {
    const index = value.length;
    onChange([...value, {}]);
    const first = field.columns[0];
    if (first) focusLater(() => firstInput(ctx.domId(cellKey(field.id, index, first.id))));
  };
  const removeRow = (index: number) => {
    const rows = value.filter((_, i) => i !== index);
    onChange(rows.length > 0 ? rows : undefined);
    focusLater(() => document.getElementById(addId));
  };
  return (
    <Fieldset
      id={ctx.domId(field.id)}
      legend={labelOf(label, field.required, t)}
      description={describe(field.help?.[lang], t.rowsLimit(min, field.maxRows))}
      error={ctx.errors[field.id]}
      tabIndex={-1}
      data-testid="form-table"
      data-field-id={field.id}
    >
      <VStack gap="space-16">
        {value.length === 0 && <BodyShort size="small">{t.tableEmpty}</BodyShort>}
        {value.map((row, index) => (
          <Fieldset key={index} legend={t.row(label, index + 1)} className="forms-row" data-testid="form-table-row">
            <VStack gap="space-12">
              <div className="forms-row__cells">
                {field.columns.map((column) => (
                  <CellInput
                    key={column.id}
                    spec={column}
                    fieldKey={cellKey(field.id, index, column.id)}
                    label={column.label[lang]}
                    help={column.help?.[lang]}
                    required={column.required}
                    value={row[column.id]}
                    onChange={(cell) => setCell(index, column.id, cell)}
                    ctx={ctx}
                    compact
                  />
                ))}
              </div>
              {!ctx.disabled && (
                <div>
                  <Button type="button" size="small" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={() => removeRow(index)}>
                    {t.removeRow(label, index + 1)}
                  </Button>
                </div>
              )}
            </VStack>
          </Fieldset>
        ))}
        {!ctx.disabled && value.length < field.maxRows && (
          <div>
            <Button id={addId} type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={addRow}>
              {t.addRow(label)}
            </Button>
          </div>
        )}
      </VStack>
    </Fieldset>
  );
}

function firstInput(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (!element) return null;
  return element.matches('input, select, textarea') ? element : element.querySelector<HTMLElement>('input, select, textarea');
}
