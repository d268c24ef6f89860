/** Reachability API types (see docs/API.md, "Reachability"). */

export interface OpeningHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface LineStatus {
  openNow: boolean;
  /** ISO instant of the next opening when closed now. */
  nextOpensAt: string | null;
}

export interface ContactPerson {
  personId: string;
  name: string;
  title: string | null;
  organisationName: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
}

export interface OnCallPerson {
  shiftId: string;
  personId: string;
  name: string;
  county: string;
  phone: string | null;
  startsAt: string;
  endsAt: string;
  note: string | null;
}

export interface Contacts {
  gpOffice: { id: string; name: string };
  navOffice: ({ id: string; name: string; phone: string | null; email: string | null; openingHours: OpeningHours[] } & LineStatus) | null;
  navContacts: ContactPerson[];
  escalationContacts: ContactPerson[];
  callbackContacts: ContactPerson[];
  clinicianLine: { name: { nb: string; en: string }; phone: string | null; openingHours: OpeningHours[] } & LineStatus;
  onCall: OnCallPerson[];
}

export interface Specialty {
  code: string;
  label: string;
}

export interface AdvisoryPhysician {
  personId: string;
  name: string;
  title: string | null;
  organisationName: string | null;
  county: string;
  specialties: Specialty[];
  navOffices: { id: string; name: string }[];
  phone: string | null;
  email: string | null;
  onCallUntil: string | null;
}

export interface PhysicianDirectory {
  items: AdvisoryPhysician[];
  counties: string[];
  specialties: Specialty[];
}

export const URGENCIES = ['today', 'within_2_days', 'within_week'] as const;
export type Urgency = (typeof URGENCIES)[number];
export type CallbackStatus = 'requested' | 'claimed' | 'called_back' | 'no_answer' | 'cancelled';

export interface PreferredTime {
  from: string;
  to: string;
}

export interface CallbackRequest {
  id: string;
  caseId: string;
  citizen: { id: string; name: string | null };
  requester: { userId: string; name: string; officeName: string | null };
  phone: string;
  reason: string;
  urgency: Urgency;
  preferredTimes: PreferredTime[];
  preferredNote: string | null;
  status: CallbackStatus;
  claimedBy: { userId: string; name: string } | null;
  claimedAt: string | null;
  outcome: string | null;
  noAnswerCount: number;
  county: string | null;
  navOffice: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  history: { status: CallbackStatus; at: string; by: string | null }[];
}

export interface CallbackInput {
  reason: string;
  urgency: Urgency;
  preferredTimes: PreferredTime[];
  preferredNote?: string | null;
  phone: string;
}

export interface CallbackQueue {
  items: (CallbackRequest & { callableFrom: string })[];
  onCall: OnCallPerson[];
  youAreOnCall: boolean;
  area: { county: string | null; navOffices: { id: string; name: string }[] };
}

export interface Shift {
  id: string;
  personId: string;
  name: string;
  county: string;
  startsAt: string;
  endsAt: string;
  note: string | null;
}

export interface ShiftInput {
  personId: string;
  startsAt: string;
  endsAt: string;
  note?: string | null;
}
