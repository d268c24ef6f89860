import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { Button, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateInput } from '../../directory-admin/components/DateInput';
import { usePendingFocus } from '../../directory-admin/usePendingFocus';
import type { FieldErrors } from '../../directory-admin/validation';
import { LIMITS, nextPeriod, periodField, withType, type PeriodValues } from '../noteForm';
import { noteFormTexts } from '../texts';
import { PERIOD_TYPES, type PeriodType } from '../types';
import { useVocabulary } from '../vocabulary';

interface Props {
  periods: PeriodValues[];
  onChange: (periods: PeriodValues[]) => void;
  errors: FieldErrors;
  /** Drops a field's message once the user changes it. */
  onFieldChange: (field: string) => void;
  fieldId: (field: string) => string;
  today: string;
}

/**
 * The note's periods: dates, type and grade per period; add a period (it continues where the last
 * ends, graded 50 %) or remove one. Additions and removals are announced, and focus goes to the new
 * period's first field or to the add button.
 */
export function PeriodsEditor({ periods, onChange, errors, onFieldChange, fieldId, today }: Props) {
  const t = useTexts(noteFormTexts);
  const vocabulary = useVocabulary();
  const focusLater = usePendingFocus();
  const addButton = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const update = (key: string, change: (period: PeriodValues) => PeriodValues, field: string) => {
    onChange(periods.map((p) => (p.key === key ? change(p) : p)));
    onFieldChange(field);
  };

  const add = () => {
    const period = nextPeriod(periods, today);
    onChange([...periods, period]);
    setAnnouncement(t.periodAdded(periods.length + 1));
    focusLater(() => document.getElementById(fieldId(periodField(period.key, 'fom'))));
  };

  const remove = (index: number) => {
    const removed = periods[index];
    if (!removed) return;
    onChange(periods.filter((_, i) => i !== index));
    for (const part of ['fom', 'tom', 'grade', 'type'] as const) onFieldChange(periodField(removed.key, part));
    setAnnouncement(t.periodRemoved(index + 1));
    focusLater(() => addButton.current);
  };

  return (
    <Fieldset
      legend={t.periodsLegend}
      description={t.periodsDescription}
      error={errors.periods}
      id={fieldId('periods')}
      className="note-section"
      errorPropagation={false}
    >
      <VStack gap="space-16">
        {periods.map((period, index) => {
          const id = (part: 'fom' | 'tom' | 'grade' | 'type') => fieldId(periodField(period.key, part));
          const error = (part: 'fom' | 'tom' | 'grade' | 'type') => errors[periodField(period.key, part)];
          return (
            <Fieldset
              key={period.key}
              legend={t.periodLegend(index + 1)}
              size="small"
              className="note-period"
              errorPropagation={false}
              data-testid="note-period"
            >
              <div className="note-period__fields">
                <DateInput
                  id={id('fom')}
                  label={t.fom}
                  initialValue={period.fom}
                  onChange={(value) => update(period.key, (p) => ({ ...p, fom: value }), periodField(period.key, 'fom'))}
                  error={error('fom')}
                  required
                />
                <DateInput
                  id={id('tom')}
                  label={t.tom}
                  initialValue={period.tom}
                  onChange={(value) => update(period.key, (p) => ({ ...p, tom: value }), periodField(period.key, 'tom'))}
                  error={error('tom')}
                  required
                />
                <Select
                  id={id('type')}
                  label={t.type}
                  value={period.type}
                  onChange={(event) => {
                    const type = PERIOD_TYPES.find((k) => k === event.target.value) as PeriodType;
                    update(period.key, (p) => withType(p, type), periodField(period.key, 'type'));
                    onFieldChange(periodField(period.key, 'grade'));
                  }}
                  error={error('type')}
                >
                  {PERIOD_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {vocabulary.periodType(type)}
                    </option>
                  ))}
                </Select>
                <TextField
                  id={id('grade')}
                  label={t.grade}
                  value={period.grade}
                  onChange={(event) => update(period.key, (p) => ({ ...p, grade: event.target.value }), periodField(period.key, 'grade'))}
                  error={error('grade')}
                  inputMode="numeric"
                  autoComplete="off"
                  htmlSize={5}
                  readOnly={period.type === 'full'}
                  aria-required
                />
              </div>
              {periods.length > 1 && (
                <div>
                  <Button type="button" variant="tertiary" size="small" icon={<TrashIcon aria-hidden />} onClick={() => remove(index)}>
                    {t.removePeriod(index + 1)}
                  </Button>
                </div>
              )}
            </Fieldset>
          );
        })}
        <HStack>
          {periods.length < LIMITS.periods && (
            <Button ref={addButton} type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={add}>
              {t.addPeriod}
            </Button>
          )}
        </HStack>
        <div role="status" aria-live="polite" className="aksel-sr-only">
          {announcement}
        </div>
      </VStack>
    </Fieldset>
  );
}
