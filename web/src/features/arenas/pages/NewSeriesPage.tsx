import { BodyLong, Button, HStack, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { PageHeading } from '../../../shared/components/PageHeading';
import { DateInput } from '../../directory-admin/components/DateInput';
import { arenaPath, useCreateSeries, useMunicipalPhysicians } from '../api';
import { checkCommon, CommonFields, emptyCommon, type CommonValues } from '../components/CommonFields';
import { formTexts } from '../texts-forms';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `/moteplasser/ny-smagruppe`: a small-group series from a rule (e.g. the first Wednesday of the month). */
export function NewSeriesPage() {
  const t = useTexts(formTexts);
  const navigate = useNavigate();
  const create = useCreateSeries();
  const physicians = useMunicipalPhysicians();
  const [common, setCommon] = useState<CommonValues>(emptyCommon('10'));
  const [rule, setRule] = useState({ pattern: 'monthly_weekday', weekday: '3', week: '1', interval: '4', firstDate: '', count: '6', startTime: '18:00', duration: '90', holidays: 'move', rate: '909', guest: '', guestOrganisation: '', municipalPhysician: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const set = (next: Partial<typeof rule>) => setRule({ ...rule, ...next });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCommon(common, t);
    const found: Record<string, string> = { ...checked.problems } as Record<string, string>;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(rule.firstDate)) found.firstDate = t.required;
    if (!HH_MM.test(rule.startTime)) found.startTime = t.invalidTime;
    for (const key of ['count', 'duration', 'rate'] as const) if (!(Number(rule[key]) > 0)) found[key] = t.invalidNumber;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const pattern = rule.pattern === 'monthly_weekday' ? { pattern: 'monthly_weekday' as const, weekday: Number(rule.weekday), week: Number(rule.week) } : { pattern: 'every_n_weeks' as const, intervalWeeks: Number(rule.interval) };
    create.mutate(
      {
        ...checked.common,
        rule: { rule: pattern, firstDate: rule.firstDate, count: Number(rule.count), startTime: rule.startTime, durationMinutes: Number(rule.duration) },
        holidays: rule.holidays as 'move',
        fee: { code: '14', rateNok: Number(rule.rate), unitMinutes: 30 },
        ...(rule.guest.trim() ? { guests: [{ name: rule.guest.trim(), ...(rule.guestOrganisation.trim() ? { organisation: rule.guestOrganisation.trim() } : {}) }] } : {}),
        ...(rule.municipalPhysician.trim() ? { municipalPhysicianUserId: rule.municipalPhysician.trim() } : {}),
      },
      { onSuccess: (arena) => navigate(arenaPath(arena.id)) },
    );
  };
  const weekdays = t.weekdays.split(',');
  return (
    <VStack gap="space-24" className="arenas-narrow">
      <PageHeading>{t.newSeriesTitle}</PageHeading>
      <BodyLong>{t.newSeriesIntro}</BodyLong>
      <form onSubmit={onSubmit} noValidate data-testid="new-series">
        <VStack gap="space-16">
          <CommonFields values={common} problems={checkProblems(problems)} onChange={(next) => setCommon({ ...common, ...next })} />
          <RadioGroup legend={t.pattern} value={rule.pattern} onChange={(value: string) => set({ pattern: value })}>
            <Radio value="monthly_weekday">{t.monthly}</Radio>
            <Radio value="every_n_weeks">{t.everyNWeeks}</Radio>
          </RadioGroup>
          {rule.pattern === 'monthly_weekday' ? (
            <HStack gap="space-12">
              <Select label={t.week} value={rule.week} onChange={(e) => set({ week: e.target.value })}>
                <option value="1">{t.weekFirst}</option>
                <option value="2">{t.weekSecond}</option>
                <option value="3">{t.weekThird}</option>
                <option value="4">{t.weekFourth}</option>
                <option value="-1">{t.weekLast}</option>
              </Select>
              <Select label={t.weekday} value={rule.weekday} onChange={(e) => set({ weekday: e.target.value })}>
                {weekdays.map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </Select>
            </HStack>
          ) : (
            <TextField label={t.interval} htmlSize={4} inputMode="numeric" value={rule.interval} onChange={(e) => set({ interval: e.target.value.replace(/\D/g, '') })} />
          )}
          <DateInput id="series-first-date" label={t.firstDate} initialValue={rule.firstDate} onChange={(value) => set({ firstDate: value })} error={problems.firstDate} required />
          <HStack gap="space-12" wrap>
            <TextField label={t.count} htmlSize={4} inputMode="numeric" value={rule.count} onChange={(e) => set({ count: e.target.value.replace(/\D/g, '') })} error={problems.count} />
            <TextField label={t.startTime} htmlSize={6} value={rule.startTime} onChange={(e) => set({ startTime: e.target.value })} error={problems.startTime} />
            <TextField label={t.duration} htmlSize={5} inputMode="numeric" value={rule.duration} onChange={(e) => set({ duration: e.target.value.replace(/\D/g, '') })} error={problems.duration} />
          </HStack>
          <RadioGroup legend={t.holidays} value={rule.holidays} onChange={(value: string) => set({ holidays: value })}>
            <Radio value="move">{t.holidaysMove}</Radio>
            <Radio value="skip">{t.holidaysSkip}</Radio>
            <Radio value="keep">{t.holidaysKeep}</Radio>
          </RadioGroup>
          <TextField label={t.feeRate} htmlSize={6} inputMode="numeric" value={rule.rate} onChange={(e) => set({ rate: e.target.value.replace(/\D/g, '') })} error={problems.rate} />
          <HStack gap="space-12" wrap>
            <TextField label={t.guestName} value={rule.guest} onChange={(e) => set({ guest: e.target.value })} maxLength={200} />
            <TextField label={t.guestOrganisation} value={rule.guestOrganisation} onChange={(e) => set({ guestOrganisation: e.target.value })} maxLength={200} />
          </HStack>
          <Select label={t.municipalPhysician} value={rule.municipalPhysician} onChange={(e) => set({ municipalPhysician: e.target.value })}>
            <option value="">{t.noMunicipalPhysician}</option>
            {(physicians.data ?? []).map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.organisationName ? `${p.name} (${p.organisationName})` : p.name}
              </option>
            ))}
          </Select>
          <div>
            <Button type="submit" loading={create.isPending}>
              {t.create}
            </Button>
          </div>
          {create.isError && <ApiErrorAlert error={create.error} />}
        </VStack>
      </form>
    </VStack>
  );
}

const checkProblems = (problems: Record<string, string>) => problems as Partial<Record<keyof CommonValues, string>>;
