/**
 * The interview guide of report 002 (Appendix 6, 002_13cc1722de309c72.txt L1941–2004), as the structured interview form
 * asks it, with the model field each answer pre-fills. Questions 1–6 are the guide's own, in its
 * words; the bullet points under question 6 are numbered 6a–6k, and the phases prompt under
 * question 5 is 5b. The questions without a number come from the per-model presentation template
 * (§1.6 and the typology in §1.2–1.5), which every model description fills but the guide does not
 * ask; they let the form pre-fill a complete draft.
 */
import type { InterviewGuideQuestion } from '../domain/knowledge.js';

const guide = (q: Omit<InterviewGuideQuestion, 'prompts'> & { prompts?: string[] }): InterviewGuideQuestion => ({ prompts: [], ...q });

const BACKGROUND: InterviewGuideQuestion[] = [
  guide({ key: 'q1-kommunestorrelse', number: '1', section: 'background', question: 'Kommunestørrelse (små eller store kommuner; antall innbyggere)', prefills: ['sites'], answerKind: 'text' }),
  guide({ key: 'q2-beliggenhet', number: '2', section: 'background', question: 'Kommunen(e)s geografiske beliggenhet (hvor lang reisetid til nærmeste sykehus)', prefills: ['sites'], answerKind: 'text' }),
  guide({ key: 'q3-legekontor', number: '3', section: 'background', question: 'Kommunale eller private legekontor', prefills: ['gpOfficeKind'], answerKind: 'choice' }),
];

const MOTIVE_AND_TRIGGER: InterviewGuideQuestion[] = [
  guide({
    key: 'q4-motiv',
    number: '4',
    section: 'motive_and_trigger',
    question: 'Hvorfor samarbeide (hva er motivet)?',
    prompts: ['Med hensyn til gevinster av samarbeidet: Finnes forventninger om at alle parter i samarbeidet skal høste gevinster av samarbeidet?'],
    prefills: ['motive'],
    answerKind: 'text',
  }),
  guide({
    key: 'q5-utloser',
    number: '5',
    section: 'motive_and_trigger',
    question: 'Hva utløser samarbeidet (hva er bakgrunn for samarbeidet/årsaker til at det oppstod)?',
    prompts: ['Samarbeid foregår f.eks. rundt en styringsoppgave eller et interessefelt eller en utfordring.'],
    prefills: ['trigger'],
    answerKind: 'text',
  }),
  guide({
    key: 'q5b-faser',
    number: '5b',
    section: 'motive_and_trigger',
    question: 'Kan vi dele samarbeidsmodellen inn i faser, med ulike deltakere, saker og arenaer?',
    prefills: ['phases'],
    answerKind: 'list',
  }),
];

/** Question 6: "Samarbeidsstrategier – hvordan foregår samarbeidet, hvilke tilpasninger og løsninger?" */
const STRATEGIES: InterviewGuideQuestion[] = [
  guide({ key: 'q6a-roller', number: '6a', section: 'coordination', question: 'Roller/ansvarsfordeling: spesielt om hva som er kommunelegens og ev. fastlegers rolle?', prefills: ['coordination.rolesAndResponsibilities'], answerKind: 'text' }),
  guide({ key: 'q6b-rutiner', number: '6b', section: 'coordination', question: 'Formalisering av rutiner?', prefills: ['coordination.routines'], answerKind: 'text' }),
  guide({ key: 'q6c-retningslinjer', number: '6c', section: 'coordination', question: 'Finnes det nedskrevne retningslinjer for dette samarbeidet?', prefills: ['coordination.writtenGuidelines'], answerKind: 'text' }),
  guide({ key: 'q6d-samarbeidspartnere', number: '6d', section: 'coordination', question: 'Antall samarbeidspartnere (få eller mange, enkelt eller komplekst)?', prefills: ['coordination.partners'], answerKind: 'text' }),
  guide({ key: 'q6e-tid', number: '6e', section: 'coordination', question: 'Hvor mye tid (f.eks. hver uke eller måned) er avsatt til samarbeid?', prefills: ['coordination.timeSetAside'], answerKind: 'text' }),
  guide({ key: 'q6f-teknologi', number: '6f', section: 'coordination', question: 'Brukes det støttefunksjoner, som teknologi/telemedisin, i samarbeidet?', prefills: ['coordination.technology'], answerKind: 'text' }),
  guide({ key: 'q6g-informasjonskanaler', number: '6g', section: 'coordination', question: 'Hvilke informasjonskanaler benyttes i samarbeidsmodellen?', prefills: ['coordination.informationChannels'], answerKind: 'text' }),
  guide({ key: 'q6h-kommunikasjonskanaler', number: '6h', section: 'coordination', question: 'Hvilke kommunikasjonskanaler benyttes i samarbeidsmodellen?', prefills: ['coordination.communicationChannels'], answerKind: 'text' }),
  guide({ key: 'q6i-styring', number: '6i', section: 'organisation_and_steering', question: 'Legestyrt, kommunestyrt eller eventuelt foretaksstyrt samarbeid?', prefills: ['steering'], answerKind: 'choice' }),
  guide({
    key: 'q6j-felles-kunnskap',
    number: '6j',
    section: 'coordination',
    question: 'Kunnskap om hverandres rutiner og arbeidsmåter; grad av felles kunnskapsgrunnlag på tvers av de som samarbeider?',
    prefills: ['coordination.sharedKnowledge'],
    answerKind: 'text',
  }),
  guide({ key: 'q6k-utfordringer', number: '6k', section: 'coordination', question: 'Byr samarbeidet/koordineringen på spesielle utfordringer (konfliktstoff)?', prefills: ['coordination.conflictSources'], answerKind: 'text' }),
];

/** From the presentation template (§1.6) and the typology (§1.2–1.5): what every model description has. */
const TEMPLATE: InterviewGuideQuestion[] = [
  guide({ key: 't-inspirasjon', number: null, section: 'background', question: 'Hvor er modellen hentet fra (kommune, sted eller litteratur)?', prefills: ['inspiredBy'], answerKind: 'text' }),
  guide({
    key: 't-niva',
    number: null,
    section: 'background',
    question: 'På hvilket nivå foregår samarbeidet: 1 internt i kommunen, 2 interkommunalt, 3 mellom fastleger og helseforetak?',
    prefills: ['levels'],
    answerKind: 'choice',
  }),
  guide({ key: 't-tjenesteomrade', number: null, section: 'background', question: 'Hvilket tjenesteområde gjelder samarbeidet?', prefills: ['domains'], answerKind: 'choice' }),
  guide({ key: 't-idealmodell', number: null, section: 'purpose_and_participants', question: 'Hva er det overførbare i modellen, i 3–6 korte punkter (idealmodellen)?', prefills: ['idealTypeSummary'], answerKind: 'list' }),
  guide({ key: 't-hensikt', number: null, section: 'purpose_and_participants', question: 'Hva er hensikten med samarbeidet?', prefills: ['purpose'], answerKind: 'text' }),
  guide({ key: 't-deltakere', number: null, section: 'purpose_and_participants', question: 'Hvem inngår i samarbeidet?', prefills: ['participants'], answerKind: 'list' }),
  guide({ key: 't-fastlegens-rolle', number: null, section: 'gp_role', question: 'Hva er fastlegens rolle i samarbeidet?', prefills: ['gpRole.description'], answerKind: 'text' }),
  guide({
    key: 't-rolleintensitet',
    number: null,
    section: 'gp_role',
    question: 'Er fastlegens rolle passiv/perifer (holdes informert, henviser), aktiv/sentral (teamleder, medisinsk ansvarlig, møteplikt) eller begge deler?',
    prefills: ['gpRole.intensity'],
    answerKind: 'choice',
  }),
  guide({
    key: 't-relasjonstype',
    number: null,
    section: 'organisation_and_steering',
    question: 'Er samarbeidet samvirke (deler informasjon), koordinering (bidrar til et vedtatt samarbeid) eller medvirkning (endrer systemet sammen)?',
    prefills: ['relationshipType'],
    answerKind: 'choice',
  }),
  guide({ key: 't-finansiering', number: null, section: 'financing_and_law', question: 'Hvordan finansieres samarbeidet (f.eks. lønnstillegg, frikjøp, tilskudd, medfinansiering)?', prefills: ['financing'], answerKind: 'text' }),
  guide({ key: 't-takster', number: null, section: 'financing_and_law', question: 'Utløser samarbeidet takster, eller er det arbeid uten takst?', prefills: ['tariffs'], answerKind: 'text' }),
  guide({ key: 't-lovgrunnlag', number: null, section: 'financing_and_law', question: 'Hvilke lover, forskrifter eller avtaler bygger samarbeidet på?', prefills: ['legalBasis'], answerKind: 'list' }),
  guide({ key: 't-forutsetninger', number: null, section: 'financing_and_law', question: 'Forutsetter modellen noe særskilt, f.eks. kommunalt ansatte fastleger?', prefills: ['prerequisites'], answerKind: 'list' }),
  guide({ key: 't-status', number: null, section: 'experiences', question: 'Er samarbeidet i drift, under etablering, en utprøving eller avsluttet?', prefills: ['status'], answerKind: 'choice' }),
  guide({
    key: 't-erfaringer',
    number: null,
    section: 'experiences',
    question: 'Hva sier deltakerne fungerer, og hva er krevende? (Skriv bare det som blir sagt; katalogen vurderer ikke.)',
    prefills: ['experiences'],
    answerKind: 'text',
  }),
];

export const INTERVIEW_GUIDE: readonly InterviewGuideQuestion[] = [...BACKGROUND, ...MOTIVE_AND_TRIGGER, ...STRATEGIES, ...TEMPLATE];
