/**
 * The specialties an advisory physician can be listed with: the directorate's list names each
 * physician's specialty (report 001 L2657–2667). Codes in the data, labels in both languages here.
 */
export const SPECIALTIES = {
  general_practice: { nb: 'Allmennmedisin', en: 'General practice' },
  psychiatry: { nb: 'Psykiatri', en: 'Psychiatry' },
  physical_medicine: { nb: 'Fysikalsk medisin og rehabilitering', en: 'Physical medicine and rehabilitation' },
  occupational_medicine: { nb: 'Arbeidsmedisin', en: 'Occupational medicine' },
  community_medicine: { nb: 'Samfunnsmedisin', en: 'Community medicine' },
  orthopaedics: { nb: 'Ortopedisk kirurgi', en: 'Orthopaedic surgery' },
  neurology: { nb: 'Nevrologi', en: 'Neurology' },
  rheumatology: { nb: 'Revmatologi', en: 'Rheumatology' },
  internal_medicine: { nb: 'Indremedisin', en: 'Internal medicine' },
} as const;

export type Specialty = keyof typeof SPECIALTIES;
export const SPECIALTY_CODES = Object.keys(SPECIALTIES) as Specialty[];
