import type { OrgKind, OrgRef } from '../../api/types';

export const CONTACT_PURPOSES = ['nav_contact', 'escalation', 'callback', 'gp_contact', 'other'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

export interface OrgSummary {
  id: string;
  kind: OrgKind;
  name: string;
  orgNumber: string | null;
  herIds: number[];
  city: string | null;
  municipalityName: string | null;
  active: boolean;
}

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface OrgContactRole {
  id: string;
  purpose: ContactPurpose;
  note: string | null;
  person: { id: string; name: string; phone: string | null; email: string | null };
}

export interface OrgPosition {
  id: string;
  role: string;
  title: string;
  sharePercent: number;
  validFrom: string;
  validTo: string | null;
  person: { id: string; name: string };
}

export interface OrgDetail extends OrgSummary {
  address: Address | null;
  municipalityNumber: string | null;
  phone: string | null;
  email: string | null;
  openingHours: OpeningHours[];
  contactRoles: OrgContactRole[];
  positions: OrgPosition[];
}

export interface PersonSummary {
  id: string;
  name: string;
  hprNumber: number | null;
  positions: { role: string; title: string; organisationName: string }[];
  active: boolean;
}

export interface PersonPosition {
  id: string;
  role: string;
  title: string;
  sharePercent: number;
  validFrom: string;
  validTo: string | null;
  organisation: OrgRef;
}

export interface PersonContactRole {
  id: string;
  purpose: ContactPurpose;
  note: string | null;
  organisation: OrgRef;
}

export interface PersonDetail {
  id: string;
  givenName: string;
  familyName: string;
  name: string;
  hprNumber: number | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  positions: PersonPosition[];
  contactRoles: PersonContactRole[];
}

export interface SearchResult {
  organisations: OrgSummary[];
  people: PersonSummary[];
}

export const SEARCH_TYPES = ['all', 'organisation', 'person'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
