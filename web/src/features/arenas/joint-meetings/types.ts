/** Joint meetings' and meeting places' API types (server: modules/arenas/joint-meetings/schemas.ts). */
import type { UserSummary } from '../visits/types';

export type JointKind = 'joint_meeting' | 'meeting_place';
export type Side = 'gp' | 'nav';

export interface JointSettings {
  eveningSlots: boolean;
  countsTowardsSpecialisation: boolean;
  specialisationNote: string;
}

export interface JointSummary {
  id: string;
  kind: JointKind;
  title: string;
  status: string;
  location: string;
  settings: JointSettings;
  nextStartsAt: string | null;
}

export interface AgendaItem {
  kind: string;
  title: string;
  minutes: number;
  by: string | null;
}

export interface JointSession {
  id: string;
  ordinal: number;
  startsAt: string;
  endsAt: string;
  title: string;
  location: string;
  status: string;
  evening: boolean;
  agenda: AgendaItem[];
}

export interface Proposal {
  id: string;
  side: Side;
  title: string;
  description: string;
  status: 'proposed' | 'accepted' | 'declined';
  proposedBy: UserSummary | null;
  sessionId: string | null;
  decisionNote: string | null;
  createdAt: string;
}

export interface JointMeeting {
  id: string;
  kind: JointKind;
  title: string;
  description: string;
  status: string;
  location: string;
  municipalityNumbers: string[];
  countyNumber: string | null;
  capacity: number | null;
  signedUp: number;
  signupDeadline: string | null;
  organiser: UserSummary | null;
  hostOrganisation: { id: string; name: string } | null;
  settings: JointSettings;
  sessions: JointSession[];
  proposals: Proposal[];
  canManage: boolean;
  mySide: Side;
}

export interface SessionInput {
  startsAt: string;
  endsAt: string;
  title?: string;
  location?: string;
}

export interface JointMeetingInput extends Partial<JointSettings> {
  kind: JointKind;
  title: string;
  description?: string;
  municipalityNumbers: string[];
  location?: string;
  sessions: SessionInput[];
}

export interface Statistics {
  from: string;
  to: string;
  gpOffices: number;
  sickLeave: { openCases: number; startedInPeriod: number; byWeeks: Array<{ band: string; cases: number }> };
  dialogue: { requests: number; answered: number; answeredOnTimePercent: number; medianReplyDays: number | null };
  meetings: { held: number; gpInvited: number; gpAttended: number; gpInvitedPercent: number; gpAttendedPercent: number };
}
