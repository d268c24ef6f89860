/**
 * A survey's area (issue 12): municipality numbers (four digits; the first two are the county), or
 * a whole county when no municipality is named. Pure. The same area always gets the same key, so
 * "earlier rounds of the same area" is a lookup by key.
 */
const MUNICIPALITY = /^\d{4}$/;
const COUNTY = /^\d{2}$/;

export interface SurveyArea {
  /** Sorted and distinct; empty means the whole county. */
  municipalities: string[];
  county: string;
  key: string;
}

export const countyOfMunicipality = (municipality: string) => municipality.slice(0, 2);

export function normaliseSurveyArea(input: { municipalityNumbers?: readonly string[]; countyNumber?: string | null }): SurveyArea | null {
  const municipalities = [...new Set((input.municipalityNumbers ?? []).map((m) => m.trim()))].sort();
  if (municipalities.some((m) => !MUNICIPALITY.test(m))) return null;
  const county = input.countyNumber?.trim() || (municipalities[0] ? countyOfMunicipality(municipalities[0]) : '');
  if (!COUNTY.test(county)) return null;
  // An area lies in one county: the comparison with earlier rounds and the report is per area.
  if (municipalities.some((m) => countyOfMunicipality(m) !== county)) return null;
  const key = municipalities.length > 0 ? `municipalities:${municipalities.join(',')}` : `county:${county}`;
  return { municipalities, county, key };
}

/** Whether an organisation in `municipality` lies in the area. */
export function isInArea(area: Pick<SurveyArea, 'municipalities' | 'county'>, municipality: string | null): boolean {
  if (!municipality) return false;
  return area.municipalities.length > 0 ? area.municipalities.includes(municipality) : countyOfMunicipality(municipality) === area.county;
}
