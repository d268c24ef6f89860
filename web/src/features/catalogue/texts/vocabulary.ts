import type { Lang } from '../../../app/i18n/texts';

/**
 * Labels of the catalogue's typology, kinds and statuses (server: domain/model.ts, knowledge.ts,
 * tool.ts, workflow.ts). The values are the API's; the labels are what people read.
 */
type Labels = Record<string, { nb: string; en: string }>;

export const LEVEL_LABELS: Labels = {
  within_municipality: { nb: 'Nivå 1: innad i kommunen', en: 'Level 1: within a municipality' },
  between_municipalities: { nb: 'Nivå 2: mellom kommuner', en: 'Level 2: between municipalities' },
  gp_hospital: { nb: 'Nivå 3: fastleger og helseforetak', en: 'Level 3: GPs and the health trust' },
};

export const DOMAIN_LABELS: Labels = {
  gp_service: { nb: 'Fastlegetjenesten', en: 'GP service' },
  chief_physician: { nb: 'Kommuneoverlegefunksjonen', en: 'Municipal chief physician' },
  collaboration_bodies: { nb: 'Samarbeidsorganer (LSU, ALU)', en: 'Collaboration bodies (LSU, ALU)' },
  chronic_care: { nb: 'Kroniske sykdommer', en: 'Chronic illness' },
  cancer_palliative: { nb: 'Kreft og lindrende behandling', en: 'Cancer and palliative care' },
  dementia_elderly: { nb: 'Demens og eldre', en: 'Dementia and the elderly' },
  sick_leave_follow_up: { nb: 'Sykefraværsoppfølging', en: 'Sick-leave follow-up' },
  public_health: { nb: 'Folkehelse', en: 'Public health' },
  violence_abuse: { nb: 'Vold og overgrep', en: 'Violence and abuse' },
  emergency_medicine: { nb: 'Akuttmedisin', en: 'Emergency medicine' },
  legevakt: { nb: 'Legevakt', en: 'Out-of-hours service (legevakt)' },
  intermediate_beds: { nb: 'Sykestuer og øyeblikkelig hjelp-senger', en: 'Infirmaries and emergency beds' },
  rehabilitation: { nb: 'Rehabilitering', en: 'Rehabilitation' },
  mental_health_substance: { nb: 'Psykisk helse og rus', en: 'Mental health and substance use' },
  hospital_liaison: { nb: 'Samhandling med sykehus', en: 'Hospital liaison' },
};

export const INTENSITY_LABELS: Labels = {
  passive: { nb: 'Passiv / perifer', en: 'Passive / peripheral' },
  active: { nb: 'Aktiv / sentral', en: 'Active / central' },
  mixed: { nb: 'Både aktiv og passiv', en: 'Both active and passive' },
};

export const STEERING_LABELS: Labels = {
  doctor: { nb: 'Legestyrt', en: 'Doctor-led' },
  municipality: { nb: 'Kommunestyrt', en: 'Municipality-led' },
  health_trust: { nb: 'Foretaksstyrt', en: 'Health-trust-led' },
  nav: { nb: 'NAV-styrt', en: 'NAV-led' },
};

export const RELATIONSHIP_LABELS: Labels = {
  cooperation: { nb: 'Samvirke', en: 'Cooperation' },
  coordination: { nb: 'Koordinering', en: 'Coordination' },
  collaboration: { nb: 'Medvirkning', en: 'Collaboration' },
};

export const OFFICE_KIND_LABELS: Labels = {
  municipal: { nb: 'Kommunale legekontor (fastlønn)', en: 'Municipal GP offices (salaried)' },
  private: { nb: 'Private legekontor (driftstilskudd)', en: 'Private GP offices (operating grant)' },
  mixed: { nb: 'Både kommunale og private', en: 'Both municipal and private' },
  unknown: { nb: 'Ikke oppgitt', en: 'Not stated' },
};

export const MODEL_STATUS_LABELS: Labels = {
  established: { nb: 'I drift', en: 'Established' },
  in_development: { nb: 'Under utvikling', en: 'In development' },
  pilot: { nb: 'Prøveprosjekt', en: 'Pilot' },
  ended: { nb: 'Avsluttet', en: 'Ended' },
  general_model: { nb: 'Generell modell', en: 'General model' },
};

export const MEASURE_CATEGORY_LABELS: Labels = {
  sick_leave_option: { nb: 'Sykmeldingsalternativer', en: 'Sick-leave options' },
  follow_up_meeting: { nb: 'Oppfølging og møter', en: 'Follow-up and meetings' },
  work_oriented_measure: { nb: 'Arbeidsrettede tiltak', en: 'Work-oriented measures' },
  benefit: { nb: 'Ytelser', en: 'Benefits' },
  local_practice: { nb: 'Lokale gode praksiser', en: 'Local good practices' },
};

export const CHANNEL_LABELS: Labels = {
  sick_note: { nb: 'I sykmeldingen', en: 'In the sick note' },
  dialogue_message: { nb: 'I en dialogmelding', en: 'In a dialogue message' },
  dialogue_meeting: { nb: 'I dialogmøtet', en: 'In the dialogue meeting' },
  medical_declaration: { nb: 'I legeerklæringen', en: 'In the medical declaration' },
  phone: { nb: 'På telefon', en: 'By phone' },
  other: { nb: 'Annet', en: 'Other' },
};

export const TOPIC_LABELS: Labels = {
  assessment: { nb: 'Vurderinger', en: 'Assessments' },
  rules: { nb: 'Regler', en: 'Rules' },
  information_sharing: { nb: 'Deling av opplysninger', en: 'Sharing information' },
  roles: { nb: 'Roller', en: 'Roles' },
  meetings: { nb: 'Møter', en: 'Meetings' },
  follow_up: { nb: 'Oppfølging', en: 'Follow-up' },
};

export const AUDIENCE_LABELS: Labels = {
  gp: { nb: 'For fastlegen', en: 'For the GP' },
  nav: { nb: 'For NAV', en: 'For NAV' },
  patient: { nb: 'For pasienten, med legen', en: 'For the patient, with the GP' },
  shared: { nb: 'Felles', en: 'Shared' },
};

export const KIND_LABELS: Labels = {
  model: { nb: 'Samarbeidsmodell', en: 'Collaboration model' },
  measure: { nb: 'Tiltak', en: 'Measure' },
  article: { nb: 'Regler og roller', en: 'Rules and roles' },
  checklist: { nb: 'Huskeliste', en: 'Checklist' },
  template: { nb: 'Mal', en: 'Template' },
};

export const ENTRY_STATUS_LABELS: Labels = {
  draft: { nb: 'Utkast', en: 'Draft' },
  in_review: { nb: 'Til gjennomgang', en: 'In review' },
  published: { nb: 'Publisert', en: 'Published' },
  archived: { nb: 'Arkivert', en: 'Archived' },
};

export const TRANSITION_LABELS: Labels = {
  submit: { nb: 'Send til gjennomgang', en: 'Send for review' },
  return: { nb: 'Send tilbake til forfatteren', en: 'Return to the author' },
  publish: { nb: 'Godkjenn og publiser', en: 'Approve and publish' },
  archive: { nb: 'Arkiver', en: 'Archive' },
  restore: { nb: 'Gjenopprett som utkast', en: 'Restore as draft' },
};

/** Compare sections: the typology first, then the themes of the report's interview guide. */
export const SECTION_LABELS: Labels = {
  typology: { nb: 'Typologi og kontekst', en: 'Typology and context' },
  background: { nb: 'Bakgrunn og kontekst', en: 'Background and context' },
  purpose_and_participants: { nb: 'Hensikt og deltakere', en: 'Purpose and participants' },
  motive_and_trigger: { nb: 'Motiv og utløsning', en: 'Motive and trigger' },
  organisation_and_steering: { nb: 'Organisering og styring', en: 'Organisation and steering' },
  coordination: { nb: 'Koordineringsstrategier', en: 'Coordination strategies' },
  gp_role: { nb: 'Fastlegens rolle', en: 'The GP’s role' },
  financing_and_law: { nb: 'Finansiering og lovgrunnlag', en: 'Financing and legal basis' },
  experiences: { nb: 'Erfaringer', en: 'Experiences' },
};

/** Labels of content fields by path (models, measures, articles, tools). */
export const FIELD_LABELS: Labels = {
  title: { nb: 'Tittel', en: 'Title' },
  titleEn: { nb: 'Tittel på engelsk', en: 'Title in English' },
  reportSection: { nb: 'Avsnitt i rapporten', en: 'Report section' },
  idealTypeSummary: { nb: 'Idealmodellen kort', en: 'The ideal type in short' },
  inspiredBy: { nb: 'Med inspirasjon fra', en: 'Inspired by' },
  levels: { nb: 'Nivå', en: 'Level' },
  domains: { nb: 'Tjenesteområde', en: 'Service area' },
  sites: { nb: 'Hvor modellen er sett', en: 'Where the model was seen' },
  county: { nb: 'Fylke', en: 'County' },
  gpOfficeKind: { nb: 'Legekontor', en: 'GP offices' },
  purpose: { nb: 'Hensikt', en: 'Purpose' },
  participants: { nb: 'Hvem som deltar', en: 'Participants' },
  gpRole: { nb: 'Fastlegens rolle', en: 'The GP’s role' },
  'gpRole.intensity': { nb: 'Fastlegens rolle', en: 'The GP’s role' },
  'gpRole.description': { nb: 'Fastlegens rolle beskrevet', en: 'The GP’s role described' },
  steering: { nb: 'Hvem styrer', en: 'Who steers' },
  relationshipType: { nb: 'Relasjonstype', en: 'Relationship type' },
  motive: { nb: 'Motiv', en: 'Motive' },
  trigger: { nb: 'Utløsning', en: 'Trigger' },
  phases: { nb: 'Faser', en: 'Phases' },
  coordination: { nb: 'Koordineringsstrategier', en: 'Coordination strategies' },
  'coordination.rolesAndResponsibilities': { nb: 'Roller og ansvar', en: 'Roles and responsibilities' },
  'coordination.routines': { nb: 'Rutiner', en: 'Routines' },
  'coordination.writtenGuidelines': { nb: 'Skriftlige retningslinjer', en: 'Written guidelines' },
  'coordination.partners': { nb: 'Antall samarbeidspartnere', en: 'Number of partners' },
  'coordination.timeSetAside': { nb: 'Tid satt av', en: 'Time set aside' },
  'coordination.technology': { nb: 'Teknologi og støttefunksjoner', en: 'Technology and support functions' },
  'coordination.informationChannels': { nb: 'Informasjonskanaler', en: 'Information channels' },
  'coordination.communicationChannels': { nb: 'Kommunikasjonskanaler', en: 'Communication channels' },
  'coordination.sharedKnowledge': { nb: 'Felles kunnskap', en: 'Shared knowledge' },
  'coordination.conflictSources': { nb: 'Konfliktstoff', en: 'Sources of conflict' },
  financing: { nb: 'Finansiering', en: 'Financing' },
  tariffs: { nb: 'Takster', en: 'Tariffs' },
  legalBasis: { nb: 'Lovgrunnlag', en: 'Legal basis' },
  prerequisites: { nb: 'Forutsetninger', en: 'Prerequisites' },
  experiences: { nb: 'Erfaringer', en: 'Experiences' },
  'experiences.works': { nb: 'Det informantene sier fungerer', en: 'What informants say works' },
  'experiences.challenges': { nb: 'Det informantene sier er krevende', en: 'What informants say is hard' },
  facts: { nb: 'Fakta', en: 'Facts' },
  status: { nb: 'Status', en: 'Status' },
  sources: { nb: 'Kilder', en: 'Sources' },
  category: { nb: 'Gruppe', en: 'Group' },
  summary: { nb: 'Kort fortalt', en: 'In short' },
  whatItIs: { nb: 'Hva det er', en: 'What it is' },
  whoMayQualify: { nb: 'Hvem kan få det', en: 'Who may qualify' },
  whoDecides: { nb: 'Hvem bestemmer', en: 'Who decides' },
  howGpSuggests: { nb: 'Slik foreslår fastlegen det', en: 'How the GP suggests it' },
  misunderstandings: { nb: 'Vanlige misforståelser', en: 'Common misunderstandings' },
  relatedSickNoteFields: { nb: 'Felt i sykmeldingen og meldinger', en: 'Sick-note fields and messages' },
  related: { nb: 'Se også', en: 'See also' },
  topic: { nb: 'Tema', en: 'Topic' },
  body: { nb: 'Tekst', en: 'Text' },
  legalReferences: { nb: 'Lovhenvisninger', en: 'Legal references' },
  audience: { nb: 'For hvem', en: 'For whom' },
  items: { nb: 'Punkter', en: 'Points' },
  usedIn: { nb: 'Brukes i plattformen', en: 'Used in the platform' },
};

/** The label tables of the model typology, by the model field that holds the value. */
export const VALUE_LABELS_OF_FIELD: Record<string, Labels> = {
  levels: LEVEL_LABELS,
  domains: DOMAIN_LABELS,
  'gpRole.intensity': INTENSITY_LABELS,
  steering: STEERING_LABELS,
  relationshipType: RELATIONSHIP_LABELS,
  gpOfficeKind: OFFICE_KIND_LABELS,
  status: MODEL_STATUS_LABELS,
  category: MEASURE_CATEGORY_LABELS,
  topic: TOPIC_LABELS,
  audience: AUDIENCE_LABELS,
  channel: CHANNEL_LABELS,
};

/** A label in the language, or the value itself when the table has none (e.g. a new value). */
export function labelOf(table: Labels, value: string, lang: Lang): string {
  return table[value]?.[lang] ?? value;
}
