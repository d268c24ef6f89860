/**
 * An arena's area: municipality numbers (four digits; the first two are the county) and a county
 * number (ADR 0006 "Core"). Pure.
 */
const MUNICIPALITY = /^\d{4}$/;
const COUNTY = /^\d{2}$/;

/** Counties by number: the 2024 ones and the 2020–2023 ones still found in older registers. */
export const COUNTY_NAMES: Readonly<Record<string, string>> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '30': 'Viken',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '38': 'Vestfold og Telemark',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '54': 'Troms og Finnmark',
  '55': 'Troms',
  '56': 'Finnmark',
};

export const countyOf = (municipality: string) => municipality.slice(0, 2);

export type AreaResult = { ok: true; municipalities: string[]; county: string } | { ok: false };

/** Checks and normalises an area: distinct municipality numbers in order; the county given or the first municipality's. */
export function normaliseArea(municipalities: readonly string[], county?: string | null): AreaResult {
  const list = [...new Set(municipalities.map((m) => m.trim()))];
  if (list.some((m) => !MUNICIPALITY.test(m))) return { ok: false };
  const chosen = county?.trim() || (list[0] ? countyOf(list[0]) : '');
  if (!COUNTY.test(chosen)) return { ok: false };
  return { ok: true, municipalities: list, county: chosen };
}

/** Whether someone working in `municipality` belongs to the area: one of its municipalities, or its county when it names none. */
export function inArea(area: { municipality_numbers: readonly string[]; county_number: string | null }, municipality: string | null): boolean {
  if (!municipality) return false;
  if (area.municipality_numbers.length > 0) return area.municipality_numbers.includes(municipality);
  return area.county_number !== null && countyOf(municipality) === area.county_number;
}
