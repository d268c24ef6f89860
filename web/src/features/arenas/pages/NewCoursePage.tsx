import { BodyLong, Button, Checkbox, Fieldset, HStack, Radio, RadioGroup, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { PageHeading } from '../../../shared/components/PageHeading';
import { DateInput } from '../../directory-admin/components/DateInput';
import { arenaPath, useCreateCourse } from '../api';
import { checkCommon, CommonFields, emptyCommon, type CommonValues } from '../components/CommonFields';
import { arenaTexts } from '../texts';
import { formTexts } from '../texts-forms';
import type { AgendaItem } from '../types';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
interface Day {
  date: string;
  startTime: string;
  endTime: string;
  programme: string;
}

/** "Title; minutes; speaker" per line → programme items (a line without minutes gets 30). */
function parseProgramme(text: string): AgendaItem[] {
  return text
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([title]) => Boolean(title))
    .map(([title, minutes, by]) => ({ kind: 'talk' as const, title: title!, minutes: Number(minutes) > 0 ? Number(minutes) : 30, ...(by ? { by } : {}) }));
}

/** `/moteplasser/nytt-kurs`: a course over one or more days with programme, stay, points and approval. */
export function NewCoursePage() {
  const t = useTexts(formTexts);
  const a = useTexts(arenaTexts);
  const navigate = useNavigate();
  const create = useCreateCourse();
  const [common, setCommon] = useState<CommonValues>(emptyCommon('140'));
  const [days, setDays] = useState<Day[]>([{ date: '', startTime: '10:00', endTime: '16:00', programme: '' }]);
  const [extra, setExtra] = useState({ overnight: true, accommodation: '', points: '', approval: 'not_applied', approvalBy: '', allocation: 'first_come' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const setDay = (i: number, next: Partial<Day>) => setDays(days.map((d, j) => (j === i ? { ...d, ...next } : d)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCommon(common, t);
    const found: Record<string, string> = { ...checked.problems } as Record<string, string>;
    days.forEach((d, i) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) found[`day${i}date`] = t.required;
      if (!HH_MM.test(d.startTime)) found[`day${i}start`] = t.invalidTime;
      if (!HH_MM.test(d.endTime)) found[`day${i}end`] = t.invalidTime;
    });
    if (extra.points && !(Number(extra.points) >= 0)) found.points = t.invalidNumber;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      {
        ...checked.common,
        days: days.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime, programme: parseProgramme(d.programme) })),
        overnightStay: extra.overnight,
        accommodation: extra.accommodation.trim() || undefined,
        coursePoints: extra.points ? Number(extra.points) : null,
        approval: { status: extra.approval as 'not_applied', by: extra.approvalBy.trim() || undefined },
        allocation: extra.allocation as 'first_come',
      },
      { onSuccess: (arena) => navigate(arenaPath(arena.id)) },
    );
  };
  return (
    <VStack gap="space-24" className="arenas-narrow">
      <PageHeading>{t.newCourseTitle}</PageHeading>
      <BodyLong>{t.newCourseIntro}</BodyLong>
      <form onSubmit={onSubmit} noValidate data-testid="new-course">
        <VStack gap="space-16">
          <CommonFields values={common} problems={problems} onChange={(next) => setCommon({ ...common, ...next })} />
          {days.map((d, i) => (
            <Fieldset key={i} legend={t.day(i + 1)}>
              <VStack gap="space-12">
                <DateInput id={`course-day-${i}`} label={t.date} initialValue={d.date} onChange={(value) => setDay(i, { date: value })} error={problems[`day${i}date`]} required />
                <HStack gap="space-12">
                  <TextField label={t.startTime} htmlSize={6} value={d.startTime} onChange={(e) => setDay(i, { startTime: e.target.value })} error={problems[`day${i}start`]} />
                  <TextField label={t.endTime} htmlSize={6} value={d.endTime} onChange={(e) => setDay(i, { endTime: e.target.value })} error={problems[`day${i}end`]} />
                </HStack>
                <Textarea label={t.programme} value={d.programme} onChange={(e) => setDay(i, { programme: e.target.value })} minRows={3} maxLength={5000} />
                {days.length > 1 && (
                  <div>
                    <Button type="button" size="small" variant="tertiary" onClick={() => setDays(days.filter((_, j) => j !== i))}>
                      {t.removeDay}
                    </Button>
                  </div>
                )}
              </VStack>
            </Fieldset>
          ))}
          <div>
            <Button type="button" size="small" variant="secondary" onClick={() => setDays([...days, { date: '', startTime: '08:30', endTime: '15:00', programme: '' }])}>
              {t.addDay}
            </Button>
          </div>
          <Checkbox checked={extra.overnight} onChange={(e) => setExtra({ ...extra, overnight: e.target.checked })}>
            {t.overnight}
          </Checkbox>
          {extra.overnight && <TextField label={t.accommodation} value={extra.accommodation} onChange={(e) => setExtra({ ...extra, accommodation: e.target.value })} maxLength={300} />}
          <TextField label={t.coursePoints} htmlSize={5} inputMode="numeric" value={extra.points} onChange={(e) => setExtra({ ...extra, points: e.target.value.replace(/[^\d.]/g, '') })} error={problems.points} />
          <HStack gap="space-12" wrap>
            <Select label={t.approvalStatus} value={extra.approval} onChange={(e) => setExtra({ ...extra, approval: e.target.value })}>
              {(['not_applied', 'applied', 'approved', 'rejected'] as const).map((status) => (
                <option key={status} value={status}>
                  {a[`approval_${status}`]}
                </option>
              ))}
            </Select>
            <TextField label={t.approvalBy} value={extra.approvalBy} onChange={(e) => setExtra({ ...extra, approvalBy: e.target.value })} maxLength={200} />
          </HStack>
          <RadioGroup legend={t.allocation} value={extra.allocation} onChange={(value: string) => setExtra({ ...extra, allocation: value })}>
            <Radio value="first_come">{t.firstCome}</Radio>
            <Radio value="at_deadline">{t.atDeadline}</Radio>
          </RadioGroup>
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
