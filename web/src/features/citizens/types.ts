export type Protection = 'none' | 'fortrolig' | 'strengt_fortrolig';

export interface Ref {
  id: string;
  name: string;
}

export interface CitizenSummary {
  id: string;
  name: string;
  birthDate: string;
  municipalityName: string | null;
  regularGp: Ref | null;
  navOffice: Ref | null;
  protection: Protection;
  shielded: boolean;
}

export interface CitizenDetail {
  id: string;
  fnr: string;
  name: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  address: { street: string | null; postalCode: string | null; city: string | null } | null;
  addressProtected: boolean;
  municipalityName: string | null;
  phone: string | null;
  protection: Protection;
  shielded: boolean;
  regularGp: Ref | null;
  gpOffice: Ref | null;
  navOffice: Ref | null;
  employer: Ref | null;
}
