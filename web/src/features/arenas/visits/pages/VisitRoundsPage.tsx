import { BodyLong, BodyShort, Button, HGrid, Table, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTexts } from '../../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../../app/session/api';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { useCreateRound, useVisitRounds, visitRoundPath } from '../api';
import { OutreachLinks } from '../components/OutreachLinks';
import { visitTexts } from '../texts';

/** `/moteplasser/besoksrunder`: the rounds the user works on, with progress, and a form for a new one. */
export function VisitRoundsPage() {
  const t = useTexts(visitTexts);
  const rounds = useVisitRounds();
  // NAV staff and admins set rounds up (the server decides; others would be refused).
  const canCreate = useSignedInUser().role !== 'practice_consultant';
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <OutreachLinks current="visits" />
      </VStack>
      {rounds.isPending && <LoadingState />}
      {rounds.isError && <ApiErrorAlert error={rounds.error} />}
      {rounds.data && rounds.data.length === 0 && <BodyShort>{t.noRounds}</BodyShort>}
      {rounds.data && rounds.data.length > 0 && (
        <Table data-testid="visit-rounds">
          <caption className="aksel-sr-only">{t.listTitle}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colRound}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colArea}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.status}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colProgress}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rounds.data.map((round) => (
              <Table.Row key={round.id}>
                <Table.HeaderCell scope="row">
                  <AppLink to={visitRoundPath(round.id)}>{round.title}</AppLink>
                </Table.HeaderCell>
                <Table.DataCell>{round.municipalityNumbers.join(', ')}</Table.DataCell>
                <Table.DataCell>{round.status === 'active' ? t.statusActive : t.statusClosed}</Table.DataCell>
                <Table.DataCell align="right">{t.progress(round.total.done, round.total.offices, round.total.shareDonePercent)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {canCreate && (
        <Section title={t.newRound}>
          <NewRoundForm />
        </Section>
      )}
    </VStack>
  );
}

const MUNICIPALITY = /^\d{4}$/;

function NewRoundForm() {
  const t = useTexts(visitTexts);
  const create = useCreateRound();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [numbers, setNumbers] = useState('');
  const [minMinutes, setMinMinutes] = useState('30');
  const [maxMinutes, setMaxMinutes] = useState('45');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const municipalityNumbers = [...new Set(numbers.split(/[\s,;]+/).filter(Boolean))];
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t.titleRequired;
    if (municipalityNumbers.length === 0 || !municipalityNumbers.every((n) => MUNICIPALITY.test(n))) found.numbers = t.municipalitiesInvalid;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { title: title.trim(), description: description.trim() || undefined, municipalityNumbers, minMinutes: Number(minMinutes), maxMinutes: Number(maxMinutes) },
      { onSuccess: (result) => navigate(visitRoundPath(result.id)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-16">
        <BodyShort>{t.newRoundIntro}</BodyShort>
        <TextField label={t.title} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} maxLength={200} aria-required />
        <TextField label={t.municipalities} description={t.municipalitiesDescription} value={numbers} onChange={(e) => setNumbers(e.target.value)} error={errors.numbers} inputMode="numeric" aria-required />
        <HGrid gap="space-16" columns={{ xs: 1, sm: 2 }}>
          <TextField label={t.minMinutes} type="number" value={minMinutes} onChange={(e) => setMinMinutes(e.target.value)} min={5} max={240} />
          <TextField label={t.maxMinutes} type="number" value={maxMinutes} onChange={(e) => setMaxMinutes(e.target.value)} min={5} max={240} />
        </HGrid>
        <Textarea label={t.description} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={5000} />
        {create.isError && <ApiErrorAlert error={create.error} />}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
