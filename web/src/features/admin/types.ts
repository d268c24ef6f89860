export interface AuditEntry {
  id: string;
  at: string;
  requestId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  actorOrganisationName: string | null;
  action: string;
  outcome: string;
  citizenId: string | null;
  citizenName: string | null;
  objectType: string;
  objectId: string | null;
  purpose: string;
}

export interface AuditFilter {
  citizenId: string;
  actorUserId: string;
  /** ISO timestamps (start of the first day, end of the last day), or empty. */
  from: string;
  to: string;
}

export const IMPORT_KINDS = ['organisations', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportAnswer {
  imported: number;
}

export interface RejectedRow {
  line: number;
  field: string | null;
  reason: string;
}

export const CSV_COLUMNS: Record<ImportKind, string> = {
  organisations:
    'kind,name,org_number,her_ids,street,postal_code,city,municipality_number,municipality_name,phone,email',
  people:
    'given_name,family_name,hpr_number,phone,email,organisation_org_number,role,title,share_percent,valid_from',
};
