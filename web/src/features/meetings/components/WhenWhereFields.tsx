import { HGrid, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateField } from '../../dialogue/components/DateField';
import { DURATIONS, placeTextRequired, type WhenWhere } from '../conveneForm';
import { osloToday } from '../format';
import { conveneTexts } from '../texts';
import { PLACE_KINDS, type PlaceKind } from '../types';
import { useMeetingVocabulary } from '../vocabulary';

interface Props {
  values: WhenWhere;
  onChange: <K extends keyof WhenWhere>(key: K, value: WhenWhere[K]) => void;
  errors: Record<string, string>;
  fieldId: (field: string) => string;
  /** A field's id prefix differs between the page's form and the move modal. */
  idPrefix?: string;
}

/** Date, time, length and place (with its description or the https video link): convening and moving. */
export function WhenWhereFields({ values, onChange, errors, fieldId }: Props) {
  const t = useTexts(conveneTexts);
  const v = useMeetingVocabulary();
  const durations: number[] = DURATIONS.includes(values.duration as (typeof DURATIONS)[number]) ? [...DURATIONS] : [...DURATIONS, values.duration].sort((a, b) => a - b);
  return (
    <VStack gap="space-24">
      <HGrid gap="space-16" columns={{ xs: 1, sm: 3 }} align="start">
        <DateField
          id={fieldId('date')}
          label={t.date}
          initialValue={values.date}
          onChange={(value) => onChange('date', value)}
          fromDate={osloToday()}
          error={errors.date}
          required
        />
        <TextField
          id={fieldId('time')}
          label={t.time}
          description={t.timeDescription}
          value={values.time}
          onChange={(e) => onChange('time', e.target.value)}
          error={errors.time}
          inputMode="numeric"
          autoComplete="off"
          htmlSize={8}
          aria-required
        />
        <Select id={fieldId('duration')} label={t.duration} value={values.duration} onChange={(e) => onChange('duration', Number(e.target.value))} error={errors.duration}>
          {durations.map((n) => (
            <option key={n} value={n}>
              {t.durationOption(n)}
            </option>
          ))}
        </Select>
      </HGrid>
      <RadioGroup id={fieldId('place')} legend={t.place} value={values.place} onChange={(value: PlaceKind) => onChange('place', value)} error={errors.place}>
        {PLACE_KINDS.map((kind) => (
          <Radio key={kind} value={kind}>
            {v.place(kind)}
          </Radio>
        ))}
      </RadioGroup>
      {values.place === 'video' ? (
        <TextField
          id={fieldId('videoUrl')}
          label={t.videoUrl}
          description={t.videoUrlDescription}
          value={values.videoUrl}
          onChange={(e) => onChange('videoUrl', e.target.value)}
          error={errors.videoUrl}
          type="url"
          inputMode="url"
          autoComplete="off"
          aria-required
        />
      ) : (
        <TextField
          id={fieldId('placeText')}
          label={placeTextRequired(values.place) ? t.placeText : t.placeTextOptional}
          description={placeTextRequired(values.place) ? undefined : t.placeTextDescription}
          value={values.placeText}
          onChange={(e) => onChange('placeText', e.target.value)}
          error={errors.placeText}
          aria-required={placeTextRequired(values.place) || undefined}
        />
      )}
    </VStack>
  );
}
