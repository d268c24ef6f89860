import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, Fieldset, TextField, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { capitalise } from '../../../shared/format';
import { openingHoursTexts } from '../texts';
import { hoursFieldKey, LIMITS, WEEKDAYS, type FieldErrors, type Interval, type WeekHours } from '../validation';

interface Props {
  /** The fieldset's id; the error summary links here when the server refuses the hours as a whole. */
  id: string;
  value: WeekHours;
  onChange: (value: WeekHours) => void;
  /** Told which time input changed (`hours-…`), so its error message can go. */
  onFieldChange: (field: string) => void;
  errors: FieldErrors;
  fieldId: (field: string) => string;
  /** The weekday's name as used in a sentence (`mandag`). */
  dayName: (weekday: number) => string;
  error?: string;
}

const DEFAULT_INTERVAL: Interval = { opens: '08:00', closes: '16:00' };

/**
 * Opening hours per weekday: a day is open or closed; an open day has one to three periods (for
 * example a lunch break). Each day is a group named by the day, so "Åpner" and "Stenger" are read
 * with the day they belong to.
 */
export function OpeningHoursEditor({ id, value, onChange, onFieldChange, errors, fieldId, dayName, error }: Props) {
  const t = useTexts(openingHoursTexts);

  const updateDay = (dayIndex: number, update: (day: WeekHours[number]) => WeekHours[number]) =>
    onChange(value.map((day, index) => (index === dayIndex ? update(day) : day)));

  const setOpen = (dayIndex: number, open: boolean) => {
    updateDay(dayIndex, (day) => {
      if (!open || day.intervals.some((i) => i.opens || i.closes)) return { ...day, open };
      // A day opened from scratch starts with the hours of the nearest open day before it.
      const previous = value.slice(0, dayIndex).reverse().find((d) => d.open);
      return { open, intervals: previous ? previous.intervals.map((i) => ({ ...i })) : [{ ...DEFAULT_INTERVAL }] };
    });
  };

  const setTime = (dayIndex: number, index: number, part: keyof Interval, time: string) => {
    updateDay(dayIndex, (day) => ({
      ...day,
      intervals: day.intervals.map((interval, i) => (i === index ? { ...interval, [part]: time } : interval)),
    }));
    onFieldChange(hoursFieldKey(dayIndex + 1, index, part));
  };

  return (
    <Fieldset id={id} legend={t.legend} description={t.description} error={error} errorPropagation={false}>
      <VStack gap="space-16">
        {WEEKDAYS.map((weekday, dayIndex) => {
          const day = value[dayIndex]!;
          const name = capitalise(dayName(weekday));
          return (
            <Fieldset key={weekday} legend={name} hideLegend size="small">
              <div className="hours-day">
                <div className="hours-day__name">
                  <Checkbox size="small" checked={day.open} onChange={(event) => setOpen(dayIndex, event.target.checked)}>
                    {name}
                  </Checkbox>
                </div>
                {day.open ? (
                  <VStack gap="space-8">
                    {day.intervals.map((interval, index) => (
                      <div key={index} className="hours-interval">
                        <TextField
                          id={fieldId(hoursFieldKey(weekday, index, 'opens'))}
                          size="small"
                          label={t.opens}
                          value={interval.opens}
                          onChange={(event) => setTime(dayIndex, index, 'opens', event.target.value)}
                          error={errors[hoursFieldKey(weekday, index, 'opens')]}
                          inputMode="numeric"
                          autoComplete="off"
                        />
                        <TextField
                          id={fieldId(hoursFieldKey(weekday, index, 'closes'))}
                          size="small"
                          label={t.closes}
                          value={interval.closes}
                          onChange={(event) => setTime(dayIndex, index, 'closes', event.target.value)}
                          error={errors[hoursFieldKey(weekday, index, 'closes')]}
                          inputMode="numeric"
                          autoComplete="off"
                        />
                        {day.intervals.length > 1 && (
                          <Button
                            className="hours-interval__remove"
                            type="button"
                            size="small"
                            variant="tertiary"
                            icon={<TrashIcon aria-hidden />}
                            aria-label={t.removeIntervalLabel(dayName(weekday), interval.opens, interval.closes)}
                            onClick={() =>
                              updateDay(dayIndex, (d) => ({ ...d, intervals: d.intervals.filter((_, i) => i !== index) }))
                            }
                          >
                            {t.removeInterval}
                          </Button>
                        )}
                      </div>
                    ))}
                    {day.intervals.length < LIMITS.intervalsPerDay && (
                      <div>
                        <Button
                          type="button"
                          size="small"
                          variant="tertiary"
                          icon={<PlusIcon aria-hidden />}
                          aria-label={t.addIntervalLabel(dayName(weekday))}
                          onClick={() =>
                            updateDay(dayIndex, (d) => ({ ...d, intervals: [...d.intervals, { opens: '', closes: '' }] }))
                          }
                        >
                          {t.addInterval}
                        </Button>
                      </div>
                    )}
                  </VStack>
                ) : (
                  <BodyShort size="small" className="hours-day__closed">
                    {t.closed}
                  </BodyShort>
                )}
              </div>
            </Fieldset>
          );
        })}
      </VStack>
    </Fieldset>
  );
}
