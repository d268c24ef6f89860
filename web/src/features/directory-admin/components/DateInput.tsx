import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useLang } from '../../../app/i18n/useTexts';
import { toIsoDate } from '../../../shared/format';
import { INVALID_DATE, type DateValue } from '../validation';

interface Props {
  id: string;
  label: string;
  description?: string;
  /** `''`, `YYYY-MM-DD` or `'invalid'`; only read when the field mounts. */
  initialValue: DateValue;
  onChange: (value: DateValue) => void;
  error?: string;
  required?: boolean;
}

function parseIsoDate(value: DateValue): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

/**
 * An Aksel date picker (typing `dd.mm.åååå` or choosing in the calendar) that reports an ISO
 * date, `''` when emptied, or `'invalid'` when what is typed is not a date.
 */
export function DateInput({ id, label, description, initialValue, onChange, error, required }: Props) {
  const lang = useLang();
  const { datepickerProps, inputProps } = useDatepicker({
    locale: lang,
    defaultSelected: parseIsoDate(initialValue),
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
        aria-required={required || undefined}
      />
    </DatePicker>
  );
}
