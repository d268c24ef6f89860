/** One read or change of the signed-in patient's data (`GET /api/me/access-log`). */
export interface AccessLogEntry {
  at: string;
  actorName: string | null;
  actorRole: string | null;
  organisationName: string | null;
  /** Audit action code, e.g. `read`, `list`, `search`. */
  action: string;
  /** `allowed` or `denied`. */
  outcome: string;
  /** Audit purpose code, e.g. `health_care`. */
  purpose: string;
}
