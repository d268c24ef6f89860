import { BodyShort, HStack } from '@navikt/ds-react';
import { useLang } from '../../app/i18n/useTexts';
import { AppLink } from '../../shared/components/AppLink';
import { entryPath } from './api';
import { publicTexts } from './texts/public';

/**
 * Small "Les om tiltaket" links from the sick-leave pages to the knowledge base's measure pages
 * (issue 11, item 3: only 35 % of GPs have an overview of NAV's measures). Which measures are
 * relevant is decided here, from what the sick-leave pages already know: the sick note's period
 * types, the case's status, decisions and measures. The slugs are the shipped measures'
 * (server: modules/catalogue/data/nav-measures-*.ts).
 */
const MEASURE_NAMES: Record<string, { nb: string; en: string }> = {
  'gradert-sykmelding': { nb: 'gradert sykmelding', en: 'graded sick leave' },
  'avventende-sykmelding': { nb: 'avventende sykmelding', en: 'pending sick note' },
  reisetilskudd: { nb: 'reisetilskudd', en: 'travel grant' },
  'friskmelding-til-arbeidsformidling': { nb: 'friskmelding til arbeidsformidling', en: 'declared fit for job placement' },
  'unntak-fra-aktivitetskravet': { nb: 'unntak fra aktivitetskravet', en: 'activity-requirement exception' },
  arbeidsavklaringspenger: { nb: 'arbeidsavklaringspenger (AAP)', en: 'work assessment allowance (AAP)' },
  'senter-for-jobbmestring': { nb: 'senter for jobbmestring', en: 'job-coping centre' },
  'arbeidsrettet-rehabilitering': { nb: 'arbeidsrettet rehabilitering', en: 'work-oriented rehabilitation' },
  'ips-individuell-jobbstotte': { nb: 'individuell jobbstøtte (IPS)', en: 'individual placement and support (IPS)' },
  'tilrettelegging-og-tilskudd': { nb: 'tilrettelegging og tilskudd', en: 'adjustments and grants' },
};

/** The sick note's period types → the measures they are (graded, pending) or could be instead of full leave. */
export function measuresForPeriods(types: readonly string[]): string[] {
  const slugs: string[] = [];
  if (types.includes('graded')) slugs.push('gradert-sykmelding');
  if (types.includes('pending')) slugs.push('avventende-sykmelding');
  // A full sick note: the alternatives a GP should consider (001: what NAV lacks in sick notes).
  if (types.includes('full')) slugs.push('gradert-sykmelding', 'avventende-sykmelding', 'reisetilskudd', 'friskmelding-til-arbeidsformidling');
  slugs.push('unntak-fra-aktivitetskravet');
  return [...new Set(slugs)];
}

const STATUS_MEASURE: Record<string, string> = {
  graded: 'gradert-sykmelding',
  pending: 'avventende-sykmelding',
  fit_for_job_placement: 'friskmelding-til-arbeidsformidling',
  moved_to_aap: 'arbeidsavklaringspenger',
};
const DECISION_MEASURE: Record<string, string> = {
  activity_requirement_exception: 'unntak-fra-aktivitetskravet',
  fit_for_job_placement: 'friskmelding-til-arbeidsformidling',
};
/** The case measures' codes (migration 0002's measure_catalogue) → the knowledge base's pages. */
const CASE_MEASURE: Record<string, string> = {
  job_mastery: 'senter-for-jobbmestring',
  work_rehabilitation: 'arbeidsrettet-rehabilitering',
  job_specialist: 'ips-individuell-jobbstotte',
  adapted_work: 'tilrettelegging-og-tilskudd',
  grants: 'tilrettelegging-og-tilskudd',
};

/** A case's status, decisions and measures → the measures worth reading about. */
export function measuresForCase(status: string, decisionKinds: readonly string[], measureCodes: readonly string[]): string[] {
  const slugs = [STATUS_MEASURE[status], ...decisionKinds.map((k) => DECISION_MEASURE[k]), ...measureCodes.map((c) => CASE_MEASURE[c])];
  return [...new Set(slugs.filter((s): s is string => !!s))];
}

export function MeasureLinks({ slugs }: { slugs: readonly string[] }) {
  const lang = useLang();
  const t = publicTexts[lang];
  const known = slugs.filter((slug) => MEASURE_NAMES[slug]);
  if (known.length === 0) return null;
  return (
    <HStack gap="space-4" wrap as="p" className="catalogue-measure-links" data-testid="measure-links">
      <BodyShort as="span" size="small">{`${t.readAboutMeasure}:`}</BodyShort>
      {known.map((slug, i) => (
        <BodyShort as="span" size="small" key={slug}>
          <AppLink to={entryPath('measure', slug)}>{MEASURE_NAMES[slug]![lang]}</AppLink>
          {i < known.length - 1 ? ',' : ''}
        </BodyShort>
      ))}
    </HStack>
  );
}
