import { Alert, BodyLong, BodyShort, Button, HGrid, LinkCard, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../../app/session/api';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatDateTime } from '../../../../shared/format';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { normaliseTime, osloToday } from '../../../reachability/format';
import { OutreachLinks } from '../../visits/components/OutreachLinks';
import { caseSlotPath, useBookSlots, useCaseSlotsList, useGpOptions } from '../api';
import { slotTexts } from '../texts';

/** `/moteplasser/saksgjennomgang`: the user's case slots (as adviser or GP), and booking new ones for advisers. */
export function CaseSlotsPage() {
  const t = useTexts(slotTexts);
  const lang = useLang();
  const role = useSignedInUser().role;
  const list = useCaseSlotsList();
  const canBook = role === 'nav_adviser' || role === 'nav_manager';
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <OutreachLinks current="caseSlots" />
      </VStack>
      {list.isPending && <LoadingState />}
      {list.isError && <ApiErrorAlert error={list.error} />}
      {list.data && list.data.length === 0 && <BodyShort>{t.none}</BodyShort>}
      {list.data && list.data.length > 0 && (
        <ul className="card-list" data-testid="case-slots">
          {list.data.map((s) => (
            <li key={s.id}>
              <LinkCard>
                <LinkCard.Title as="h2">
                  <LinkCard.Anchor asChild>
                    <RouterLink to={caseSlotPath(s.id)}>{s.title}</RouterLink>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>
                  {s.mine === 'adviser' ? t.withGp(s.gp.name) : t.withAdviser(s.adviser.name)} · {t.perMonth(s.perMonth)} ·{' '}
                  {s.nextStartsAt ? t.next(formatDateTime(s.nextStartsAt, lang)) : t.noNext}
                </LinkCard.Description>
              </LinkCard>
            </li>
          ))}
        </ul>
      )}
      {canBook && (
        <Section title={t.bookTitle}>
          <BookingForm />
        </Section>
      )}
    </VStack>
  );
}

function BookingForm() {
  const t = useTexts(slotTexts);
  const id = useId();
  const navigate = useNavigate();
  const gps = useGpOptions(true);
  const book = useBookSlots();
  const [gp, setGp] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('14:00');
  const [duration, setDuration] = useState('45');
  const [perMonth, setPerMonth] = useState<'1' | '2'>('1');
  const [count, setCount] = useState('6');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hhmm = normaliseTime(time);
    if (!gp || !date || date === INVALID_DATE || !hhmm) {
      setError(t.bookRequired);
      return;
    }
    setError(null);
    book.mutate(
      { gpUserId: gp, firstDate: date, startTime: hhmm, durationMinutes: Number(duration), perMonth: perMonth === '2' ? 2 : 1, count: Number(count), location: location.trim() || undefined },
      { onSuccess: (result) => navigate(caseSlotPath(result.id)) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-16">
        <Select label={t.gp} value={gp} onChange={(e) => setGp(e.target.value)}>
          <option value="">{t.chooseGp}</option>
          {(gps.data ?? []).map((g) => (
            <option key={g.userId} value={g.userId}>
              {g.officeName ? `${g.name} (${g.officeName})` : g.name}
            </option>
          ))}
        </Select>
        <HGrid gap="space-16" columns={{ xs: 1, md: 3 }} align="start">
          <DateField id={`${id}-date`} label={t.firstDate} initialValue="" onChange={setDate} fromDate={osloToday()} />
          <TextField label={t.time} description={t.timeDescription} value={time} onChange={(e) => setTime(e.target.value)} inputMode="numeric" htmlSize={6} />
          <TextField label={t.duration} type="number" min={15} max={120} value={duration} onChange={(e) => setDuration(e.target.value)} htmlSize={6} />
        </HGrid>
        <RadioGroup legend={t.frequency} value={perMonth} onChange={(value: '1' | '2') => setPerMonth(value)}>
          <Radio value="1">{t.once}</Radio>
          <Radio value="2">{t.twice}</Radio>
        </RadioGroup>
        <TextField label={t.count} type="number" min={1} max={24} value={count} onChange={(e) => setCount(e.target.value)} htmlSize={6} />
        <TextField label={t.location} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} />
        {error && <Alert variant="error" role="alert">{error}</Alert>}
        {book.isError && <ApiErrorAlert error={book.error} />}
        {gps.isError && <ApiErrorAlert error={gps.error} />}
        <div>
          <Button type="submit" loading={book.isPending}>
            {t.book}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
