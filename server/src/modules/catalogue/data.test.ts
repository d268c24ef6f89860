import { describe, expect, it } from 'vitest';
import { ARTICLE_TOPICS, INTERNAL_LINK_PATTERN, INTERVIEW_SECTIONS, KNOWLEDGE_KINDS, MEASURE_CATEGORIES, SUGGESTION_CHANNELS, type KnowledgeKind } from './domain/knowledge.js';
import {
  DOMAINS,
  GP_OFFICE_KINDS,
  GP_ROLE_INTENSITIES,
  LEVELS,
  MODEL_STATUSES,
  STEERING,
  type CollaborationModelContent,
  type Domain,
  type GpRoleIntensity,
  type Level,
} from './domain/model.js';
import { RULES_ARTICLES } from './data/articles.js';
import { INTERVIEW_GUIDE } from './data/interview-guide.js';
import { COLLABORATION_MODELS } from './data/models.js';
import { NAV_MEASURES } from './data/nav-measures.js';

/**
 * Written from report 002 (002_13cc1722de309c72.txt, chapters 2 and 3): for each of the 23 models
 * its section, a word of its title, its level(s), a domain, the GP's role intensity and the place
 * the report names ("Med inspirasjon fra …", or the literature for the general models).
 */
const L1: Level = 'within_municipality';
const L2: Level = 'between_municipalities';
const L3: Level = 'gp_hospital';
const REPORT_TABLE: ReadonlyArray<[section: string, titleWord: string, levels: Level[], domain: Domain, gpRole: GpRoleIntensity, site: string]> = [
  ['2.1', 'utekontor', [L2], 'gp_service', 'active', 'Senjalegen'],
  ['2.2', 'kommuneoverlege', [L2], 'chief_physician', 'passive', 'Grong'],
  ['2.3', 'flere hatter', [L1], 'chief_physician', 'active', 'Stavanger'],
  ['2.4', 'samarbeidsutvalg', [L1], 'collaboration_bodies', 'active', 'Stavanger'],
  ['2.5', 'kreftteam', [L2], 'cancer_palliative', 'passive', 'Indre Troms'],
  ['2.6', 'diabetesteam', [L1], 'chronic_care', 'active', 'Alta'],
  ['2.7', 'demensteam', [L1], 'dementia_elderly', 'passive', 'Eiker'],
  ['2.8', 'Ferskvare 1234', [L1], 'sick_leave_follow_up', 'active', 'Larvik'],
  ['2.9', 'Friskliv', [L1], 'public_health', 'passive', 'Bardu'],
  ['2.10', 'Onsdagsmøte', [L1], 'collaboration_bodies', 'active', 'Nordkapp'],
  ['2.11', 'voldtektsmottak', [L2], 'violence_abuse', 'passive', 'Sør-Rogaland'],
  ['2.12', 'bitteliten', [L1], 'emergency_medicine', 'active', 'Bjarkøy'],
  ['2.13', 'teamtrening', [L1], 'emergency_medicine', 'active', 'Alta'],
  ['2.14', 'Legevakt i stor kommune', [L1], 'legevakt', 'active', 'Alta'],
  ['2.15', 'ø-hjelpsenger', [L2], 'legevakt', 'mixed', 'Nordhordland'],
  ['3.1', 'Områdegeriatrisk', [L3], 'dementia_elderly', 'passive', 'Namsos'],
  ['3.2', 'rehabiliteringsteam', [L3], 'rehabilitation', 'passive', 'Sykehuset Innlandet'],
  ['3.3', 'psykiatri- og ruspasienter', [L3], 'mental_health_substance', 'active', 'Romerike'],
  ['3.4', 'Praksiskonsulent', [L3], 'hospital_liaison', 'active', 'Generell modell'],
  ['3.5', 'VAKe', [L3], 'emergency_medicine', 'active', 'Finnsnes'],
  ['3.6', 'Legedrevet sykestue', [L1, L3], 'intermediate_beds', 'active', 'Olsen og Gjertsen'],
  ['3.7', 'Styrket sykestue', [L1, L3], 'intermediate_beds', 'active', 'Nordkapp'],
  ['3.8', 'Umiddelbar kommunikasjon', [L3], 'mental_health_substance', 'active', 'Hamar'],
];

/** Population and travel time to hospital (minutes) exactly as the report states them, per site. */
const REPORT_NUMBERS: ReadonlyArray<[section: string, municipality: string, population: number | null, minutes: number | null]> = [
  ['2.1', 'Lenvik', 11300, 120],
  ['2.1', 'Tranøy, Torsken og Berg', 3200, null],
  ['2.3', 'Stavanger', 127000, null],
  ['2.5', 'Målselv, Bardu, Salangen og Lavangen', 13700, null],
  ['2.6', 'Alta', 19000, 120],
  ['2.9', 'Bardu', 4000, null],
  ['2.10', 'Nordkapp', 3200, 150],
  ['2.12', 'Bjarkøy', 482, null],
  ['2.13', 'Alta', 19000, 120],
  ['2.15', 'Austrheim, Fedje, Lindås, Masfjorden, Meland, Modalen og Radøy', 32000, 25],
  ['3.5', 'Finnsnes (interkommunal legevakt for 6 kommuner)', 19000, 120],
  ['3.7', 'Nordkapp', 3200, 150],
  ['3.8', 'Hamar, Ringsaker, Stange og Løten', 89000, null],
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const bySection = new Map(COLLABORATION_MODELS.map((m) => [m.reportSection, m]));
const model = (section: string): CollaborationModelContent => {
  const found = bySection.get(section);
  if (!found) throw new Error(`no model for §${section}`);
  return found;
};

/** Every string anywhere in a value, for link and emptiness checks. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('the 23 collaboration models of report 002', () => {
  it('are all present, once each, in the report order', () => {
    expect(COLLABORATION_MODELS).toHaveLength(23);
    expect(COLLABORATION_MODELS.map((m) => m.reportSection)).toEqual(REPORT_TABLE.map(([section]) => section));
  });

  it.each(REPORT_TABLE)('§%s has the title, level, domain, GP role and site the report gives', (section, titleWord, levels, domain, gpRole, site) => {
    const m = model(section);
    expect(m.title.toLowerCase()).toContain(titleWord.toLowerCase());
    expect([...m.levels].sort()).toEqual([...levels].sort());
    expect(m.domains).toContain(domain);
    expect(m.gpRole.intensity).toBe(gpRole);
    const places = [m.inspiredBy, ...m.sites.map((s) => s.municipality)].join(' | ');
    expect(places).toContain(site);
  });

  it.each(REPORT_NUMBERS)('§%s %s: population and travel time exactly as the report states', (section, municipality, population, minutes) => {
    const site = model(section).sites.find((s) => s.municipality === municipality);
    expect(site, `site ${municipality} in §${section}`).toBeDefined();
    expect(site?.population).toBe(population);
    expect(site?.travelTimeToHospitalMinutes).toBe(minutes);
  });

  it('gives no distance in km where the report gives travel time only (it never gives one)', () => {
    for (const m of COLLABORATION_MODELS) for (const s of m.sites) expect(s.distanceToHospitalKm, m.slug).toBeNull();
  });

  it('names the models that need salaried GPs as chapter 4 does (§2.1, §3.6; an advantage in §3.7)', () => {
    expect(model('2.1').prerequisites.join(' ')).toMatch(/kommunalt ansatte fastleger/);
    expect(model('3.6').prerequisites.join(' ')).toMatch(/kommunalt ansatt fastlege/);
    expect(model('3.7').prerequisites.join(' ')).toMatch(/fordel, men ikke en forutsetning/);
  });

  it('keeps the figures the report gives for money and staffing', () => {
    expect(model('2.1').financing).toContain('50 000 kroner');
    expect(model('2.2').financing).toContain('20 %');
    expect(model('2.6').participants.join(' ')).toContain('80 % stilling');
    expect(model('2.15').financing).toContain('60 %');
    expect(model('2.11').facts.map((f) => f.value)).toContain('10 leger og 8 sykepleiere');
  });

  it('have unique, readable slugs', () => {
    const slugs = COLLABORATION_MODELS.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('use only the typology values, and carry no rating', () => {
    for (const m of COLLABORATION_MODELS) {
      for (const l of m.levels) expect(LEVELS).toContain(l);
      for (const d of m.domains) expect(DOMAINS).toContain(d);
      for (const s of m.steering) expect(STEERING).toContain(s);
      expect(GP_ROLE_INTENSITIES).toContain(m.gpRole.intensity);
      expect(GP_OFFICE_KINDS).toContain(m.gpOfficeKind);
      expect(MODEL_STATUSES).toContain(m.status);
      expect(Object.keys(m).filter((k) => /rating|score/i.test(k))).toEqual([]);
    }
  });

  it('have every number positive (population a whole number)', () => {
    for (const m of COLLABORATION_MODELS) {
      for (const s of m.sites) {
        for (const n of [s.population, s.distanceToHospitalKm, s.travelTimeToHospitalMinutes]) if (n !== null) expect(n, m.slug).toBeGreaterThan(0);
        if (s.population !== null) expect(Number.isInteger(s.population), m.slug).toBe(true);
      }
    }
  });

  it('have their required fields filled and no empty texts', () => {
    for (const m of COLLABORATION_MODELS) {
      for (const text of [m.slug, m.title, m.inspiredBy, m.purpose, m.gpRole.description]) expect(text.trim(), m.slug).not.toBe('');
      for (const list of [m.idealTypeSummary, m.levels, m.domains, m.participants, m.steering, m.sources]) expect(list.length, m.slug).toBeGreaterThan(0);
      for (const text of strings(m)) expect(text.trim(), m.slug).not.toBe('');
      for (const source of m.sources) expect(source.citation).toMatch(/002_13cc1722de309c72\.txt L\d+/);
    }
  });
});

/** Every entry a link may name, as `<kind>/<slug>` with the Norwegian path word. */
const KNOWN = new Set<string>([
  ...COLLABORATION_MODELS.map((m) => `modell/${m.slug}`),
  ...NAV_MEASURES.map((m) => `tiltak/${m.slug}`),
  ...RULES_ARTICLES.map((a) => `artikkel/${a.slug}`),
]);

function linksIn(entry: { related: { kind: KnowledgeKind; slug: string }[] }): string[] {
  const inText = strings(entry).flatMap((text) => [...text.matchAll(new RegExp(INTERNAL_LINK_PATTERN.source, 'g'))].map((m) => `${m[1]}/${m[2]}`));
  return [...inText, ...entry.related.map((r) => `${r.kind}/${r.slug}`)];
}

describe('NAV measures for GPs', () => {
  const REQUIRED = [
    'gradert-sykmelding',
    'avventende-sykmelding',
    'reisetilskudd',
    'friskmelding-til-arbeidsformidling',
    'unntak-fra-aktivitetskravet',
    'arbeidsrettet-rehabilitering',
    'senter-for-jobbmestring',
    'ips-individuell-jobbstotte',
    'arbeidsavklaringspenger',
    'tilrettelegging-og-tilskudd',
    'raskere-tilbake',
    'dialogmote-1',
    'dialogmote-2',
    'dialogmote-3',
    'ferskvare-1234',
  ];

  it('cover the measures the issue names, with unique slugs', () => {
    const slugs = NAV_MEASURES.map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining(REQUIRED));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('say what each is, who may qualify, how the GP suggests it, and where it comes from', () => {
    for (const m of NAV_MEASURES) {
      for (const text of [m.title, m.titleEn, m.summary]) expect(text.trim(), m.slug).not.toBe('');
      for (const list of [m.whatItIs, m.whoMayQualify, m.howGpSuggests, m.sources]) expect(list.length, m.slug).toBeGreaterThan(0);
      for (const text of strings(m)) expect(text.trim(), m.slug).not.toBe('');
      expect(MEASURE_CATEGORIES).toContain(m.category);
      for (const s of m.howGpSuggests) expect(SUGGESTION_CHANNELS).toContain(s.channel);
    }
  });

  it('link only to entries that exist', () => {
    for (const m of NAV_MEASURES) for (const link of linksIn(m)) expect(KNOWN, `${m.slug} → ${link}`).toContain(link);
  });
});

describe('rules-and-roles articles', () => {
  const REQUIRED = [
    'funksjonsvurdering-og-arbeidsevnevurdering',
    'aktivitetskravet',
    'hva-nav-kan-be-om-og-fastlegen-kan-dele',
    'nav-kontoret-og-saksbehandlingsenhetene',
    'radgivende-lege',
    'arbeidsuforhet-etter-8-4',
    'dialogmoter-og-fastlegens-takster',
    'oppfolgingsplanen',
  ];

  it('cover the topics the issue names, with unique slugs', () => {
    const slugs = RULES_ARTICLES.map((a) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(REQUIRED));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it('are short, sourced and complete', () => {
    for (const a of RULES_ARTICLES) {
      for (const text of [a.title, a.titleEn, a.summary]) expect(text.trim(), a.slug).not.toBe('');
      expect(a.body.length, a.slug).toBeGreaterThan(0);
      expect(a.body.length, a.slug).toBeLessThanOrEqual(6);
      expect(a.sources.length, a.slug).toBeGreaterThan(0);
      expect(ARTICLE_TOPICS).toContain(a.topic);
      for (const text of strings(a)) expect(text.trim(), a.slug).not.toBe('');
    }
  });

  it('link to each other and to measures and models, and every link resolves', () => {
    const all = RULES_ARTICLES.flatMap(linksIn);
    for (const kind of KNOWLEDGE_KINDS) expect(all.some((l) => l.startsWith(`${kind}/`)), kind).toBe(true);
    for (const a of RULES_ARTICLES) for (const link of linksIn(a)) expect(KNOWN, `${a.slug} → ${link}`).toContain(link);
  });

  it('write links only in the /kunnskap/<kind>/<slug> form', () => {
    for (const a of RULES_ARTICLES) {
      for (const paragraph of a.body) {
        const targets = [...paragraph.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
        for (const target of targets) expect(target).toMatch(/^\/kunnskap\/(modell|tiltak|artikkel)\/[a-z0-9-]+$/);
      }
    }
  });
});

describe('the interview guide (Appendix 6)', () => {
  const sampleModel = COLLABORATION_MODELS[0]!;

  it('asks the guide questions 1–6 and the bullet points of question 6 (6a–6k)', () => {
    const numbers = INTERVIEW_GUIDE.map((q) => q.number).filter((n): n is string => n !== null);
    expect(numbers).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '5b', ...'abcdefghijk'.split('').map((c) => `6${c}`)]));
    const keys = INTERVIEW_GUIDE.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('pre-fills only fields the model record has', () => {
    for (const q of INTERVIEW_GUIDE) {
      expect(INTERVIEW_SECTIONS).toContain(q.section);
      expect(q.prefills.length, q.key).toBeGreaterThan(0);
      for (const target of q.prefills) {
        const [head, tail] = target.split('.') as [keyof CollaborationModelContent, string | undefined];
        expect(head in sampleModel, `${q.key} → ${target}`).toBe(true);
        if (tail) expect(tail in (sampleModel[head] as object), `${q.key} → ${target}`).toBe(true);
      }
    }
  });

  it('covers every coordination strategy of the model', () => {
    const targets = new Set(INTERVIEW_GUIDE.flatMap((q) => q.prefills));
    for (const key of Object.keys(sampleModel.coordination)) expect(targets.has(`coordination.${key}` as never), key).toBe(true);
  });
});
