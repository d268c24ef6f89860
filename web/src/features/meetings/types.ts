/**
 * Shapes of the dialogue-meeting API (docs/adr/0002-dialogue-meetings.md;
 * server/src/modules/meetings). Keys are the server's; unknown values of the string unions are
 * shown as sent.
 */

export const MEETING_KINDS = ['dm1', 'dm2', 'dm3', 'aap'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
/** The kinds NAV convenes (meeting 1 is the employer's, and only registered). */
export const CONVENED_KINDS = ['dm2', 'dm3', 'aap'] as const;
export type ConvenedKind = (typeof CONVENED_KINDS)[number];

export type MeetingStatus = 'invited' | 'new_time_place' | 'cancelled' | 'completed' | 'closed';

export const REPLIES = ['coming', 'wants_new_time', 'not_coming'] as const;
export type Reply = (typeof REPLIES)[number];

export type ParticipantRole = 'employee' | 'employer' | 'gp' | 'advisory_physician' | 'interpreter' | 'nav_adviser' | 'other';
export type OtherRole = 'advisory_physician' | 'interpreter' | 'nav_adviser' | 'other';

export const PLACE_KINDS = ['nav_office', 'gp_office', 'workplace', 'video', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const EXCEPTION_REASONS = ['medical', 'institution', 'fit_within_28_weeks', 'documented_measures'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

export const TASK_OWNERS = ['employee', 'employer', 'nav', 'gp'] as const;
export type TaskOwner = (typeof TASK_OWNERS)[number];

export type MeetingAction = 'reply' | 'move' | 'cancel' | 'complete' | 'correct_minutes' | 'close';

export type GpPart = { kind: 'whole' } | { kind: 'last_minutes'; minutes: number };

export interface Place {
  kind: PlaceKind | string;
  text: string | null;
  videoUrl: string | null;
}

export interface PlaceInput {
  kind: PlaceKind;
  text?: string;
  videoUrl?: string;
}

export interface ParticipantView {
  id: string;
  role: ParticipantRole | string;
  name: string;
  organisation: string | null;
  userId: string | null;
  /** Only to NAV. */
  email: string | null;
  phone: string | null;
  language: string | null;
  part: GpPart;
  window: { startsAt: string; endsAt: string };
  reply: Reply | null;
  replyReason: string | null;
  repliedAt: string | null;
  replyChannel: 'platform' | 'dialogmelding' | null;
  attended: boolean | null;
  isMe: boolean;
}

export interface MinutesTask {
  owner: TaskOwner | string;
  text: string;
  dueOn: string | null;
}

export interface MinutesView {
  version: number;
  situation: string;
  conclusion: string;
  /** Absent in the employer's copy. */
  medicalInformation?: string | null;
  tasks: MinutesTask[];
  otherParticipants: string | null;
  writtenBy: string;
  writtenAt: string;
  correctionReason: string | null;
}

export interface MinutesVersion {
  version: number;
  writtenAt: string;
  writtenBy: string;
  correctionReason: string | null;
}

export interface GpTariff {
  code: string;
  text: string;
  amountNok: number | null;
  reason: string;
}

export interface MeetingView {
  id: string;
  caseId: string;
  kind: MeetingKind | string;
  status: MeetingStatus | string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  place: Place;
  purpose: string | null;
  agenda: string | null;
  preparation: string | null;
  person: { citizenId: string; name: string };
  navOffice: { id: string; name: string } | null;
  convenedBy: { name: string } | null;
  gpDecision: { invited: boolean; reason: string | null } | null;
  cancelled: { at: string; reason: string; by: string } | null;
  participants: ParticipantView[];
  myParticipantId: string | null;
  minutes: MinutesView | null;
  minutesVersions: MinutesVersion[];
  /** NAV and GP only. */
  gpTariff: GpTariff | null;
  /** The GP thread (/dialog/:id), NAV and GP only. */
  conversationId: string | null;
  allowedActions: MeetingAction[];
  /** Meeting 1 registrations. */
  heldOn: string | null;
  gpTookPart: boolean | null;
}

export type MeetingTwoStatus = 'planned' | 'due_soon' | 'overdue' | 'done' | 'not_applicable';

export interface MeetingTwoDeadline {
  candidateFrom: string;
  dueBy: string;
  status: MeetingTwoStatus | string;
  exception: { reason: ExceptionReason | string; note: string | null; on: string } | null;
}

/** GET /api/cases/:caseId/meetings */
export interface CaseMeetings {
  meetings: MeetingView[];
  meeting2: MeetingTwoDeadline | null;
  canConvene: boolean;
  canRegisterMeeting1: boolean;
  canRecordException: boolean;
  canAskForMeeting: boolean;
}

export interface OtherParticipantInput {
  role: OtherRole;
  name: string;
  userId?: string;
  email?: string;
  phone?: string;
  language?: string;
  organisation?: string;
}

/** POST /api/cases/:caseId/meetings */
export interface ConveneInput {
  kind: ConvenedKind;
  startsAt: string;
  durationMinutes: number;
  place: PlaceInput;
  purpose?: string;
  agenda?: string;
  preparation?: string;
  gp: { invite: true; part: GpPart } | { invite: false; reason: string };
  employee?: { email?: string; phone?: string };
  employer?: { invite: boolean; email?: string };
  others?: OtherParticipantInput[];
  confirmOverlap?: boolean;
}

export interface MoveInput {
  startsAt?: string;
  durationMinutes?: number;
  place?: PlaceInput;
  reason: string;
  confirmOverlap?: boolean;
}

export interface MinutesInput {
  situation: string;
  conclusion: string;
  medicalInformation?: string;
  tasks: Array<{ owner: TaskOwner; text: string; dueOn?: string }>;
  attendance: Array<{ participantId: string; attended: boolean }>;
  otherParticipants?: string;
}

export interface Meeting1Input {
  heldOn: string;
  gpTookPart: boolean;
}

export interface MeetingNeedInput {
  reason: string;
  gpWantsToTakePart?: boolean;
  gpReason?: string;
}

/** `details.overlapping` of 409 MEETING_OVERLAP_UNCONFIRMED. */
export interface OverlappingMeeting {
  id: string;
  kind: MeetingKind | string;
  startsAt: string;
  endsAt: string;
}

export interface ReplyCounts {
  coming: number;
  wants_new_time: number;
  not_coming: number;
  pending: number;
}

export interface CalendarMeeting {
  id: string;
  caseId: string;
  kind: MeetingKind | string;
  status: MeetingStatus | string;
  startsAt: string;
  endsAt: string;
  place: Place;
  personName: string;
  adviserName: string | null;
  replies: ReplyCounts;
}

/** GET /api/meetings/calendar */
export interface CalendarWeek {
  week: string;
  from: string;
  to: string;
  meetings: CalendarMeeting[];
}

export type CalendarScope = 'mine' | 'office';

export interface Invitation {
  id: string;
  caseId: string;
  kind: MeetingKind | string;
  status: MeetingStatus | string;
  startsAt: string;
  endsAt: string;
  myWindow: { startsAt: string; endsAt: string };
  place: Place;
  personName: string;
  navOfficeName: string;
  myReply: Reply | null;
  replyPending: boolean;
}

/** GET /api/meetings/invitations */
export interface Invitations {
  meetings: Invitation[];
}
