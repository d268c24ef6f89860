/** The visit rounds' API types (server: modules/arenas/visits/schemas.ts). */
export const VISIT_STAGES = ['not_contacted', 'letter_sent', 'called', 'booked', 'done', 'declined'] as const;
export type VisitStage = (typeof VISIT_STAGES)[number];
export const VISIT_FORMATS = ['lunch', 'morning_meeting', 'other'] as const;
export type VisitFormat = (typeof VISIT_FORMATS)[number];

export interface UserSummary {
  userId: string;
  name: string;
  role: string;
  organisationName: string | null;
}

export interface CoverageRow {
  municipalityNumber: string;
  municipalityName: string | null;
  offices: number;
  contacted: number;
  booked: number;
  done: number;
  declined: number;
  shareDonePercent: number;
}

export interface Coverage {
  municipalities: CoverageRow[];
  total: CoverageRow;
}

export interface FollowUp {
  id: string;
  text: string;
  owner: UserSummary;
  dueOn: string;
  done: boolean;
  overdue: boolean;
}

export interface VisitOffice {
  id: string;
  organisation: { id: string; name: string; phone: string | null; municipalityNumber: string; municipalityName: string | null };
  stage: VisitStage;
  allowedMoves: VisitStage[];
  declineReason: string | null;
  format: VisitFormat;
  formatNote: string;
  lengthMinutes: number | null;
  visitAt: string | null;
  notes: string;
  stageChangedAt: string | null;
  version: number;
  participants: UserSummary[];
  followUps: FollowUp[];
}

export interface VisitOfficeDetail extends VisitOffice {
  roundId: string;
  history: Array<{ id: string; from: VisitStage; to: VisitStage; note: string | null; at: string; by: string }>;
}

interface RoundHeader {
  id: string;
  title: string;
  description: string;
  status: 'active' | 'closed';
  municipalityNumbers: string[];
  hostOrganisation: { id: string; name: string } | null;
  organiserUserId: string;
  minMinutes: number;
  maxMinutes: number;
  defaultFormat: VisitFormat;
  createdAt: string;
}

export interface RoundSummary extends RoundHeader {
  total: CoverageRow;
}

export interface Round extends RoundHeader {
  organiser: UserSummary | null;
  canManage: boolean;
  coverage: Coverage;
  offices: VisitOffice[];
}

export interface RoundInput {
  title: string;
  description?: string;
  municipalityNumbers: string[];
  minMinutes?: number;
  maxMinutes?: number;
  defaultFormat?: VisitFormat;
}

export interface MoveInput {
  to: VisitStage;
  reason?: string;
  visitAt?: string;
  note?: string;
  version?: number;
}

export interface DetailsInput {
  format?: VisitFormat;
  formatNote?: string;
  lengthMinutes?: number | null;
  visitAt?: string;
  notes?: string;
  participantUserIds?: string[];
  version?: number;
}
