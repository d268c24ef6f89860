import { Button, Checkbox, CheckboxGroup, Fieldset, HStack, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { editorTexts } from '../texts/editor';
import { labelOf } from '../texts/vocabulary';
import type { AnyContent, EntryKind, ModelSite } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';
import { COLUMN_LABELS, FORM_FIELDS, getPath, setPath, type FieldSpec } from './fields';

interface Props {
  kind: EntryKind;
  content: AnyContent;
  onChange: (content: AnyContent) => void;
  /** What stops publishing, by field path (missing, not positive): shown on the inputs. */
  problems: ReadonlyMap<string, string>;
  disabled?: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));
/** A number field as typed: empty is "not stated"; anything else is sent as a number when it is one. */
const numberOrText = (raw: string): number | string | null => (raw.trim() === '' ? null : Number.isNaN(Number(raw)) ? raw : Number(raw));

/** Every field of the kind's record as an input, in the record's order. */
export function ContentForm({ kind, content, onChange, problems, disabled }: Props) {
  return (
    <VStack gap="space-20" className="catalogue-form">
      {FORM_FIELDS[kind].map((spec) => (
        <SpecInput key={spec.path} spec={spec} content={content} onChange={onChange} problem={problems.get(spec.path)} disabled={disabled} />
      ))}
    </VStack>
  );
}

function SpecInput({ spec, content, onChange, problem, disabled }: { spec: FieldSpec; content: AnyContent; onChange: (c: AnyContent) => void; problem: string | undefined; disabled?: boolean }) {
  const t = useTexts(editorTexts);
  const v = useCatalogueVocabulary();
  const label = v.field(spec.path);
  const value = getPath(content, spec.path);
  const set = (next: unknown) => onChange(setPath(content, spec.path, next));
  const error = problem;
  switch (spec.input) {
    case 'text':
      return <TextField label={label} value={text(value)} onChange={(e) => set(e.target.value)} error={error} disabled={disabled} />;
    case 'textarea':
      return <Textarea label={label} value={text(value)} onChange={(e) => set(e.target.value)} error={error} minRows={2} disabled={disabled} />;
    case 'lines':
      return (
        <Textarea label={label} description={t.listHelp} value={Array.isArray(value) ? value.join('\n') : ''} onChange={(e) => set(e.target.value.split('\n'))} error={error} minRows={3} disabled={disabled} />
      );
    case 'select':
      return (
        <Select label={label} value={text(value)} onChange={(e) => set(e.target.value === '' ? (spec.nullable ? null : undefined) : e.target.value)} error={error} disabled={disabled}>
          <option value="">{t.none}</option>
          {Object.keys(spec.options).map((option) => (
            <option key={option} value={option}>
              {labelOf(spec.options, option, v.lang)}
            </option>
          ))}
        </Select>
      );
    case 'multi':
      return (
        <CheckboxGroup legend={label} value={Array.isArray(value) ? value : []} onChange={(values: string[]) => set(values)} error={error} size="small" disabled={disabled}>
          {Object.keys(spec.options).map((option) => (
            <Checkbox key={option} value={option}>
              {labelOf(spec.options, option, v.lang)}
            </Checkbox>
          ))}
        </CheckboxGroup>
      );
    case 'sites':
      return <SitesInput label={label} sites={(Array.isArray(value) ? value : []) as ModelSite[]} onChange={set} error={error} disabled={disabled} />;
    case 'records':
      return <RecordsInput label={label} spec={spec} rows={(Array.isArray(value) ? value : []) as Array<Record<string, unknown>>} onChange={set} error={error} disabled={disabled} />;
  }
}

function SitesInput({ label, sites, onChange, error, disabled }: { label: string; sites: ModelSite[]; onChange: (sites: unknown[]) => void; error?: string; disabled?: boolean }) {
  const t = useTexts(editorTexts);
  const empty: ModelSite = { municipality: '', county: null, population: null, distanceToHospitalKm: null, travelTimeToHospitalMinutes: null };
  const update = (index: number, patch: Partial<Record<keyof ModelSite, unknown>>) => onChange(sites.map((site, i) => (i === index ? { ...site, ...patch } : site)));
  return (
    <Fieldset legend={label} error={error} disabled={disabled}>
      {sites.map((site, index) => (
        <HStack key={index} gap="space-8" align="end" wrap className="catalogue-form__row">
          <TextField size="small" label={t.municipality} value={site.municipality} onChange={(e) => update(index, { municipality: e.target.value })} />
          <TextField size="small" label={t.county} value={site.county ?? ''} onChange={(e) => update(index, { county: e.target.value || null })} />
          <TextField size="small" label={t.population} inputMode="numeric" value={text(site.population)} onChange={(e) => update(index, { population: numberOrText(e.target.value) })} />
          <TextField size="small" label={t.distance} inputMode="decimal" value={text(site.distanceToHospitalKm)} onChange={(e) => update(index, { distanceToHospitalKm: numberOrText(e.target.value) })} />
          <TextField size="small" label={t.travelTime} inputMode="decimal" value={text(site.travelTimeToHospitalMinutes)} onChange={(e) => update(index, { travelTimeToHospitalMinutes: numberOrText(e.target.value) })} />
          <Button type="button" size="small" variant="tertiary" onClick={() => onChange(sites.filter((_, i) => i !== index))}>
            {`${t.removeRow}: ${site.municipality || index + 1}`}
          </Button>
        </HStack>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...sites, empty])}>
          {`${t.addRow}: ${label.toLowerCase()}`}
        </Button>
      </div>
    </Fieldset>
  );
}

function RecordsInput({ label, spec, rows, onChange, error, disabled }: { label: string; spec: Extract<FieldSpec, { input: 'records' }>; rows: Array<Record<string, unknown>>; onChange: (rows: unknown[]) => void; error?: string; disabled?: boolean }) {
  const t = useTexts(editorTexts);
  const v = useCatalogueVocabulary();
  const blank = Object.fromEntries(spec.columns.map((c) => [c.key, c.nullable ? null : '']));
  const update = (index: number, key: string, value: unknown) => onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <Fieldset legend={label} error={error} disabled={disabled}>
      {rows.map((row, index) => (
        <HStack key={index} gap="space-8" align="end" wrap className="catalogue-form__row">
          {spec.columns.map((column) =>
            column.options ? (
              <Select key={column.key} size="small" label={labelOf(COLUMN_LABELS, column.key, v.lang)} value={text(row[column.key])} onChange={(e) => update(index, column.key, e.target.value)}>
                {Object.keys(column.options).map((option) => (
                  <option key={option} value={option}>
                    {labelOf(column.options!, option, v.lang)}
                  </option>
                ))}
              </Select>
            ) : (
              <TextField key={column.key} size="small" label={labelOf(COLUMN_LABELS, column.key, v.lang)} value={text(row[column.key])} onChange={(e) => update(index, column.key, column.nullable && e.target.value === '' ? null : e.target.value)} />
            ),
          )}
          <Button type="button" size="small" variant="tertiary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {`${t.removeRow} ${index + 1}`}
          </Button>
        </HStack>
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...rows, { ...blank, ...(spec.columns[0]?.options ? { [spec.columns[0].key]: Object.keys(spec.columns[0].options)[0] } : {}) }])}>
          {`${t.addRow}: ${label.toLowerCase()}`}
        </Button>
      </div>
    </Fieldset>
  );
}
