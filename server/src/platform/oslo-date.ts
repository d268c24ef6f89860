import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';

/** Dates that matter to users are dates in Norway, whatever the server's time zone. */
export const OSLO_ZONE = 'Europe/Oslo';

/** The date ('YYYY-MM-DD') it is in Norway at `instant`. */
export function osloDate(instant: Date | string): string {
  return formatISO(new TZDate(new Date(instant).getTime(), OSLO_ZONE), { representation: 'date' });
}
