/**
 * The forums API's shapes (docs/adr/0005-forums.md; server/src/modules/forums/routes-*.ts hold the
 * TypeBox schemas these follow). Attachments, body settings and external recommendations have their
 * own file, re-exported here.
 */
import type { Attachment, AttachmentUpload } from './manageTypes';
export * from './manageTypes';

export type BodyKind = 'forum' | 'committee' | 'lsu' | 'alu' | 'working_group';
export type MemberRole = 'leader' | 'secretary' | 'member' | 'deputy';
export type AppointedHow = 'elected' | 'appointed' | 'co_opted' | 'network';
export type SubmissionKind = 'deviation' | 'proposal';
export type SubmissionStatus = 'received' | 'accepted' | 'in_assessment' | 'assessed' | 'answered' | 'merged' | 'forwarded' | 'rejected';
export type RecommendationStatus = 'draft' | 'approved' | 'published' | 'withdrawn';
export type MeetingKind = 'ordinary' | 'open_thematic';
export type MeetingStatus = 'planned' | 'held' | 'cancelled';
export type AnnualKind = 'plan' | 'report';

export interface BodySummary {
  id: string;
  kind: BodyKind;
  name: string;
  slug: string;
  mandate: string;
  /** The actor's seat: 'admin', a member role, or null when they may only submit to it. */
  myRole: MemberRole | 'admin' | null;
  active?: boolean;
  termCurrent?: boolean | null;
}

export interface CompositionRule {
  key: string;
  nb: string;
  en: string;
  represents: string;
  count: number;
  perRegion?: boolean;
  termYears?: number;
  appointedBy?: string;
}

export interface Member {
  id: string;
  userId: string | null;
  name: string;
  represents: string;
  region: string | null;
  role: MemberRole;
  appointedHow: AppointedHow;
  appointedBy: string | null;
  termStart: string;
  termEnd: string | null;
  current: boolean;
}

export interface RuleCheck {
  key: string;
  nb: string;
  en: string;
  represents: string;
  excess: number;
  termTooLong: string[];
  wanted: number;
  filled: number;
  vacancies: number;
  ok: boolean;
}

export interface Composition {
  rules: RuleCheck[];
  termsEnding: Array<{ memberId: string; name: string; termEnd: string }>;
  unmatched: string[];
  ok: boolean;
}

export interface BodyDetail extends BodySummary {
  owner: string;
  compositionRules: CompositionRule[];
  quorum: number | null;
  honorariumPercent: number;
  honorariumBaseNokPerHour: number | null;
  openMeetingsPerYear: number;
  members: Member[];
  composition: Composition;
  /** The actor's own member row, when they are one. */
  myMemberId: string | null;
  canManage?: boolean;
}

export interface MemberInput {
  name: string;
  represents: string;
  region?: string | null;
  role: MemberRole;
  appointedHow: AppointedHow;
  appointedBy?: string | null;
  termStart: string;
  termEnd?: string | null;
  userId?: string | null;
}

export interface SubmissionInput {
  kind: SubmissionKind;
  title: string;
  fields: Record<string, string>;
  themes?: string[];
  attachments?: AttachmentUpload[];
}

export interface RecommendationRef {
  id: string;
  slug: string;
  title: string;
  status: RecommendationStatus;
}

export interface Submission {
  id: string;
  bodyId: string;
  bodyName?: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  /** A merged case shows the status of the case it joined; this is its own. */
  ownStatus?: SubmissionStatus;
  title: string;
  fields: Record<string, string>;
  themes: string[];
  submitterName?: string;
  submitterRole?: string;
  mine?: boolean;
  mergedInto: string | null;
  forwardedTo: string | null;
  forwardDueOn: string | null;
  rejectReason: string | null;
  outcome: string | null;
  outcomeAt: string | null;
  readyForMeeting?: boolean;
  createdAt: string;
  updatedAt?: string;
  assessmentId?: string | null;
  recommendations?: RecommendationRef[];
  attachments?: Attachment[];
  /** The submitter, while the case is still received. */
  canAddAttachments?: boolean;
}

export interface SubmissionFilter {
  status?: string;
  theme?: string;
  q?: string;
}

export interface TemplateItem {
  key: string;
  nb: string;
  en: string;
  help?: { nb: string; en: string };
}

export interface TemplateDefinition {
  sections: Array<{ key: string; nb: string; en: string; items: TemplateItem[] }>;
}

export interface AssessmentTemplate {
  id: string;
  bodyId: string | null;
  version: number;
  shipped: boolean;
  definition: TemplateDefinition;
  createdByName: string | null;
  createdAt: string;
}

export interface AssessmentAnswer {
  memberId: string;
  memberName: string;
  itemKey: string;
  answer: string;
  updatedAt: string;
}

/** Server: assessment/read.ts `AssessmentView`. */
export interface Assessment {
  id: string;
  submissionId: string;
  submission: { id: string; title: string; status: string };
  template: Pick<AssessmentTemplate, 'id' | 'version' | 'definition'>;
  assignedMembers: Array<{ id: string; name: string; represents: string }>;
  answers: AssessmentAnswer[];
  progress: { answered: number; total: number };
  conclusion: string | null;
  concludedAt: string | null;
  concludedByName: string | null;
  /** Whether the reader is an assigned member who may still answer. */
  canAnswer: boolean;
}

export interface RecommendationVersion {
  version: number;
  title: string;
  summary: string;
  text: string;
  changeNote: string | null;
  approvedAt: string | null;
  approvedMeetingId: string | null;
  publishedAt: string | null;
  createdByName?: string;
  createdAt: string;
}

export interface Recommendation {
  id: string;
  bodyId: string | null;
  slug: string;
  status: RecommendationStatus;
  external: boolean;
  sourceName: string | null;
  sourceUrl: string | null;
  owner: string;
  administrator: string;
  themes: string[];
  publishedVersion: number | null;
  withdrawnReason: string | null;
  withdrawnAt: string | null;
  createdAt: string;
  updatedAt: string;
  versions: RecommendationVersion[];
  submissionIds: string[];
  cases: Array<{ id: string; title: string; status: string }>;
}

/** A body's recommendation in its list: the newest version's title. */
export interface BodyRecommendation {
  id: string;
  slug: string;
  status: RecommendationStatus;
  publishedVersion: number | null;
  title: string;
  version: number;
  updatedAt: string;
}

export interface RecommendationInput {
  title: string;
  summary: string;
  text: string;
  submissionIds: string[];
  themes: string[];
  owner: string;
  administrator: string;
}

export interface RevisionInput {
  title: string;
  summary?: string;
  text: string;
  changeNote?: string;
  submissionIds?: string[];
  themes?: string[];
}

export interface AgendaItem {
  id: string;
  position: number;
  submissionId: string | null;
  recommendationId: string | null;
  title: string;
  decision: string | null;
}

/** A meeting in the body's list (server: meetings/queries.ts `summary`). */
export interface ForumMeetingSummary {
  id: string;
  bodyId: string;
  kind: MeetingKind;
  title: string;
  theme: string | null;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  capacity: number | null;
  status: MeetingStatus;
  items: number;
  registered: number;
}

export interface MeetingList {
  meetings: ForumMeetingSummary[];
  openMeetings: { year: number; wanted: number; held: number; planned: number; met: boolean };
}

export interface QuorumState {
  met: boolean;
  needed: number;
  present: number;
}

/** One meeting (server: meetings/queries.ts `readMeeting`). */
export interface ForumMeeting extends ForumMeetingSummary {
  body: { id: string; name: string };
  minutesText: string | null;
  agenda: AgendaItem[];
  members: Array<{ id: string; name: string; represents: string; role: string; present: boolean; hours: number | null }>;
  quorum: QuorumState;
  registrations: Array<{ id: string; name: string; email: string | null; organisation: string | null; at: string }> | null;
  canManage: boolean;
}

export interface MeetingInput {
  kind: MeetingKind;
  title: string;
  theme?: string;
  startsAt: string;
  durationMinutes?: number;
  place?: string;
  capacity?: number;
}

export interface MinutesInput {
  presentMemberIds: string[];
  items: Array<{ id: string; decision: string }>;
  text?: string;
}

export interface MeetingHoursInput {
  entries: Array<{ memberId: string; hours: number; note?: string }>;
}

/** The coverage report (server: domain/coverage.ts `CoverageReport`). */
export interface Coverage {
  period: { from: string; to: string };
  received: { deviation: number; proposal: number; total: number };
  byTheme: Array<{ theme: string; deviation: number; proposal: number; total: number }>;
  byStatus: Array<{ status: string; deviation: number; proposal: number; total: number }>;
  timeToOutcome: { count: number; medianDays: number | null };
  deviationsCovered: { covered: number; total: number; percent: number | null };
}

export interface HoursReport {
  from: string;
  to: string;
  honorariumPercent: number;
  baseNokPerHour: number | null;
  ratePerHourNok: number | null;
  members: Array<{ memberId: string; name: string; represents: string; hours: number; honorariumNok: number | null }>;
  totalHours: number;
  totalHonorariumNok: number | null;
}

export interface HoursInput {
  workedOn: string;
  hours: number;
  meetingId?: string | null;
  note?: string | null;
}

/** Server: meetings/schemas.ts `AnnualDocumentSchema`. */
export interface AnnualDocument {
  year: number;
  kind: AnnualKind;
  text: string;
  generatedText: string;
  saved: boolean;
  publishedAt: string | null;
  updatedBy: string | null;
}

/** An upcoming open thematic meeting as anyone sees it (server: `PublicMeetingSchema`). */
export interface PublicMeeting extends Omit<ForumMeetingSummary, 'items'> {
  body: { name: string; slug: string };
  spotsLeft: number | null;
}

export interface PublicAnnualDocument {
  body: { name: string; slug: string };
  year: number;
  kind: AnnualKind;
  text: string;
  publishedAt: string;
}

export interface PublicRecommendationSummary {
  slug: string;
  title: string;
  summary: string;
  themes: string[];
  owner: string;
  administrator: string;
  bodyName: string | null;
  external: boolean;
  sourceName: string | null;
  status: 'published' | 'withdrawn';
  publishedAt: string | null;
}

export interface PublicRecommendationPage {
  items: PublicRecommendationSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicRecommendation extends PublicRecommendationSummary {
  text: string;
  version: number;
  sourceUrl: string | null;
  bodySlug: string | null;
  withdrawnReason: string | null;
  withdrawnAt: string | null;
  cases: Array<{ kind: SubmissionKind; title: string; themes: string[] }>;
  versions: Array<Pick<RecommendationVersion, 'version' | 'title' | 'summary' | 'text' | 'changeNote' | 'publishedAt'>>;
}

/** `GET /api/public/forums/:slug` (ADR 0005): what anyone may see of a body. */
export interface PublicForum {
  slug: string;
  name: string;
  kind: BodyKind;
  mandate: string;
  owner: string;
  members: Array<{ name: string; represents: string; region: string | null; role: MemberRole }>;
  annualDocuments: Array<{ year: number; kind: AnnualKind; text: string; publishedAt: string }>;
  openMeetings: Array<Pick<PublicMeeting, 'id' | 'title' | 'theme' | 'startsAt' | 'place' | 'capacity' | 'spotsLeft'>>;
}

export interface RegistrationInput {
  name?: string;
  email?: string;
  organisation?: string;
}
