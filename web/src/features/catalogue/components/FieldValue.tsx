import { BodyShort } from '@navikt/ds-react';
import { useTexts } from '../../../app/i18n/useTexts';
import { publicTexts } from '../texts/public';
import type { ModelSite } from '../types';
import { useCatalogueVocabulary } from '../vocabulary';
import { inlineText } from './RichText';

const number = (value: number, lang: 'nb' | 'en') => value.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSite = (value: unknown): value is ModelSite => isRecord(value) && typeof value.municipality === 'string';

function SiteLine({ site }: { site: ModelSite }) {
  const t = useTexts(publicTexts);
  const { lang } = useCatalogueVocabulary();
  const facts = [
    site.population !== null ? t.population(number(site.population, lang)) : null,
    site.distanceToHospitalKm !== null ? t.distance(number(site.distanceToHospitalKm, lang)) : null,
    site.travelTimeToHospitalMinutes !== null ? t.travelTime(number(site.travelTimeToHospitalMinutes, lang)) : null,
  ].filter(Boolean);
  return (
    <>
      {site.municipality}
      {site.county ? ` (${site.county})` : ''}
      {facts.length > 0 ? `: ${facts.join(', ')}` : ''}
    </>
  );
}

/** One item of a list field: text with links, a labelled value, a site, a source or a fact. */
function Item({ field, item }: { field: string; item: unknown }) {
  const v = useCatalogueVocabulary();
  if (typeof item === 'string') return <>{v.hasValueLabels(field) ? v.value(field, item) : inlineText(item)}</>;
  if (isSite(item)) return <SiteLine site={item} />;
  if (isRecord(item)) {
    if (typeof item.citation === 'string') return <>{[item.citation, item.informant, item.date].filter(Boolean).join(', ')}</>;
    if (typeof item.label === 'string') return <>{`${item.label}: ${String(item.value ?? '')}`}</>;
    if (typeof item.reference === 'string') return <>{`${item.reference}: ${String(item.subject ?? '')}`}</>;
    if (typeof item.field === 'string') return <>{item.note ? `${item.field}: ${String(item.note)}` : item.field}</>;
    if (typeof item.howTo === 'string') return <>{`${v.value('channel', String(item.channel))}: `}{inlineText(item.howTo)}</>;
  }
  return <>{String(item)}</>;
}

/**
 * A field's value as stored, rendered for reading: a typology value by its label, lists as lists,
 * sites with their numbers, nested records (experiences) as labelled lists, absent as "not stated".
 */
export function FieldValue({ field, value }: { field: string; value: unknown }) {
  const t = useTexts(publicTexts);
  const v = useCatalogueVocabulary();
  const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return <BodyShort as="span" className="catalogue-subtle">{t.notStated}</BodyShort>;
  if (Array.isArray(value)) {
    if (v.hasValueLabels(field)) return <>{value.map((item) => v.value(field, String(item))).join(', ')}</>;
    return (
      <ul className="catalogue-list">
        {value.map((item, i) => (
          <li key={i}>
            <Item field={field} item={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, inner]) => inner !== null && inner !== undefined && !(Array.isArray(inner) && inner.length === 0) && inner !== '');
    if (entries.length === 0) return <BodyShort as="span" className="catalogue-subtle">{t.notStated}</BodyShort>;
    return (
      <dl className="catalogue-nested">
        {entries.map(([key, inner]) => (
          <div key={key}>
            <dt>{v.field(`${field}.${key}`)}</dt>
            <dd>
              <FieldValue field={`${field}.${key}`} value={inner} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  if (typeof value === 'string') return <span className="catalogue-text">{v.hasValueLabels(field) ? v.value(field, value) : inlineText(value)}</span>;
  return <>{String(value)}</>;
}
