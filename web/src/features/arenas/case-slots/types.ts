/** Case slots' API types (server: modules/arenas/case-slots/schemas.ts). */
import type { UserSummary } from '../visits/types';

export interface SlotSummary {
  id: string;
  title: string;
  status: string;
  adviser: { userId: string; name: string };
  gp: { userId: string; name: string };
  perMonth: number;
  nextStartsAt: string | null;
  mine: 'adviser' | 'gp';
}

export interface SlotCase {
  id: string;
  caseId: string;
  citizen: { id: string; name: string };
  firstDay: string;
  caseStatus: string;
  status: 'listed' | 'discussed' | 'to_meeting';
  note: string;
  dialogueMeetingId: string | null;
}

export interface Slot {
  id: string;
  ordinal: number;
  startsAt: string;
  endsAt: string;
  status: string;
  upcoming: boolean;
  cases: SlotCase[];
}

export interface CaseSlots {
  id: string;
  title: string;
  status: string;
  location: string;
  perMonth: number;
  casesPerSlot: number;
  adviser: UserSummary | null;
  gp: UserSummary | null;
  me: 'adviser' | 'gp';
  sessions: Slot[];
}

export interface Candidate {
  caseId: string;
  firstDay: string;
  citizen: { id: string; name: string };
}

export interface BookingInput {
  gpUserId: string;
  firstDate: string;
  startTime: string;
  durationMinutes: number;
  perMonth: 1 | 2;
  count: number;
  location?: string;
}

export interface ToMeetingInput {
  kind: 'dm2' | 'dm3' | 'aap';
  startsAt: string;
  durationMinutes: number;
  place: { kind: 'nav_office' | 'gp_office' | 'video' | 'other' | 'workplace'; text?: string; videoUrl?: string };
  confirmOverlap?: boolean;
}
