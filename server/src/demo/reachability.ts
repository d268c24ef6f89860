import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { atLocal, wallClock } from '../modules/reachability/domain/time.js';
import type { Specialty } from '../modules/reachability/domain/specialties.js';
import { REACHABILITY_SETTING_KEY, type ReachabilitySettings, DEFAULT_REACHABILITY_SETTINGS } from '../modules/reachability/settings.js';
import { DEMO_MUNICIPALITIES, type DemoData } from './generate.js';

/**
 * Demo reachability: a profile for every demo advisory physician (county, specialties, the NAV
 * offices of the county), and an on-call rota for this week and the next that covers evenings and
 * weekends, so the demo shows who answers outside the clinicians' line's 09–15. Pure over the demo
 * data and the day it is made; it draws no random numbers, so the rest of the demo stays the same.
 */
export interface DemoProfile {
  person_id: string;
  county: string;
  specialties: Specialty[];
  nav_office_ids: string[];
  phone: string | null;
}
export interface DemoShift {
  person_id: string;
  starts_at: Date;
  ends_at: Date;
  note: string;
}

const SPECIALTY_SETS: Specialty[][] = [
  ['general_practice', 'occupational_medicine'],
  ['psychiatry'],
  ['physical_medicine', 'rheumatology'],
  ['community_medicine', 'general_practice'],
  ['orthopaedics'],
  ['neurology', 'internal_medicine'],
];

const PHYSICIAN_ROLES = new Set(['advisory_physician', 'coordinating_physician']);

export function generateDemoReachability(data: DemoData, now: Date): { profiles: DemoProfile[]; shifts: DemoShift[]; settings: ReachabilitySettings } {
  const orgById = new Map(data.organisations.map((o) => [o.id, o]));
  const countyOf = (municipalityNumber: string) => DEMO_MUNICIPALITIES.find((m) => m.number === municipalityNumber)?.county;
  // The NAV offices where sick-leave advisers work, by county (not the physicians' own units).
  const adviserOffices = new Set(data.positions.filter((p) => p.role === 'nav_adviser').map((p) => p.organisation_id));
  const officesOfCounty = (county: string) =>
    data.organisations.filter((o) => o.kind === 'nav_office' && adviserOffices.has(o.id) && countyOf(o.municipality_number) === county).map((o) => o.id);

  const profiles: DemoProfile[] = [];
  const byCounty = new Map<string, { physicians: string[]; coordinators: string[] }>();
  data.positions
    .filter((p) => PHYSICIAN_ROLES.has(p.role))
    .forEach((position, index) => {
      const county = countyOf(orgById.get(position.organisation_id)!.municipality_number);
      if (!county) return;
      const person = data.people.find((p) => p.id === position.person_id)!;
      profiles.push({
        person_id: person.id,
        county,
        specialties: SPECIALTY_SETS[index % SPECIALTY_SETS.length]!,
        nav_office_ids: officesOfCounty(county),
        phone: person.phone,
      });
      const group = byCounty.get(county) ?? { physicians: [], coordinators: [] };
      (position.role === 'coordinating_physician' ? group.coordinators : group.physicians).push(person.id);
      byCounty.set(county, group);
    });

  // Weekdays 08–15 and 15–20 by the two physicians in turn, weekends 10–16 by the coordinator.
  const today = wallClock(now);
  const monday = new Date(Date.UTC(today.year, today.month, today.day - (today.weekday - 1)));
  const shifts: DemoShift[] = [];
  for (let offset = 0; offset < 14; offset++) {
    const date = new Date(monday.getTime() + offset * 86_400_000);
    const at = (hour: number) => atLocal(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour * 60);
    const weekend = offset % 7 >= 5;
    for (const { physicians, coordinators } of byCounty.values()) {
      if (weekend) {
        const coordinator = coordinators[0] ?? physicians[0];
        if (coordinator) shifts.push({ person_id: coordinator, starts_at: at(10), ends_at: at(16), note: 'Helgevakt' });
        continue;
      }
      const [first, second] = [physicians[offset % physicians.length], physicians[(offset + 1) % physicians.length]];
      if (first) shifts.push({ person_id: first, starts_at: at(8), ends_at: at(15), note: 'Dagvakt' });
      if (second) shifts.push({ person_id: second, starts_at: at(15), ends_at: at(20), note: 'Kveldsvakt' });
    }
  }

  const settings: ReachabilitySettings = {
    clinicianLine: { ...DEFAULT_REACHABILITY_SETTINGS.clinicianLine, phone: '23 45 67 89' },
  };
  return { profiles, shifts, settings };
}

export async function seedDemoReachability(tx: Kysely<Database> | Transaction<Database>, data: DemoData, now: Date) {
  const { profiles, shifts, settings } = generateDemoReachability(data, now);
  if (profiles.length) await tx.insertInto('advisory_physician_profile').values(profiles.map((p) => ({ ...p, updated_at: now }))).execute();
  if (shifts.length) await tx.insertInto('on_call_shift').values(shifts.map((s) => ({ ...s, created_at: now }))).execute();
  await tx
    .insertInto('setting')
    .values({ key: REACHABILITY_SETTING_KEY, value: JSON.stringify(settings), updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
