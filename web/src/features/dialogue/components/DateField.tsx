import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useLang } from '../../../app/i18n/useTexts';
import { toIsoDate } from '../../../shared/format';

export const INVALID_DATE = 'invalid';

interface Props {
  id?: string;
  label: string;
  description?: string;
  /** `''`, `YYYY-MM-DD` or `'invalid'`; read when the field mounts (give it a `key` to reset it). */
  initialValue: string;
  onChange: (value: string) => void;
  /** The first and last day that can be chosen (`YYYY-MM-DD`). */
  fromDate?: string;
  toDate?: string;
  error?: string;
  required?: boolean;
  size?: 'small' | 'medium';
}

export function parseIsoDate(value: string | undefined): Date | undefined {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

/**
 * An Aksel date picker (type `dd.mm.åååå` or choose in the calendar) reporting an ISO date, `''`
 * when emptied, or `'invalid'` when what is typed is not a date or lies outside the allowed days.
 */
export function DateField({ id, label, description, initialValue, onChange, fromDate, toDate, error, required, size }: Props) {
  const lang = useLang();
  const { datepickerProps, inputProps } = useDatepicker({
    locale: lang,
    defaultSelected: parseIsoDate(initialValue),
    fromDate: parseIsoDate(fromDate),
    toDate: parseIsoDate(toDate),
    onDateChange: (date) => {
      if (date) onChange(toIsoDate(date));
    },
    onValidate: (validation) => {
      if (validation.isValidDate) return;
      onChange(validation.isEmpty ? '' : INVALID_DATE);
    },
  });
  return (
    <DatePicker {...datepickerProps} locale={lang}>
      <DatePicker.Input
        {...inputProps}
        id={id}
        label={label}
        description={description}
        error={error}
        size={size}
        aria-required={required || undefined}
      />
    </DatePicker>
  );
}
