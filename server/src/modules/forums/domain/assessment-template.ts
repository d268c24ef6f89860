/**
 * The structured assessment template: sections of items a body's members answer for each case.
 * Versioned per body (a save makes a new version; an assessment keeps the version it began
 * with). The shipped default follows SUFF Østfold's knowledge-based approach (report 004):
 * consequences for each party, feasibility in a GP's working day, resources, legal basis,
 * evidence, implementation. Pure: validation and the default, no I/O.
 */
import type { AssessmentTemplateDefinition } from '../../../platform/db/schema-forums.js';

type Text = { nb: string; en: string };
type Item = { key: string; nb: string; en: string; help?: Text };

const item = (key: string, nb: string, en: string, helpNb: string, helpEn: string): Item => ({ key, nb, en, help: { nb: helpNb, en: helpEn } });

export const DEFAULT_ASSESSMENT_TEMPLATE: AssessmentTemplateDefinition = {
  sections: [
    {
      key: 'consequences',
      nb: 'Konsekvenser',
      en: 'Consequences',
      items: [
        item('patient', 'For pasienten', 'For the patient', 'Pasientsikkerhet, kvalitet, ventetid og belastning for pasient og pårørende.', 'Patient safety, quality, waiting time and burden for the patient and next of kin.'),
        item('gp', 'For fastlegen', 'For the GP', 'Nye oppgaver, ansvar og tidsbruk for fastlegen og legekontoret.', 'New tasks, responsibility and time for the GP and the practice.'),
        item('municipality', 'For kommunen', 'For the municipality', 'Konsekvenser for kommunale tjenester: hjemmetjeneste, sykehjem, legevakt.', 'Consequences for municipal services: home care, nursing homes, out-of-hours.'),
        item('hospital', 'For sykehuset', 'For the hospital', 'Konsekvenser for sykehusets avdelinger, poliklinikker og rutiner.', "Consequences for the hospital's departments, outpatient clinics and routines."),
      ],
    },
    {
      key: 'feasibility',
      nb: 'Gjennomførbarhet',
      en: 'Feasibility',
      items: [
        item('gp_workday', 'Gjennomførbart i fastlegens arbeidsdag', "Feasible in a GP's working day", 'Kan tiltaket gjøres innenfor en vanlig konsultasjon og dagens listelengde?', 'Can it be done within an ordinary consultation and the present list size?'),
        item('tasks_moved', 'Oppgaver som flyttes', 'Tasks moved', 'Flyttes oppgaver fra sykehus til fastlege eller kommune? Er det avtalt?', 'Are tasks moved from hospital to GP or municipality? Is that agreed?'),
      ],
    },
    {
      key: 'resources',
      nb: 'Ressurser og finansiering',
      en: 'Resources and financing',
      items: [
        item('costs', 'Kostnader og ressursbruk', 'Costs and resources', 'Hva koster tiltaket, og for hvem?', 'What does it cost, and for whom?'),
        item('financing', 'Finansiering', 'Financing', 'Finnes takster eller annen finansiering for arbeidet?', 'Are there fee codes or other financing for the work?'),
      ],
    },
    {
      key: 'legal',
      nb: 'Rettslig grunnlag',
      en: 'Legal basis',
      items: [item('legal_basis', 'Lover, forskrifter og avtaler', 'Acts, regulations and agreements', 'Fastlegeforskriften, helse- og omsorgstjenesteloven, samarbeidsavtalene.', 'The regular GP regulation, the Health and Care Services Act, the collaboration agreements.')],
    },
    {
      key: 'evidence',
      nb: 'Kunnskapsgrunnlag',
      en: 'Evidence',
      items: [
        item('evidence', 'Forskning og erfaring', 'Research and experience', 'Hva sier forskning, nasjonale faglige råd og erfaring fra andre?', 'What do research, national guidelines and others’ experience say?'),
        item('existing_recommendations', 'Eksisterende anbefalinger', 'Existing recommendations', 'Finnes det nasjonale anbefalinger, for eksempel fra Norsk forening for allmennmedisin?', 'Are there national recommendations, e.g. from the Norwegian College of General Practice?'),
      ],
    },
    {
      key: 'implementation',
      nb: 'Implementering og kommunikasjon',
      en: 'Implementation and communication',
      items: [
        item('implementation', 'Implementering', 'Implementation', 'Hvem gjør hva, innen når, og hvordan følges det opp?', 'Who does what, by when, and how is it followed up?'),
        item('communication', 'Kommunikasjon', 'Communication', 'Hvordan når anbefalingen fastleger, kommuner og sykehusleger?', 'How does the recommendation reach GPs, municipalities and hospital doctors?'),
      ],
    },
  ],
};

export const ANSWER_MAX_LENGTH = 4000;
const KEY = /^[a-z][a-z0-9_]{0,59}$/;
const LABEL_MAX = 300;
const HELP_MAX = 2000;
const MAX_SECTIONS = 30;
const MAX_ITEMS = 100;

export type TemplateProblem = { path: string; problem: 'empty' | 'too_long' | 'bad_key' | 'duplicate_key' | 'too_many' };

function checkText(path: string, text: string, max: number, problems: TemplateProblem[]): void {
  if (text.trim().length === 0) problems.push({ path, problem: 'empty' });
  else if (text.length > max) problems.push({ path, problem: 'too_long' });
}

/** What is wrong with a template a body saves (empty list: it may be saved). Item keys are unique across the whole template, since answers are stored by item key. */
export function templateProblems(definition: AssessmentTemplateDefinition): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (definition.sections.length === 0) problems.push({ path: 'sections', problem: 'empty' });
  if (definition.sections.length > MAX_SECTIONS) problems.push({ path: 'sections', problem: 'too_many' });
  const sectionKeys = new Set<string>();
  const itemKeys = new Set<string>();
  definition.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    if (!KEY.test(section.key)) problems.push({ path: `${at}.key`, problem: 'bad_key' });
    else if (sectionKeys.has(section.key)) problems.push({ path: `${at}.key`, problem: 'duplicate_key' });
    sectionKeys.add(section.key);
    checkText(`${at}.nb`, section.nb, LABEL_MAX, problems);
    checkText(`${at}.en`, section.en, LABEL_MAX, problems);
    if (section.items.length === 0) problems.push({ path: `${at}.items`, problem: 'empty' });
    section.items.forEach((it, i) => {
      const itemAt = `${at}.items[${i}]`;
      if (!KEY.test(it.key)) problems.push({ path: `${itemAt}.key`, problem: 'bad_key' });
      else if (itemKeys.has(it.key)) problems.push({ path: `${itemAt}.key`, problem: 'duplicate_key' });
      itemKeys.add(it.key);
      checkText(`${itemAt}.nb`, it.nb, LABEL_MAX, problems);
      checkText(`${itemAt}.en`, it.en, LABEL_MAX, problems);
      if (it.help) {
        if (it.help.nb.length > HELP_MAX) problems.push({ path: `${itemAt}.help.nb`, problem: 'too_long' });
        if (it.help.en.length > HELP_MAX) problems.push({ path: `${itemAt}.help.en`, problem: 'too_long' });
      }
    });
  });
  if (itemKeys.size > MAX_ITEMS) problems.push({ path: 'sections', problem: 'too_many' });
  return problems;
}

export function itemKeysOf(definition: AssessmentTemplateDefinition): string[] {
  return definition.sections.flatMap((section) => section.items.map((it) => it.key));
}

export type AnswerProblem = { item: string; problem: 'unknown_item' | 'too_long' };

/** What is wrong with a member's answers against the assessment's template version. An empty answer is allowed: it clears the item. */
export function answerProblems(definition: AssessmentTemplateDefinition, answers: Record<string, string>): AnswerProblem[] {
  const known = new Set(itemKeysOf(definition));
  const problems: AnswerProblem[] = [];
  for (const [key, text] of Object.entries(answers)) {
    if (!known.has(key)) problems.push({ item: key, problem: 'unknown_item' });
    else if (text.length > ANSWER_MAX_LENGTH) problems.push({ item: key, problem: 'too_long' });
  }
  return problems;
}

/** How far an assessment has come: items with at least one member's answer, of all items. */
export function answeredShare(definition: AssessmentTemplateDefinition, answeredKeys: Iterable<string>): { answered: number; total: number } {
  const keys = new Set(itemKeysOf(definition));
  const answered = new Set([...answeredKeys].filter((k) => keys.has(k)));
  return { answered: answered.size, total: keys.size };
}
