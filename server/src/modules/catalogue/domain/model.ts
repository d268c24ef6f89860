/**
 * A collaboration model as report 002 (Norut Alta for KS, 2013) describes one: its typology
 * (level, context, who steers, relationship type), the analytical elements of the interview guide
 * (motive, trigger and phases, coordination strategies) and the per-model presentation template
 * (ideal-type summary, inspiration, context, purpose, participants, the GP's role).
 *
 * The report describes, it does not evaluate: there is deliberately no rating field.
 * Texts are in bokmål, as the report writes them; field labels are translated in the UI.
 */

/** Typology dimension A (report §1.2): within a municipality, between municipalities, GPs and hospital. */
export const LEVELS = ['within_municipality', 'between_municipalities', 'gp_hospital'] as const;
export type Level = (typeof LEVELS)[number];

/** The report's level numbers (1–3), as users quote them. */
export const LEVEL_NUMBER: Readonly<Record<Level, 1 | 2 | 3>> = { within_municipality: 1, between_municipalities: 2, gp_hospital: 3 };

/** Service domains the report's models cover (chapter 2 and 3 headings). */
export const DOMAINS = [
  'gp_service',
  'chief_physician',
  'collaboration_bodies',
  'chronic_care',
  'cancer_palliative',
  'dementia_elderly',
  'sick_leave_follow_up',
  'public_health',
  'violence_abuse',
  'emergency_medicine',
  'legevakt',
  'intermediate_beds',
  'rehabilitation',
  'mental_health_substance',
  'hospital_liaison',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** The GP's role intensity (report, used throughout): passive/peripheral, active/central, or both. */
export const GP_ROLE_INTENSITIES = ['passive', 'active', 'mixed'] as const;
export type GpRoleIntensity = (typeof GP_ROLE_INTENSITIES)[number];

/** Typology dimension C (§1.4): who steers. NAV is added for the sick-leave model (§2.8). */
export const STEERING = ['doctor', 'municipality', 'health_trust', 'nav'] as const;
export type Steering = (typeof STEERING)[number];

/** Typology dimension D (§1.5, Keast, Brown & Mandell 2007). */
export const RELATIONSHIP_TYPES = ['cooperation', 'coordination', 'collaboration'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Context factor 4 (§1.3): municipal (salaried) or private (operating grant) GP offices. */
export const GP_OFFICE_KINDS = ['municipal', 'private', 'mixed', 'unknown'] as const;
export type GpOfficeKind = (typeof GP_OFFICE_KINDS)[number];

/** Whether the model was running, being built or had ended when described. */
export const MODEL_STATUSES = ['established', 'in_development', 'pilot', 'ended', 'general_model'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/** A place where the model was seen (context factors 1–3, §1.3). Numbers are as the report gives them. */
export interface ModelSite {
  municipality: string;
  county: string | null;
  /** Inhabitants, a positive whole number, or null when the report does not say. */
  population: number | null;
  /** Distance to the nearest hospital in kilometres, positive, or null. */
  distanceToHospitalKm: number | null;
  /** Travel time to the nearest hospital in minutes, positive, or null. */
  travelTimeToHospitalMinutes: number | null;
}

/** Coordination strategies (§1.6 and interview guide question 6); each null when the report is silent. */
export interface CoordinationStrategy {
  rolesAndResponsibilities: string | null;
  routines: string | null;
  writtenGuidelines: string | null;
  /** "few" / "many" and who: e.g. "4 kommuner og helseforetaket". */
  partners: string | null;
  timeSetAside: string | null;
  technology: string | null;
  informationChannels: string | null;
  communicationChannels: string | null;
  sharedKnowledge: string | null;
  conflictSources: string | null;
}

export interface ModelSource {
  /** e.g. "Norut Alta (2013), Samarbeidsmodeller i kommunal legetjeneste, §2.1". */
  citation: string;
  /** Informant as the report's footnote names them (role, sometimes name). */
  informant: string | null;
  /** Interview or source date as given, ISO yyyy-mm-dd or yyyy-mm or yyyy; null when absent. */
  date: string | null;
}

/** A labelled fact as the report states it: "Innbyggere i vertskommunen" → "11 300". */
export interface ModelFact {
  label: string;
  value: string;
}

export interface CollaborationModelContent {
  /** Stable, URL-safe: e.g. "senjalegen-interkommunal-fastlegetjeneste". */
  slug: string;
  /** The report section it comes from ("2.1" … "3.8"); null for models added later. */
  reportSection: string | null;
  title: string;
  /** The ideal-model summary box: 3–6 short points. */
  idealTypeSummary: string[];
  /** "Med inspirasjon fra …": the named place(s), or "generell modell fra litteraturen". */
  inspiredBy: string;
  levels: Level[];
  domains: Domain[];
  sites: ModelSite[];
  gpOfficeKind: GpOfficeKind;
  purpose: string;
  participants: string[];
  gpRole: { intensity: GpRoleIntensity; description: string };
  steering: Steering[];
  relationshipType: RelationshipType | null;
  motive: string | null;
  trigger: string | null;
  phases: string[];
  coordination: CoordinationStrategy;
  financing: string | null;
  tariffs: string | null;
  legalBasis: string[];
  /** e.g. "Krever kommunalt ansatte fastleger (fastlønn)". */
  prerequisites: string[];
  /** What informants said works / is hard — only what the report records, never an evaluation. */
  experiences: { works: string[]; challenges: string[] };
  facts: ModelFact[];
  status: ModelStatus;
  sources: ModelSource[];
}
