/** The pulse surveys' API contract (server: modules/insights/surveys/schemas.ts). */
export type Audience = 'gps' | 'nav_advisers';
export type ScaleKey = 'frequency' | 'degree' | 'yes_no';
export type SurveyStatus = 'draft' | 'open' | 'closed';
export type Topic = 'information' | 'dialogue' | 'barriers' | 'measures';

export interface Localized {
  nb: string;
  en: string;
}

export interface ScaleOption {
  value: string;
  text: Localized;
}

export interface Scale {
  key: ScaleKey;
  options: ScaleOption[];
  reportedShareOptions: string[];
  reportedShareText: Localized;
}

export interface Baseline {
  key: string;
  text: Localized;
  valuePercent: number;
  group: 'gps' | 'nav_advisers' | 'gps_and_nav_advisers';
  n?: number;
  approximate?: boolean;
  source: { report: string; section: string; figure?: string; lines: string };
}

export interface BankQuestion {
  key: string;
  topic: Topic;
  scale: ScaleKey;
  wording: Partial<Record<Audience, Localized>>;
  baselines: Partial<Record<Audience, Baseline>>;
}

export interface QuestionBank {
  scales: Scale[];
  questions: BankQuestion[];
  minRespondents: number;
}

export interface InvitationCounts {
  invited: number;
  /** Null: fewer than five (or hidden so another count cannot be worked out). */
  answered: number | null;
  byAudience: { audience: Audience; invited: number; answered: number | null }[];
}

export interface Survey {
  id: string;
  title: string;
  status: SurveyStatus;
  area: { key: string; municipalityNumbers: string[]; countyNumber: string; names: string[] };
  audiences: Audience[];
  questionKeys: string[];
  opensOn: string | null;
  closesOn: string | null;
  createdAt: string;
  createdBy: string;
  canManage: boolean;
  invitations: InvitationCounts;
}

export interface ComposeInput {
  title: string;
  questionKeys: string[];
  audiences: Audience[];
  municipalityNumbers: string[];
  countyNumber: string | null;
}

export interface EarlierFigure {
  surveyId: string;
  title: string;
  closesOn: string | null;
  sharePercent: number | null;
}

export interface QuestionResult {
  questionKey: string;
  distribution: { option: string; count: number; percent: number }[];
  reportedSharePercent: number;
  baseline: Baseline | null;
  earlier: EarlierFigure[];
}

export interface AudienceResult {
  audience: Audience;
  suppressed: boolean;
  respondents: number | null;
  questions: QuestionResult[];
}

export interface SurveyResults {
  surveyId: string;
  status: SurveyStatus;
  minRespondents: number;
  audiences: AudienceResult[];
}

export interface Questionnaire {
  title: string;
  audience: Audience;
  closesOn: string;
  questions: { key: string; topic: Topic; text: Localized; scale: ScaleKey; options: ScaleOption[] }[];
}
