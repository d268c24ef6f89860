import { Fieldset, HGrid, Select } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { insightTexts } from '../texts';
import type { BucketSize, DashboardQuery, ScopeKind, Scopes } from '../types';

/** 'YYYY-MM' of this month and the 59 before it: the five years a period may span. */
export function monthChoices(today = new Date()): string[] {
  const out: string[] = [];
  for (let i = 0; i < 60; i++) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

interface Props {
  scopes: Scopes;
  query: DashboardQuery;
  onChange: (query: DashboardQuery) => void;
  periodError?: string;
}

/** Level, area, months and trend bucket; only the levels the server lets this user see are offered. */
export function ScopeFilters({ scopes, query, onChange, periodError }: Props) {
  const t = useTexts(insightTexts);
  const kinds: ScopeKind[] = [...(scopes.offices.length > 0 ? (['office'] as const) : []), ...(scopes.national ? (['municipality', 'county', 'national'] as const) : [])];
  const areas =
    query.scope === 'office'
      ? scopes.offices.map((o) => ({ value: o.id, label: o.name }))
      : query.scope === 'municipality'
        ? scopes.municipalities.map((m) => ({ value: m.number, label: `${m.name} (${m.number})` }))
        : query.scope === 'county'
          ? scopes.counties.map((c) => ({ value: c.number, label: `${c.name} (${c.number})` }))
          : [];
  const months = monthChoices();
  const set = (patch: Partial<DashboardQuery>) => onChange({ ...query, ...patch });
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="insights-no-print">
      <Fieldset legend={t.filters}>
        <HGrid gap="space-16" columns={{ xs: 1, md: 5 }} align="start">
          <Select label={t.scope} value={query.scope} onChange={(e) => set({ scope: e.target.value as ScopeKind, area: undefined })}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t[`scope_${k}`]}
              </option>
            ))}
          </Select>
          {query.scope !== 'national' && (
            <Select label={t.area} value={query.area ?? ''} onChange={(e) => set({ area: e.target.value || undefined })}>
              <option value="">{t.chooseArea}</option>
              {areas.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </Select>
          )}
          <Select label={t.from} value={query.from ?? months[11]} onChange={(e) => set({ from: e.target.value })}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
          <Select label={t.to} value={query.to ?? months[0]} onChange={(e) => set({ to: e.target.value })} error={periodError}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
          <Select label={t.bucket} value={query.bucket ?? 'month'} onChange={(e) => set({ bucket: e.target.value as BucketSize })}>
            <option value="month">{t.bucket_month}</option>
            <option value="quarter">{t.bucket_quarter}</option>
          </Select>
        </HGrid>
      </Fieldset>
    </form>
  );
}
