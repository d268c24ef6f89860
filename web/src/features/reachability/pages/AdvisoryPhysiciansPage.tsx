import { BodyLong, BodyShort, HStack, List, Select, Table, Tag, VStack } from '@navikt/ds-react';
import { useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { EmailLink, PhoneLink } from '../../../shared/components/ContactLinks';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { useOnCall, usePhysicians } from '../api';
import { formatTime } from '../format';
import { physiciansTexts } from '../texts';

/** `/radgivende-leger?fylke=&fag=`: the directory of advisory physicians and who is on call now. */
export function AdvisoryPhysiciansPage() {
  const t = useTexts(physiciansTexts);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const county = params.get('fylke') ?? '';
  const specialty = params.get('fag') ?? '';
  const directory = usePhysicians(lang, county, specialty);
  const onCall = useOnCall();

  const setFilter = (key: 'fylke' | 'fag', value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>

      <Section title={t.onCallHeading}>
        {onCall.isPending && <LoadingState />}
        {onCall.isError && <ApiErrorAlert error={onCall.error} size="small" />}
        {onCall.isSuccess &&
          (onCall.data.length === 0 ? (
            <BodyShort>{t.noneOnCall}</BodyShort>
          ) : (
            <List data-testid="on-call-list">
              {onCall.data.map((o) => (
                <List.Item key={o.shiftId}>
                  {t.onCallLine(o.name, o.county, formatTime(o.endsAt))} {o.phone && <PhoneLink phone={o.phone} />}
                </List.Item>
              ))}
            </List>
          ))}
      </Section>

      <Section title={t.tableLabel}>
        <HStack gap="space-16" wrap>
          <Select label={t.county} value={county} onChange={(e) => setFilter('fylke', e.target.value)} size="small">
            <option value="">{t.allCounties}</option>
            {(directory.data?.counties ?? (county ? [county] : [])).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
          <Select label={t.specialty} value={specialty} onChange={(e) => setFilter('fag', e.target.value)} size="small">
            <option value="">{t.allSpecialties}</option>
            {(directory.data?.specialties ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </Select>
        </HStack>
        {directory.isPending && <LoadingState />}
        {directory.isError && <ApiErrorAlert error={directory.error} />}
        {directory.data && (
          <>
            <BodyShort role="status" id="physician-count">
              {directory.data.items.length === 0 ? t.none : t.count(directory.data.items.length)}
            </BodyShort>
            {directory.data.items.length > 0 && (
              <Table size="small" aria-label={t.tableLabel} data-testid="physician-table">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.county}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.specialties}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.navOffices}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.phone}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.onCall}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {directory.data.items.map((p) => (
                    <Table.Row key={p.personId} data-on-call={p.onCallUntil ? 'true' : 'false'}>
                      <Table.HeaderCell scope="row">
                        {p.name}
                        {p.title && (
                          <BodyShort size="small" textColor="subtle">
                            {p.title}
                          </BodyShort>
                        )}
                      </Table.HeaderCell>
                      <Table.DataCell>{p.county}</Table.DataCell>
                      <Table.DataCell>{p.specialties.map((s) => s.label).join(', ')}</Table.DataCell>
                      <Table.DataCell>{p.navOffices.map((o) => o.name).join(', ')}</Table.DataCell>
                      <Table.DataCell>
                        <VStack gap="space-2">
                          <PhoneLink phone={p.phone} />
                          <EmailLink email={p.email} />
                        </VStack>
                      </Table.DataCell>
                      <Table.DataCell>
                        {p.onCallUntil && (
                          <Tag size="small" variant="moderate" data-color="success">
                            {t.onCallTag(formatTime(p.onCallUntil))}
                          </Tag>
                        )}
                      </Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </>
        )}
      </Section>
    </VStack>
  );
}
