/** The arenas API as the web uses it (server: arenas/schemas.ts, schemas-courses.ts; ADR 0006). */
export type ArenaKind = 'small_group_series' | 'course' | 'joint_meeting' | 'meeting_place' | 'case_slots';
export type ArenaStatus = 'draft' | 'open' | 'closed' | 'cancelled' | 'completed';
export type SessionStatus = 'planned' | 'held' | 'cancelled';
export type ParticipantStatus = 'nominated' | 'signed_up' | 'waiting' | 'cancelled' | 'declined';
export type Part = 'participant' | 'guest' | 'speaker' | 'co_organiser';
export type AgendaKind = 'talk' | 'questions' | 'cases' | 'nav_measures' | 'guest' | 'other';

export interface AgendaItem {
  kind: AgendaKind;
  title: string;
  minutes: number;
  by?: string;
}

export interface Session {
  id: string;
  ordinal: number;
  startsAt: string;
  endsAt: string;
  minutes: number;
  title: string;
  location: string;
  agenda: AgendaItem[];
  status: SessionStatus;
  cancelReason: string | null;
}

export interface ArenaSummary {
  id: string;
  kind: ArenaKind;
  title: string;
  status: ArenaStatus;
  location: string;
  countyNumber: string | null;
  municipalityNumbers: string[];
  capacity: number | null;
  signedUp: number;
  waiting: number;
  signupDeadline: string | null;
  nextSessionAt: string | null;
  sessionCount: number;
  myStatus: ParticipantStatus | null;
  myPart: Part | null;
  canManage: boolean;
}

export interface PersonRef {
  userId: string;
  name: string;
  role: string;
}

export interface ArenaDetail extends ArenaSummary {
  description: string;
  cancelReason: string | null;
  organiser: PersonRef;
  hostOrganisation: { id: string; name: string } | null;
  coOrganisers: PersonRef[];
  series: { holidays: string; fee: { code: string; rateNok: number; unitMinutes: number }; agendaTemplate: AgendaItem[]; guests: Array<{ name: string; organisation?: string; topic?: string }>; reminderHours: number } | null;
  course: { overnightStay: boolean; accommodation: string; coursePoints: number | null; approval: { status: string; by: string }; gpPriority: boolean; allocation: string; reminderHours: number } | null;
  sessions: Session[];
  invitations: Array<{ id: string; viaName: string; sentAt: string; recipientCount: number }>;
  me: {
    canManage: boolean;
    canSignUp: boolean;
    signupRefusal: string | null;
    canPropose: boolean;
    canNominate: boolean;
    participantId: string | null;
    status: ParticipantStatus | null;
    part: Part | null;
    waitingPlace: number | null;
    feeClaim: boolean;
  };
}

export interface SignUpResult {
  participantId: string;
  status: ParticipantStatus;
  waitingPlace: number | null;
  notice: { code: string; message: string } | null;
}

export interface Participant {
  id: string;
  userId: string;
  name: string;
  role: string;
  organisationName: string | null;
  municipalityNumber: string | null;
  part: Part;
  status: ParticipantStatus;
  waitingPlace: number | null;
  isGp: boolean;
  isNav: boolean;
  nominatedByName: string | null;
  note: string;
  signedUpAt: string | null;
  attendance: Array<{ sessionId: string; attended: boolean; minutes: number | null }>;
}

export interface Proposal {
  id: string;
  kind: 'topic' | 'case';
  title: string;
  text: string;
  proposerName: string;
  proposerRole: string;
  mine: boolean;
  status: 'proposed' | 'accepted' | 'declined';
  sessionId: string | null;
  createdAt: string;
}

export interface FeeClaim {
  participantId: string;
  name: string;
  hprNumber: number | null;
  code: string;
  rateNok: number;
  unitMinutes: number;
  lines: Array<{ ordinal: number; date: string; title: string; minutes: number; units: number; amountNok: number }>;
  totalMinutes: number;
  totalUnits: number;
  totalNok: number;
}

export interface MySession {
  sessionId: string;
  arenaId: string;
  arenaTitle: string;
  kind: ArenaKind;
  ordinal: number;
  startsAt: string;
  endsAt: string;
  location: string;
  status: SessionStatus;
  myStatus: ParticipantStatus | null;
  organiser: boolean;
}

export interface CountyCalendar {
  county: string;
  countyName: string | null;
  from: string;
  to: string;
  sessions: Array<{ sessionId: string; arenaId: string; arenaTitle: string; kind: ArenaKind; ordinal: number; startsAt: string; endsAt: string; location: string; status: SessionStatus; arenaStatus: ArenaStatus; capacity: number | null; signedUp: number }>;
}

export interface PlanPerson {
  participantId: string;
  name: string;
  organisationName: string | null;
  municipalityNumber: string | null;
  isGp: boolean;
  isNav: boolean;
}

export interface TablePlan {
  tableCount: number;
  seatsPerTable: number;
  computedAt: string;
  updatedAt: string;
  tables: Array<{ number: number; people: PlanPerson[] }>;
  unseated: PlanPerson[];
  warnings: Array<{ kind: string; table?: number; participantId?: string; people?: number; seats?: number }>;
  mixedTables: number;
}

export interface LocalText {
  nb: string;
  en: string;
}

export interface EvaluationField {
  id: string;
  type: 'scale' | 'choice' | 'text';
  label: LocalText;
  required?: boolean;
  min?: number;
  max?: number;
  labels?: { min: LocalText; max: LocalText };
  options?: Array<{ value: string; label: LocalText }>;
  maxLength?: number;
}

export interface Evaluation {
  template: { key: string; version: number; title: LocalText; description?: LocalText; sections: Array<{ id: string; title: LocalText; fields: EvaluationField[] }> };
  open: boolean;
  opensAt: string | null;
  closesAt: string | null;
  canAnswer: boolean;
  answers: Record<string, unknown> | null;
  submittedAt: string | null;
}

export interface EvaluationSummary {
  answers: number;
  participants: number;
  averages: Record<string, number | null>;
  choices: Record<string, Record<string, number>>;
  nextYearTopics: Array<{ topic: string; count: number }>;
  comments: { best: string[]; improve: string[] };
}

export interface SeriesInput {
  title: string;
  description?: string;
  location?: string;
  capacity?: number | null;
  signupDeadline?: string | null;
  municipalityNumbers: string[];
  rule: { rule: { pattern: 'monthly_weekday'; weekday: number; week: number } | { pattern: 'every_n_weeks'; intervalWeeks: number }; firstDate: string; count: number; startTime: string; durationMinutes: number };
  holidays?: 'move' | 'skip' | 'keep';
  fee?: { code: string; rateNok: number; unitMinutes: number };
  guests?: Array<{ name: string; organisation?: string; topic?: string }>;
  municipalPhysicianUserId?: string;
}

export interface CourseInput {
  title: string;
  description?: string;
  location?: string;
  capacity?: number | null;
  signupDeadline?: string | null;
  municipalityNumbers: string[];
  days: Array<{ date: string; startTime: string; endTime: string; title?: string; programme?: AgendaItem[] }>;
  overnightStay?: boolean;
  accommodation?: string;
  coursePoints?: number | null;
  approval?: { status: 'not_applied' | 'applied' | 'approved' | 'rejected'; by?: string };
  gpPriority?: boolean;
  allocation?: 'first_come' | 'at_deadline';
}
