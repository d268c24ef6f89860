import { DatePicker, useDatepicker } from '@navikt/ds-react';
import { useState } from 'react';
import { useLang } from '../../../app/i18n/useTexts';

interface Props {
  label: string;
  invalidMessage: string;
  onChange: (date: Date | undefined) => void;
}

/** An Aksel date picker that reports the chosen day (or none) and flags unreadable input. */
export function DateField({ label, invalidMessage, onChange }: Props) {
  const lang = useLang();
  const [invalid, setInvalid] = useState(false);
  const { datepickerProps, inputProps } = useDatepicker({
    locale: lang,
    onDateChange: onChange,
    onValidate: (validation) => setInvalid(validation.isInvalid && !validation.isValidDate),
  });
  return (
    <DatePicker {...datepickerProps} locale={lang}>
      <DatePicker.Input {...inputProps} label={label} error={invalid ? invalidMessage : undefined} />
    </DatePicker>
  );
}
