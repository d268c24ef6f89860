import { Alert, BodyLong, BodyShort, Button, HGrid, Select, Table, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatPercent, formatPeriod } from '../../../../shared/format';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { OutreachLinks } from '../../visits/components/OutreachLinks';
import { consultantPostPath, useCreatePost, usePostOptions, usePosts } from '../api';
import { consultantTexts } from '../texts';

/** `/moteplasser/praksiskonsulenter`: the posts the user may see (their own; managers: their county's), and a form for a new one. */
export function ConsultantPostsPage() {
  const t = useTexts(consultantTexts);
  const lang = useLang();
  const posts = usePosts();
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <PageHeading>{t.listTitle}</PageHeading>
        <BodyLong>{t.listIntro}</BodyLong>
        <OutreachLinks current="consultants" />
      </VStack>
      {posts.isPending && <LoadingState />}
      {posts.isError && <ApiErrorAlert error={posts.error} />}
      {posts.data && posts.data.posts.length === 0 && <BodyShort>{t.none}</BodyShort>}
      {posts.data && posts.data.posts.length > 0 && (
        <Table data-testid="consultant-posts">
          <caption className="aksel-sr-only">{t.listTitle}</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">{t.colHolder}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">{t.colShare}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colHost}</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">{t.colPeriod}</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {posts.data.posts.map((p) => (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">
                  <AppLink to={consultantPostPath(p.id)}>{p.holder.name}</AppLink>
                </Table.HeaderCell>
                <Table.DataCell align="right">{formatPercent(p.sharePercent, lang)}</Table.DataCell>
                <Table.DataCell>{p.hostOrganisation.name}</Table.DataCell>
                <Table.DataCell>{formatPeriod(p.periodFrom, p.periodTo, t.from)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {posts.data?.canCreate && (
        <Section title={t.newTitle}>
          <NewPostForm />
        </Section>
      )}
    </VStack>
  );
}

function NewPostForm() {
  const t = useTexts(consultantTexts);
  const id = useId();
  const navigate = useNavigate();
  const options = usePostOptions(true);
  const create = useCreatePost();
  const [values, setValues] = useState({ userId: '', hostOrganisationId: '', share: '20', from: '', to: '', percent: '89', base: '' });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.userId || !values.hostOrganisationId || !values.share || !values.from || values.from === INVALID_DATE || values.to === INVALID_DATE) {
      setError(t.required);
      return;
    }
    setError(null);
    create.mutate(
      {
        userId: values.userId,
        hostOrganisationId: values.hostOrganisationId,
        sharePercent: Number(values.share),
        periodFrom: values.from,
        periodTo: values.to || null,
        honorariumPercent: Number(values.percent),
        baseNokPerHour: values.base ? Number(values.base) : null,
      },
      { onSuccess: (result) => navigate(consultantPostPath(result.id)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-16">
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <Select label={t.holder} value={values.userId} onChange={(e) => set('userId')(e.target.value)}>
            <option value="">{t.chooseHolder}</option>
            {(options.data?.holders ?? []).map((h) => (
              <option key={h.userId} value={h.userId}>
                {h.organisationName ? `${h.name} (${h.organisationName})` : h.name}
              </option>
            ))}
          </Select>
          <Select label={t.host} value={values.hostOrganisationId} onChange={(e) => set('hostOrganisationId')(e.target.value)}>
            <option value="">{t.chooseHost}</option>
            {(options.data?.hosts ?? []).map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </Select>
        </HGrid>
        <HGrid gap="space-16" columns={{ xs: 1, md: 3 }} align="start">
          <TextField label={t.share} type="number" min={1} max={100} value={values.share} onChange={(e) => set('share')(e.target.value)} />
          <DateField id={`${id}-from`} label={t.periodFrom} initialValue="" onChange={set('from')} />
          <DateField id={`${id}-to`} label={t.periodTo} initialValue="" onChange={set('to')} />
        </HGrid>
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="start">
          <TextField label={t.percent} description={t.percentDescription} type="number" min={0} max={100} value={values.percent} onChange={(e) => set('percent')(e.target.value)} />
          <TextField label={t.base} description={t.baseDescription} type="number" min={0} value={values.base} onChange={(e) => set('base')(e.target.value)} />
        </HGrid>
        {error && <Alert variant="error" role="alert">{error}</Alert>}
        {create.isError && <ApiErrorAlert error={create.error} />}
        {options.isError && <ApiErrorAlert error={options.error} />}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t.create}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
