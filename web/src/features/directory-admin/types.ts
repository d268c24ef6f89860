import type { OrgKind, Role } from '../../api/types';
import type { ContactPurpose, OpeningHours } from '../directory/types';

/** Request bodies of the directory's admin routes (server/src/modules/directory/schemas.ts). */

export interface OrganisationInput {
  kind: OrgKind;
  name: string;
  orgNumber?: string | null;
  herIds?: number[];
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  municipalityNumber?: string | null;
  municipalityName?: string | null;
  phone?: string | null;
  email?: string | null;
  openingHours?: OpeningHours[];
}

export type OrganisationPatch = Partial<Omit<OrganisationInput, 'kind'>> & { active?: boolean };

export interface PersonInput {
  givenName: string;
  familyName: string;
  hprNumber?: number | null;
  phone?: string | null;
  email?: string | null;
}

export type PersonPatch = Partial<PersonInput> & { active?: boolean };

export interface PositionInput {
  organisationId: string;
  role: Role;
  title: string;
  sharePercent?: number;
  /** `YYYY-MM-DD` */
  validFrom: string;
  validTo?: string | null;
}

export type PositionPatch = Partial<Omit<PositionInput, 'organisationId'>>;

export interface ContactRoleInput {
  personId: string;
  purpose: ContactPurpose;
  note?: string | null;
}

/** The answer to every create and update. */
export interface Saved {
  id: string;
}

/** A person or organisation chosen with the directory picker. */
export interface PickedEntry {
  id: string;
  name: string;
}

/** The one-time router state a creation page hands to the new entry's page. */
export interface CreatedState {
  created: true;
}

export function isCreatedState(state: unknown): state is CreatedState {
  return typeof state === 'object' && state !== null && (state as CreatedState).created === true;
}
