import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, Fieldset, HGrid, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTexts } from '../../../app/i18n/useTexts';
import { useSignedInUser } from '../../../app/session/api';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { Section } from '../../../shared/components/Section';
import { DateField, INVALID_DATE } from '../../dialogue/components/DateField';
import { evaluationCsvUrl, useEvaluation, useTeams } from '../api';
import { EvaluationOverview, MeasureTables } from '../components/EvaluationTables';
import { evaluationTexts } from '../texts';
import type { EvaluationFilter } from '../types';

const FILTER_KEYS = ['teamId', 'trialSite', 'from', 'to'] as const;

/** `/team/evaluering`: aggregates per team, trial site and in total, filtered in the address (a link can be shared). */
export function EvaluationPage() {
  const t = useTexts(evaluationTexts);
  const me = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const filter: EvaluationFilter = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]).filter(([, value]) => value));
  const teams = useTeams();
  const evaluation = useEvaluation(filter);
  const [periodError, setPeriodError] = useState<string | undefined>();
  const [detailKey, setDetailKey] = useState('total');

  const setFilter = (key: (typeof FILTER_KEYS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const setDate = (key: 'from' | 'to', value: string) => {
    if (value === INVALID_DATE) return;
    const from = key === 'from' ? value : (filter.from ?? '');
    const to = key === 'to' ? value : (filter.to ?? '');
    setPeriodError(from && to && to < from ? t.periodInvalid : undefined);
    setFilter(key, value);
  };

  // A team lead filters among the teams they lead; the admin (project management) among all.
  const choosable = (teams.data ?? []).filter((team) => me.role === 'admin' || team.myRoles.includes('team_lead'));
  const sites = [...new Set(choosable.map((team) => team.trialSite).filter((site): site is string => Boolean(site)))].sort((a, b) => a.localeCompare(b, 'nb'));
  const data = evaluation.data;
  const detail = data?.groups.find((g) => g.key === detailKey) ?? data?.groups[0];
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
        {data && <BodyShort>{data.scope === 'own_teams' ? t.scopeOwn : t.scopeAll}</BodyShort>}
      </VStack>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <Fieldset legend={t.filters}>
          <HGrid gap="space-16" columns={{ xs: 1, md: 4 }} align="start">
            <Select label={t.team} value={filter.teamId ?? ''} onChange={(e) => setFilter('teamId', e.target.value)}>
              <option value="">{t.allTeams}</option>
              {choosable.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </Select>
            <Select label={t.trialSite} value={filter.trialSite ?? ''} onChange={(e) => setFilter('trialSite', e.target.value)}>
              <option value="">{t.allSites}</option>
              {sites.map((site) => (
                <option key={site} value={site}>
                  {site}
                </option>
              ))}
            </Select>
            <DateField label={t.from} initialValue={filter.from ?? ''} onChange={(value) => setDate('from', value)} />
            <DateField label={t.to} initialValue={filter.to ?? ''} onChange={(value) => setDate('to', value)} error={periodError} />
          </HGrid>
        </Fieldset>
      </form>
      <VStack gap="space-8" align="start">
        <Button as="a" href={evaluationCsvUrl(filter)} download variant="secondary" size="small" icon={<DownloadIcon aria-hidden />} aria-describedby="evaluation-csv-description">
          {t.csv}
        </Button>
        <BodyShort size="small" id="evaluation-csv-description">
          {t.csvDescription}
        </BodyShort>
      </VStack>
      {evaluation.isPending && <LoadingState />}
      {evaluation.isError && <ApiErrorAlert error={evaluation.error} />}
      {data && (
        <div aria-busy={evaluation.isFetching}>
          <VStack gap="space-32">
            <Section title={t.overview}>{data.groups.length === 0 ? <BodyShort>{t.empty}</BodyShort> : <EvaluationOverview groups={data.groups} />}</Section>
            {detail && (
              <Section title={t.details}>
                <Select label={t.detailsFor} value={detail.key} onChange={(e) => setDetailKey(e.target.value)} className="teams-narrow">
                  {data.groups.map((g) => (
                    <option key={g.key} value={g.key}>
                      {g.level === 'total' ? t.level_total : `${g.name} (${g.level === 'team' ? t.level_team : t.level_trial_site})`}
                    </option>
                  ))}
                </Select>
                <MeasureTables group={detail} measures={data.measures} />
              </Section>
            )}
          </VStack>
        </div>
      )}
    </VStack>
  );
}
