import { Button, ExpansionCard, HStack, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { DateInput } from '../../directory-admin/components/DateInput';
import { FormFeedback } from '../../directory-admin/components/FormFeedback';
import { useFormFeedback } from '../../directory-admin/useFormFeedback';
import { forumMeetingPath, useCreateMeeting } from '../api';
import { forumErrorsFromApi } from '../serverErrors';
import { bodyTexts } from '../texts';
import type { MeetingInput, MeetingKind } from '../types';
import { useForumVocabulary } from '../vocabulary';
import { localToIso } from '../../reachability/format';

const ORDER = ['kind', 'title', 'theme', 'date', 'time', 'place', 'capacity'];

/** The leader or secretary sets up a meeting: an ordinary one, or an open thematic one with registration. */
export function NewMeetingForm({ bodyId }: { bodyId: string }) {
  const t = useTexts(bodyTexts);
  const v = useForumVocabulary();
  const navigate = useNavigate();
  const create = useCreateMeeting(bodyId);
  const feedback = useFormFeedback();
  const { errors, fieldId } = feedback;
  const [kind, setKind] = useState<MeetingKind>('ordinary');
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('16:00');
  const [place, setPlace] = useState('');
  const [capacity, setCapacity] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = t.required(t.meetingTitle);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t.required(t.meetingStartsAt);
    const startsAt = localToIso(date, time);
    if (!problems.date && !startsAt) problems.time = t.invalidValue(t.meetingTime);
    if (capacity && !/^\d+$/.test(capacity)) problems.capacity = t.invalidValue(t.meetingCapacity);
    if (Object.keys(problems).length > 0 || !startsAt) return feedback.fail(problems);
    const input: MeetingInput = {
      kind,
      title: title.trim(),
      startsAt,
      ...(theme.trim() ? { theme: theme.trim() } : {}),
      ...(place.trim() ? { place: place.trim() } : {}),
      ...(capacity ? { capacity: Number(capacity) } : {}),
    };
    try {
      const created = await create.mutateAsync(input);
      navigate(forumMeetingPath(created.id));
    } catch (error) {
      const specs = { title: { label: t.meetingTitle }, theme: { label: t.meetingTheme }, startsAt: { label: t.meetingStartsAt }, place: { label: t.meetingPlace }, capacity: { label: t.meetingCapacity } };
      const { fields, general } = forumErrorsFromApi(error, specs, t.invalidValue);
      if (fields.startsAt) fields.date = fields.startsAt;
      delete fields.startsAt;
      feedback.fail(fields, general);
    }
  };

  return (
    <ExpansionCard aria-label={t.newMeeting} size="small">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h3" size="small">
          {t.newMeeting}
        </ExpansionCard.Title>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <form onSubmit={onSubmit} noValidate>
          <VStack gap="space-16" className="forums-narrow">
            <RadioGroup legend={t.meetingKind} value={kind} onChange={(value: MeetingKind) => setKind(value)}>
              <Radio value="ordinary">{v.meetingKind('ordinary')}</Radio>
              <Radio value="open_thematic">{v.meetingKind('open_thematic')}</Radio>
            </RadioGroup>
            <TextField id={fieldId('title')} label={t.meetingTitle} value={title} onChange={(e) => { setTitle(e.target.value); feedback.clear('title'); }} error={errors.title} maxLength={200} aria-required />
            {kind === 'open_thematic' && <TextField id={fieldId('theme')} label={t.meetingTheme} value={theme} onChange={(e) => setTheme(e.target.value)} error={errors.theme} maxLength={200} />}
            <HStack gap="space-16" align="start">
              <DateInput id={fieldId('date')} label={t.meetingStartsAt} initialValue="" onChange={(value) => { setDate(value); feedback.clear('date'); }} error={errors.date} required />
              <TextField id={fieldId('time')} type="time" label={t.meetingTime} value={time} onChange={(e) => { setTime(e.target.value); feedback.clear('time'); }} error={errors.time} />
            </HStack>
            <TextField id={fieldId('place')} label={t.meetingPlace} value={place} onChange={(e) => setPlace(e.target.value)} error={errors.place} maxLength={500} />
            {kind === 'open_thematic' && (
              <TextField id={fieldId('capacity')} label={t.meetingCapacity} inputMode="numeric" value={capacity} onChange={(e) => { setCapacity(e.target.value); feedback.clear('capacity'); }} error={errors.capacity} htmlSize={6} />
            )}
            <FormFeedback feedback={feedback} order={ORDER} heading={t.fixErrors} />
            <div>
              <Button type="submit" loading={create.isPending}>
                {t.save}
              </Button>
            </div>
          </VStack>
        </form>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
