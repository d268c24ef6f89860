/**
 * The insights module's error codes (issue 12, KPI part), in the shape of `ERRORS` in
 * platform/errors.ts, which spreads them in. The pulse surveys keep theirs in surveys/.
 */
export const INSIGHT_ERRORS = {
  INSIGHTS_PERIOD_INVALID: { status: 400, nb: 'Perioden må oppgis som måneder (ÅÅÅÅ-MM)', en: 'The period must be given as months (YYYY-MM)' },
  INSIGHTS_PERIOD_END_BEFORE_START: { status: 400, nb: 'Perioden slutter før den starter', en: 'The period ends before it starts' },
  INSIGHTS_PERIOD_TOO_LONG: { status: 400, nb: 'Perioden kan være høyst fem år', en: 'The period can be at most five years' },
  INSIGHTS_AREA_UNKNOWN: { status: 404, nb: 'Ukjent område: fant ikke NAV-kontoret, kommunen eller fylket', en: 'Unknown area: no such NAV office, municipality or county' },
  INSIGHTS_AREA_MISSING: { status: 400, nb: 'Velg et NAV-kontor, en kommune eller et fylke', en: 'Choose a NAV office, a municipality or a county' },
  INSIGHTS_OFFICE_FORBIDDEN: { status: 403, nb: 'Tallene for et NAV-kontor er for kontorets ansatte og ledere', en: "An office's figures are for its staff and leaders" },
  INSIGHTS_AREA_FORBIDDEN: { status: 403, nb: 'Områdetallene er for kommuneoverleger, rådgivende leger, samarbeidsforum og forvaltere', en: 'Area figures are for municipal physicians, advisory physicians, forums and administrators' },
  INSIGHTS_REFRESH_BUSY: { status: 409, nb: 'Tallene oppdateres allerede; prøv igjen om litt', en: 'The figures are being refreshed already; try again shortly' },
  INSIGHTS_GP_ONLY: { status: 403, nb: 'Egne tall finnes bare for fastleger', en: 'Own figures are only for GPs' },
} as const;
