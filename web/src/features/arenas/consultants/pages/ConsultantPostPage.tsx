import { BodyLong, BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../../shared/components/ApiErrorAlert';
import { AppLink } from '../../../../shared/components/AppLink';
import { InfoList } from '../../../../shared/components/InfoList';
import { LoadingState } from '../../../../shared/components/LoadingState';
import { PageHeading } from '../../../../shared/components/PageHeading';
import { Section } from '../../../../shared/components/Section';
import { formatDate, formatPercent, formatPeriod } from '../../../../shared/format';
import { DateField, INVALID_DATE } from '../../../dialogue/components/DateField';
import { jointMeetingPath } from '../../joint-meetings/api';
import { consultantsPath, useDeleteHours, usePost } from '../api';
import { LogHoursForm } from '../components/LogHoursForm';
import { consultantTexts } from '../texts';
import type { PostDetail } from '../types';

const nok = (value: number | null, lang: string) =>
  value === null ? '–' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);
const number = (value: number, lang: string) => value.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO');

/** `/moteplasser/praksiskonsulenter/:id`: the post, the arenas its holder runs, hours of a period and honoraria per month. */
export function ConsultantPostPage() {
  const t = useTexts(consultantTexts);
  const lang = useLang();
  const id = useId();
  const { id: postId = '' } = useParams();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const post = usePost(postId, period.from, period.to);
  if (post.isPending) return <LoadingState />;
  if (post.isError) return <ApiErrorAlert error={post.error} />;
  const p = post.data;
  const rate = p.baseNokPerHour === null ? t.noBase : t.rate(p.honorariumPercent, nok(p.baseNokPerHour, lang));
  const setDate = (key: 'from' | 'to') => (value: string) => {
    if (value && value !== INVALID_DATE) setPeriod((current) => ({ ...current, [key]: value }));
  };
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <AppLink to={consultantsPath}>{t.back}</AppLink>
        <PageHeading>{p.holder.name}</PageHeading>
        <InfoList
          items={[
            { label: t.colShare, value: formatPercent(p.sharePercent, lang) },
            { label: t.colHost, value: p.hostOrganisation.name },
            { label: t.colPeriod, value: formatPeriod(p.periodFrom, p.periodTo, t.from) },
            { label: t.percent, value: rate },
          ]}
        />
        {p.note && <BodyLong>{p.note}</BodyLong>}
      </VStack>
      <Section title={t.arenasTitle}>
        {p.arenas.length === 0 ? (
          <BodyShort>{t.noArenas}</BodyShort>
        ) : (
          <ul data-testid="consultant-arenas">
            {p.arenas.map((a) => (
              <li key={a.id}>{a.kind === 'joint_meeting' || a.kind === 'meeting_place' ? <AppLink to={jointMeetingPath(a.id)}>{a.title}</AppLink> : <AppLink to={`/moteplasser/${encodeURIComponent(a.id)}`}>{a.title}</AppLink>}</li>
            ))}
          </ul>
        )}
      </Section>
      <HStack gap="space-16" align="start">
        <DateField key={`from-${p.from}`} id={`${id}-from`} label={t.periodStart} initialValue={p.from} onChange={setDate('from')} size="small" />
        <DateField key={`to-${p.to}`} id={`${id}-to`} label={t.periodEnd} initialValue={p.to} onChange={setDate('to')} size="small" />
      </HStack>
      <Section title={t.honorariaTitle}>
        <Honoraria post={p} />
      </Section>
      <Section title={t.hoursTitle}>
        <HoursTable post={p} />
        {p.canLog && <LogHoursForm post={p} />}
      </Section>
    </VStack>
  );
}

function Honoraria({ post }: { post: PostDetail }) {
  const t = useTexts(consultantTexts);
  const lang = useLang();
  const h = post.honoraria;
  return (
    <Table size="small" data-testid="consultant-honoraria">
      <caption className="aksel-sr-only">{t.honorariaCaption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeader scope="col">{t.colMonth}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colHours}</Table.ColumnHeader>
          <Table.ColumnHeader scope="col" align="right">{t.colHonorarium}</Table.ColumnHeader>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {h.months.map((m) => (
          <Table.Row key={m.month}>
            <Table.HeaderCell scope="row">{m.month}</Table.HeaderCell>
            <Table.DataCell align="right">{number(m.hours, lang)}</Table.DataCell>
            <Table.DataCell align="right">{nok(m.honorariumNok, lang)}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
      <tfoot>
        <Table.Row>
          <Table.HeaderCell scope="row">{t.total}</Table.HeaderCell>
          <Table.DataCell align="right">{number(h.totalHours, lang)}</Table.DataCell>
          <Table.DataCell align="right">{nok(h.totalHonorariumNok, lang)}</Table.DataCell>
        </Table.Row>
      </tfoot>
    </Table>
  );
}

function HoursTable({ post }: { post: PostDetail }) {
  const t = useTexts(consultantTexts);
  const lang = useLang();
  const remove = useDeleteHours();
  if (post.hours.length === 0) return <BodyShort>{t.noHours}</BodyShort>;
  return (
    <VStack gap="space-8">
      <Table size="small" data-testid="consultant-hours">
        <caption className="aksel-sr-only">{t.hoursCaption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">{t.colDate}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">{t.colHours}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t.colActivity}</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">{t.colArena}</Table.ColumnHeader>
            {post.canLog && <Table.ColumnHeader scope="col"><span className="aksel-sr-only">{t.remove}</span></Table.ColumnHeader>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {post.hours.map((h) => (
            <Table.Row key={h.id}>
              <Table.HeaderCell scope="row">{formatDate(h.workedOn)}</Table.HeaderCell>
              <Table.DataCell align="right">{number(h.hours, lang)}</Table.DataCell>
              <Table.DataCell>{h.activity}</Table.DataCell>
              <Table.DataCell>{h.arenaTitle ?? ''}</Table.DataCell>
              {post.canLog && (
                <Table.DataCell>
                  <Button size="xsmall" variant="tertiary" aria-label={t.removeLabel(formatDate(h.workedOn))} loading={remove.isPending && remove.variables === h.id} onClick={() => remove.mutate(h.id)}>
                    {t.remove}
                  </Button>
                </Table.DataCell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {remove.isError && <ApiErrorAlert error={remove.error} size="small" />}
    </VStack>
  );
}
