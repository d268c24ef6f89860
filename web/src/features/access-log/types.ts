import type { Role } from '../../api/types';

/** One read or change of the signed-in patient's data (`GET /api/me/access-log`). */
export interface AccessLogEntry {
  at: string;
  actorName: string;
  actorRole: Role | string;
  organisationName: string | null;
  action: string;
  purpose: string | null;
}
