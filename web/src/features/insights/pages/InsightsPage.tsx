import { DownloadIcon, PrinterLargeIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, HGrid, HStack, Tabs, VStack } from '@navikt/ds-react';
import { useSearchParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../app/i18n/useTexts';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeading } from '../../../shared/components/PageHeading';
import { formatDateTime } from '../../../shared/format';
import { dashboardCsvUrl, useDashboard, useScopes } from '../api';
import { GpFiguresSection } from '../components/GpFiguresSection';
import { KpiCard } from '../components/KpiCard';
import { monthChoices, ScopeFilters } from '../components/ScopeFilters';
import { insightTexts } from '../texts';
import type { BucketSize, DashboardKey, DashboardQuery, ScopeKind, Scopes } from '../types';

/** The scope a user starts with: their own office for office staff, the whole country for area roles. */
function defaultQuery(scopes: Scopes): DashboardQuery {
  if (scopes.national) return { scope: 'national' };
  const office = scopes.offices[0];
  return office ? { scope: 'office', area: office.id } : { scope: 'national' };
}

/** `/innsikt`: KPI dashboards by area and period (in the address, so a view can be shared), and a GP's own figures. */
export function InsightsPage() {
  const t = useTexts(insightTexts);
  const scopes = useScopes();
  const [params, setParams] = useSearchParams();
  if (scopes.isPending) return <LoadingState />;
  if (scopes.isError) return <ApiErrorAlert error={scopes.error} />;
  const data = scopes.data;
  const months = monthChoices();
  const fallback = defaultQuery(data);
  const query: DashboardQuery = {
    scope: (params.get('scope') as ScopeKind | null) ?? fallback.scope,
    area: params.get('area') ?? (params.get('scope') ? undefined : fallback.area),
    from: params.get('from') ?? months[11],
    to: params.get('to') ?? months[0],
    bucket: (params.get('bucket') as BucketSize | null) ?? 'month',
  };
  const dashboard = (params.get('d') as DashboardKey | null) ?? data.dashboards[0];
  const update = (next: DashboardQuery, d = dashboard) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...next, d })) if (v) p.set(k, String(v));
    setParams(p, { replace: true });
  };
  return (
    <VStack gap="space-32" className="insights-page">
      <VStack gap="space-8">
        <PageHeading>{t.title}</PageHeading>
        <BodyLong>{t.intro}</BodyLong>
      </VStack>
      {data.gpOwnFigures && <GpFiguresSection from={query.from!} to={query.to!} />}
      {!data.gpOwnFigures && data.dashboards.length === 0 && <BodyShort>{t.noAccess}</BodyShort>}
      {dashboard && data.dashboards.length > 0 && (
        <VStack gap="space-16">
          <ScopeFilters scopes={data} query={query} onChange={(q) => update(q)} periodError={query.from! > query.to! ? t.periodInvalid : undefined} />
          <Tabs value={dashboard} onChange={(d) => update(query, d as DashboardKey)}>
            <Tabs.List className="insights-no-print">
              {data.dashboards.map((d) => (
                <Tabs.Tab key={d} value={d} label={t[`dashboard_${d}`]} />
              ))}
            </Tabs.List>
            {data.dashboards.map((d) => (
              <Tabs.Panel key={d} value={d}>
                {d === dashboard && <DashboardPanel dashboard={d} query={query} />}
              </Tabs.Panel>
            ))}
          </Tabs>
        </VStack>
      )}
    </VStack>
  );
}

function DashboardPanel({ dashboard, query }: { dashboard: DashboardKey; query: DashboardQuery }) {
  const t = useTexts(insightTexts);
  const lang = useLang();
  const ready = (query.scope === 'national' || Boolean(query.area)) && query.from! <= query.to!;
  const result = useDashboard(dashboard, query, ready);
  if (!ready) return <BodyShort className="insights-panel">{t.chooseAreaFirst}</BodyShort>;
  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ApiErrorAlert error={result.error} />;
  const data = result.data;
  return (
    <VStack gap="space-16" className="insights-panel" aria-busy={result.isFetching} data-testid={`dashboard-${dashboard}`}>
      <BodyShort weight="semibold">
        {data.scope.name} · {data.period.from}–{data.period.to}
      </BodyShort>
      <BodyShort size="small">{data.source === 'live' ? t.live : data.asOf ? t.asOf(formatDateTime(data.asOf, lang)) : t.asOfNever}</BodyShort>
      <BodyShort size="small">{t.suppressedNote}</BodyShort>
      <HStack gap="space-8" className="insights-no-print">
        <Button as="a" href={dashboardCsvUrl(dashboard, query)} download variant="secondary" size="small" icon={<DownloadIcon aria-hidden />} aria-describedby="insights-csv-description">
          {t.csv}
        </Button>
        <Button variant="secondary" size="small" icon={<PrinterLargeIcon aria-hidden />} onClick={() => window.print()}>
          {t.print}
        </Button>
      </HStack>
      <BodyShort size="small" id="insights-csv-description" className="insights-no-print">
        {t.csvDescription}
      </BodyShort>
      <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} className="insights-grid">
        {data.kpis.map((k) => (
          <KpiCard key={k.key} kpi={k} />
        ))}
      </HGrid>
    </VStack>
  );
}
