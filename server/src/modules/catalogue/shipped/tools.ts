import type { ToolEntry } from '../domain/tool.js';

/**
 * The checklists (issue 4, stored and versioned by the reachability module) and templates (the
 * forms module's ICIT lists and plans) as the knowledge base lists them, so a search finds them.
 * The items here name each point in short; the full, current wording is what the platform shows
 * beside the forms where they are used.
 */
const REPORT_001 = '001_0b0d9fc9095d4a74.txt';

export const SHIPPED_CHECKLISTS: readonly ToolEntry[] = [
  {
    slug: 'huskeliste-foresporsel-til-fastlegen',
    title: 'Huskeliste for forespørsler til fastlegen',
    titleEn: 'Checklist for requests to the GP',
    audience: 'nav',
    summary: 'Seks punkter for NAV-veilederen før en forespørsel sendes: spissede spørsmål, riktig takst, bare det som trengs.',
    body: [
      'Huskelisten vises ved siden av skjemaet for forespørsler til fastlegen. Den bygger på huskelistene fra lokale gode praksiser i rapporten om informasjonsutveksling mellom NAV og sykmeldere.',
      'Se også [hva NAV kan be om og fastlegen kan dele](/kunnskap/artikkel/hva-nav-kan-be-om-og-fastlegen-kan-dele).',
    ],
    items: [
      'Spissede spørsmål, avslutt heller med ett åpent spørsmål',
      'Taksten (L8 eller L40) passer med hvor mye informasjon du ber om',
      'Be bare om det oppfølgingen trenger (folketrygdloven § 21-4)',
      'Ikke be om hele journaler eller epikriser uten at det trengs',
      'Svar på fastlegens meldinger innen kontorets frist',
      'Bekreft at meldingen fra fastlegen er mottatt',
    ],
    usedIn: null,
    sources: [{ citation: `${REPORT_001}, L3344–3352, L1868–1900, L3253–3260`, url: null }],
    related: [],
  },
  {
    slug: 'huskeliste-svar-til-nav',
    title: 'Huskeliste for svar til NAV',
    titleEn: 'Checklist for answers to NAV',
    audience: 'gp',
    summary: 'Fem punkter for fastlegen som svarer på en forespørsel fra NAV, etter huskelisten fra Kristiansand.',
    body: [
      'Huskelisten vises ved siden av svarskjemaet når fastlegen svarer på en forespørsel fra NAV i innboksen.',
      'Se også [funksjonsvurdering og arbeidsevnevurdering](/kunnskap/artikkel/funksjonsvurdering-og-arbeidsevnevurdering).',
    ],
    items: [
      'Svar konkret på spissede spørsmål; send ikke hele epikriser uten at NAV ber om det',
      'Vurder om og hvordan sykdom er årsak til nedsatt funksjon, i dagliglivet og opp mot arbeid',
      'Skill mellom symptomer og hvordan de påvirker arbeidsevne og funksjon',
      'Beskriv behandlingsplan, prognose og forventet varighet',
      'Bruk klart språk med få faguttrykk',
    ],
    usedIn: '/innboks',
    sources: [{ citation: `${REPORT_001}, L3319–3323, L1536–1568`, url: null }],
    related: [],
  },
  {
    slug: 'huskeliste-sykmeldingen',
    title: 'Huskeliste for sykmeldingen',
    titleEn: 'Checklist for the sick note',
    audience: 'gp',
    summary: 'Det NAV oftest savner i sykmeldingen: funksjon, begrunnet grad, aktivitetskravet ved åtte uker og alternativene til full sykmelding.',
    body: [
      'Huskelisten vises ved siden av sykmeldingsskjemaet.',
      'Les om [gradert sykmelding](/kunnskap/tiltak/gradert-sykmelding), [avventende sykmelding](/kunnskap/tiltak/avventende-sykmelding) og [aktivitetskravet](/kunnskap/artikkel/aktivitetskravet).',
    ],
    items: [
      'Hva pasienten kan gjøre, ikke bare hva hen ikke kan',
      'Hvordan sykdommen påvirker funksjon i dagliglivet og i arbeidsoppgavene',
      'Begrunnelse for graden, særlig ved 100 %',
      'Ved åtte uker: medisinske grunner som hindrer arbeidsrettet aktivitet',
      'Vurder gradert, avventende sykmelding eller friskmelding til arbeidsformidling',
      'Din egen medisinske vurdering, ikke generell informasjon om diagnosen',
    ],
    usedIn: '/sykmeldinger/ny',
    sources: [{ citation: `${REPORT_001}, L1508–1553, L3299–3305`, url: null }],
    related: [],
  },
];

export const SHIPPED_TEMPLATES: readonly ToolEntry[] = [
  {
    slug: 'icit-problemliste',
    title: 'Problemliste (ICIT)',
    titleEn: 'Problem list (ICIT)',
    audience: 'patient',
    summary: 'Pasienten skriver, sammen med legen, opp det som er vanskelig nå med egne ord, og velger hva de skal jobbe med først.',
    body: [
      'ICIT er samtaleverktøyet fra kurset i Ringerike. Problemlisten kartlegger problemene bak symptomene. Den er medisinsk og går aldri til arbeidsgiveren.',
      'Fylles ut i et skjema knyttet til sykefraværet; malen er versjonert i skjemamodulen.',
    ],
    items: ['Problemene med pasientens egne ord', 'Hvor mye hvert problem veier', 'Hvilket problem som tas først'],
    usedIn: null,
    sources: [{ citation: `${REPORT_001}, L3975–3983, L4058–4061`, url: null }],
    related: [],
  },
  {
    slug: 'icit-jobbliste',
    title: 'Jobbliste (ICIT)',
    titleEn: 'Job list (ICIT)',
    audience: 'shared',
    summary: 'Hvilke arbeidsoppgaver pasienten kan gjøre nå, og med hvilken tilrettelegging; kan settes inn i sykmeldingen i delen arbeidsgiveren ser.',
    body: [
      'I Ringerike fyller fastlegen ut jobblisten med pasienten og kopierer den inn i sykmeldingen, slik at arbeidsgiver og NAV ser hvilke tiltak pasienten selv mener gjør arbeid mulig.',
      'Listen er skrevet for arbeidsgiveren: ikke diagnose eller plager her. Se også [gradert sykmelding](/kunnskap/tiltak/gradert-sykmelding).',
    ],
    items: ['Arbeidsoppgavene og om de kan gjøres nå', 'Tilrettelegging som trengs', 'Hvor mye pasienten kan jobbe nå'],
    usedIn: null,
    sources: [{ citation: `${REPORT_001}, L4040–4054, L5487`, url: null }],
    related: [],
  },
  {
    slug: 'icit-mulighetsliste',
    title: 'Mulighetsliste (ICIT)',
    titleEn: 'Options list (ICIT)',
    audience: 'patient',
    summary: 'For problemet pasienten valgte: mulige veier videre, hvem som gjør hva, hvor realistisk det er og første skritt.',
    body: ['Følger problemlisten. Tilrettelegging på arbeidsplassen er som regel en mulighet (ICITs regel).'],
    items: ['Problemet som er valgt', 'Mulighetene, også de som virker vanskelige', 'Hvem som gjør hva, og hvor realistisk det er', 'Første skritt'],
    usedIn: null,
    sources: [{ citation: `${REPORT_001}, L3979–3981, L4067–4071`, url: null }],
    related: [],
  },
];
