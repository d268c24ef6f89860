/** Shared API types (see docs/API.md). Feature-specific types live next to each feature. */

export type Lang = 'nb' | 'en';

export const ROLES = [
  'gp',
  'nav_adviser',
  'advisory_physician',
  'coordinating_physician',
  'nav_manager',
  'municipal_physician',
  'practice_consultant',
  'forum_member',
  'forum_secretary',
  'team_member',
  'employer',
  'patient',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ORG_KINDS = ['nav_office', 'gp_office', 'municipality', 'hospital', 'employer'] as const;

export type OrgKind = (typeof ORG_KINDS)[number];

export interface OrgRef {
  id: string;
  name: string;
  kind: OrgKind;
}

export interface Me {
  id: string;
  name: string;
  role: Role;
  organisation: OrgRef | null;
  personId: string | null;
  citizenId: string | null;
  lang: Lang;
  csrfToken: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}
