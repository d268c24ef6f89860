import type { Kysely } from 'kysely';
import type { Database, OpeningHours } from '../../platform/db/schema.js';
import type { LocalisedText } from '../../platform/notify/preferences.js';

/**
 * The clinicians' line at NAV (lege- og behandlertelefonen): open 09–15 on weekdays, which GPs
 * doing paperwork after four cannot use (report 001 L5156–5164). Defaults here; an installation
 * sets its number and hours in the `setting` table under the key 'reachability'.
 */
export interface ReachabilitySettings {
  clinicianLine: { name: LocalisedText; phone: string | null; openingHours: OpeningHours[] };
}

export const DEFAULT_REACHABILITY_SETTINGS: ReachabilitySettings = {
  clinicianLine: {
    name: { nb: 'Lege- og behandlertelefonen i NAV', en: 'NAV’s line for doctors and therapists' },
    phone: null,
    openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '15:00' })),
  },
};

export const REACHABILITY_SETTING_KEY = 'reachability';

export async function loadReachabilitySettings(db: Kysely<Database>): Promise<ReachabilitySettings> {
  const row = await db.selectFrom('setting').where('key', '=', REACHABILITY_SETTING_KEY).select('value').executeTakeFirst();
  const stored = (row?.value ?? {}) as Partial<ReachabilitySettings>;
  return { clinicianLine: { ...DEFAULT_REACHABILITY_SETTINGS.clinicianLine, ...stored.clinicianLine } };
}
