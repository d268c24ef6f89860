import { HStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateInput } from '../../directory-admin/components/DateInput';
import { bodyTexts } from '../texts';

interface Props {
  idPrefix: string;
  from: string;
  to: string;
  onChange: (period: { from: string; to: string }) => void;
}

/** A period's from and to dates; a date being typed that is not yet a date keeps the last good one. */
export function PeriodFields({ idPrefix, from, to, onChange }: Props) {
  const t = useTexts(bodyTexts);
  const good = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  return (
    <HStack gap="space-16" align="end">
      <DateInput id={`${idPrefix}-from`} label={t.periodFrom} initialValue={from} onChange={(value) => good(value) && onChange({ from: value, to })} />
      <DateInput id={`${idPrefix}-to`} label={t.periodTo} initialValue={to} onChange={(value) => good(value) && onChange({ from, to: value })} />
    </HStack>
  );
}
