/**
 * Sources and legal references shared by the NAV-measure entries and the rules-and-roles articles.
 * Report files are the project's seeds (`shared/seeds/`); line numbers point into them. Law
 * paragraphs are named as lovdata names them; only paragraphs whose subject is well established
 * are listed here, so a data file cannot cite a paragraph nobody checked.
 */
import type { KnowledgeKind, KnowledgeSource, LegalReference } from '../domain/knowledge.js';

const REPORT_FILES = {
  '000': '000_8faf82777332b843.txt (PKO-NAV, 2008)',
  '001': '001_0b0d9fc9095d4a74.txt (Informasjonsutveksling mellom Nav og sykmelder)',
  '002': '002_13cc1722de309c72.txt (Norut Alta 2013, Samarbeidsmodeller i kommunal legetjeneste)',
  '003': '003_e9bda0c62b22b834.txt (Arbeidsfokus på fastlegekontor)',
} as const;

/** A citation of lines in one of the project's source reports. */
export function report(id: keyof typeof REPORT_FILES, where: string): KnowledgeSource {
  return { citation: `${REPORT_FILES[id]}, ${where}`, url: null };
}

/** The project's own domain facts (timelines, code lists, tariffs). */
export function domainFacts(section: string): KnowledgeSource {
  return { citation: `Samhandling, domain.md ${section}`, url: null };
}

const LAWS = {
  ftrl: { name: 'Folketrygdloven', id: '1997-02-28-19' },
  aml: { name: 'Arbeidsmiljøloven', id: '2005-06-17-62' },
} as const;

const PARAGRAPHS = {
  'ftrl 8-4': 'Arbeidsuførhet',
  'ftrl 8-5': 'Friskmelding til arbeidsformidling',
  'ftrl 8-7': 'Dokumentasjon av arbeidsuførhet',
  'ftrl 8-7 a': 'Arbeids- og velferdsetatens oppfølging av sykmeldte (dialogmøte 2 og 3)',
  'ftrl 8-8': 'Medlemmets medvirkning (aktivitetskravet)',
  'ftrl 8-12': 'Antall sykepengedager (maksdato)',
  'ftrl 8-13': 'Graderte sykepenger',
  'ftrl 8-14': 'Reisetilskudd',
  'ftrl 11-5': 'Nedsatt arbeidsevne (arbeidsavklaringspenger)',
  'ftrl 21-4': 'Innhenting av opplysninger',
  'aml 4-6': 'Tilrettelegging, oppfølgingsplan og dialogmøte 1 ved redusert arbeidsevne',
} as const;
export type ParagraphKey = keyof typeof PARAGRAPHS;

function split(key: ParagraphKey): { law: (typeof LAWS)[keyof typeof LAWS]; paragraph: string } {
  const [lawKey, ...rest] = key.split(' ') as [keyof typeof LAWS, ...string[]];
  return { law: LAWS[lawKey], paragraph: rest.join(' ') };
}

/** A legal reference, e.g. law('ftrl 8-8') → "Folketrygdloven § 8-8". */
export function law(key: ParagraphKey): LegalReference {
  const { law: l, paragraph } = split(key);
  return { reference: `${l.name} § ${paragraph}`, subject: PARAGRAPHS[key] };
}

/** The same paragraph as a source with its lovdata address. */
export function lovdata(key: ParagraphKey): KnowledgeSource {
  const { law: l, paragraph } = split(key);
  return { citation: `Lovdata: ${l.name} § ${paragraph} (${PARAGRAPHS[key]})`, url: `https://lovdata.no/lov/${l.id}/§${paragraph.replace(' ', '')}` };
}

/** A reference to another knowledge entry. */
export function ref(kind: KnowledgeKind, slug: string): { kind: KnowledgeKind; slug: string } {
  return { kind, slug };
}

/** The markdown link to another knowledge entry, as article bodies write it. */
export function link(text: string, kind: KnowledgeKind, slug: string): string {
  return `[${text}](/kunnskap/${kind}/${slug})`;
}
