/**
 * Work-oriented measures, benefits and local practices a GP can point a patient to. NAV's measure
 * names and conditions change over time, so entries say what the reports describe and keep to
 * well-established rules; each tells the GP to check the current offer with NAV where relevant.
 */
import type { NavMeasureEntry } from '../domain/knowledge.js';
import { domainFacts, law, lovdata, ref, report } from './knowledge-sources.js';

const CHECK_LOCALLY = 'Tilbudet og vilkårene varierer mellom fylker og endres over tid; sjekk med NAV-veilederen hva som finnes lokalt.';

const workOrientedRehabilitation: NavMeasureEntry = {
  slug: 'arbeidsrettet-rehabilitering',
  title: 'Arbeidsrettet rehabilitering',
  titleEn: 'Work-oriented rehabilitation',
  category: 'work_oriented_measure',
  summary: 'Et arbeidsmarkedstiltak fra NAV med tverrfaglig oppfølging for å styrke arbeidsevnen når sammensatte helseplager står i veien for arbeid.',
  whatItIs: [
    'Et arbeidsmarkedstiltak der NAV gir tverrfaglig, arbeidsrettet oppfølging for å styrke arbeidsevnen og mestringen, slik at personen kan komme i eller beholde arbeid.',
    'En fastlege i smågruppene i Fredrikstad forteller at hen nå selv forstår når det er aktuelt med for eksempel Senter for jobbmestring og arbeidsrettet rehabilitering.',
    CHECK_LOCALLY,
  ],
  whoMayQualify: ['Personer der sammensatte helseplager står i veien for arbeid og som har behov for arbeidsrettet bistand; NAV vurderer behovet.'],
  whoDecides: 'NAV vurderer behovet og fatter vedtak om tiltaket.',
  howGpSuggests: [
    { channel: 'dialogue_message', howTo: 'Beskriv funksjon og hva som hindrer arbeid, og foreslå tiltaket i en dialogmelding til NAV.' },
    { channel: 'dialogue_meeting', howTo: 'Foreslå tiltaket i dialogmøtet, slik at den sykmeldte raskere kan henvises.' },
  ],
  misunderstandings: ['Bare 35 % av fastlegene har god oversikt over NAVs tiltak; smågrupper med NAV har gjort at fastleger foreslår tiltak i sykmeldinger og dialogmøter.'],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('tiltak', 'senter-for-jobbmestring'), ref('artikkel', 'funksjonsvurdering-og-arbeidsevnevurdering')],
  sources: [report('001', 'L1409–1413, L2900–2903, L2924–2928 (Fredrikstad)')],
};

const jobCopingCentre: NavMeasureEntry = {
  slug: 'senter-for-jobbmestring',
  title: 'Senter for jobbmestring (arbeid og psykisk helse)',
  titleEn: 'Job-coping centre (work and mental health)',
  category: 'work_oriented_measure',
  summary: 'Kognitiv terapi og individuell jobbstøtte samtidig, for personer med angst og/eller depresjon som trenger hjelp til å stå i eller komme i jobb.',
  whatItIs: [
    'Senter for jobbmestring ble etablert som et metodeutviklingsprosjekt i 2008 og kombinerer helsehjelp og arbeidsoppfølging med kognitiv terapi og individuell jobbstøtte. Tilbudet har dokumentert langvarig effekt på å holde mottakerne i arbeid (Øverland, Grasdal og Reme 2018, omtalt i rapport 003).',
    'Utviklingssenter for arbeid og psykisk helse (USAP) i NAV Øst-Viken har veiledet kognitive terapeuter i fastlegeprosjektet (rapport 003).',
    CHECK_LOCALLY,
  ],
  whoMayQualify: ['Personer med angst og/eller depresjon som trenger bistand for å bli værende i jobb eller komme i jobb.'],
  whoDecides: 'NAV og tilbudet selv vurderer om personen passer i målgruppen.',
  howGpSuggests: [
    { channel: 'dialogue_message', howTo: 'Spør NAV om tilbudet finnes i ditt område, og foreslå det i en dialogmelding.' },
  ],
  misunderstandings: [],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('tiltak', 'ips-individuell-jobbstotte'), ref('tiltak', 'arbeidsrettet-rehabilitering')],
  sources: [report('003', 'L224 (Senter for jobbmestring), L258 (USAP)'), report('001', 'L2817–2821 (SFJ i smågruppene), L2924–2928')],
};

const individualJobSupport: NavMeasureEntry = {
  slug: 'ips-individuell-jobbstotte',
  title: 'IPS – individuell jobbstøtte (jobbspesialist)',
  titleEn: 'Individual placement and support (job specialist)',
  category: 'work_oriented_measure',
  summary: 'En jobbspesialist hjelper personen ut i ordinært arbeid og følger opp, tett integrert med behandlingen.',
  whatItIs: [
    'Individuell jobbstøtte (IPS) er en metode der en jobbspesialist hjelper personen med å finne og beholde ordinært arbeid, i tett samarbeid med behandlerne.',
    'I fastlegeprosjektet (rapport 003) var kognitiv terapeut og jobbspesialist samlokalisert på fastlegekontoret, slik at fastlegen kunne henvise direkte; modellen bygget på IPS og arbeidsrettet kognitiv terapi.',
    CHECK_LOCALLY,
  ],
  whoMayQualify: ['Personer som på grunn av psykiske helseplager trenger hjelp til å komme i eller beholde arbeid; målgruppen avhenger av det lokale tilbudet.'],
  whoDecides: 'NAV og behandlingstilbudet sammen.',
  howGpSuggests: [
    { channel: 'dialogue_message', howTo: 'Spør NAV-veilederen om det finnes et IPS-tilbud med jobbspesialist for pasienten.' },
    { channel: 'other', howTo: 'Der jobbspesialist er knyttet til legekontoret eller behandlingsstedet, henvis etter lokal rutine.' },
  ],
  misunderstandings: [],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('tiltak', 'senter-for-jobbmestring')],
  sources: [report('003', 'L252–258 (samarbeidsmodellen i fastlegeprosjektet)')],
};

const healthInWork: NavMeasureEntry = {
  slug: 'helseiarbeid',
  title: 'HelseIArbeid',
  titleEn: 'HelseIArbeid (health in work)',
  category: 'work_oriented_measure',
  summary: 'Rask tverrfaglig utredning og arbeidsfokusert avklaring i spesialisthelsetjenesten etter henvisning fra fastlegen.',
  whatItIs: [
    'HelseIArbeid består av et bedriftstiltak og et individtiltak. Individtiltaket er et tilbud i spesialisthelsetjenesten med rask tverrfaglig utredning og arbeidsfokusert avklaring etter henvisning fra fastlege, der både spesialisthelsetjenesten og NAV inngår i teamet.',
    'Tilbudet har i første rekke vært gitt i de tre nordligste fylkene (per rapport 003). ' + CHECK_LOCALLY,
  ],
  whoMayQualify: ['Arbeidstakere som står i fare for å falle utenfor arbeidslivet på grunn av muskel- og skjelettlidelser og/eller psykiske plager.'],
  whoDecides: 'Spesialisthelsetjenesten vurderer henvisningen.',
  howGpSuggests: [{ channel: 'other', howTo: 'Henvis til individtiltaket i spesialisthelsetjenesten der tilbudet finnes.' }],
  misunderstandings: [],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('tiltak', 'arbeidsrettet-rehabilitering')],
  sources: [report('003', 'L222 (HelseIArbeid)')],
};

const workAssessmentAllowance: NavMeasureEntry = {
  slug: 'arbeidsavklaringspenger',
  title: 'Arbeidsavklaringspenger (AAP)',
  titleEn: 'Work assessment allowance (AAP)',
  category: 'benefit',
  summary: 'Ytelse når arbeidsevnen er nedsatt med minst halvparten på grunn av sykdom eller skade, ofte etter at sykepengene tar slutt.',
  whatItIs: [
    'Arbeidsavklaringspenger sikrer inntekt mens personen får behandling eller arbeidsrettede tiltak, når arbeidsevnen er nedsatt med minst halvparten på grunn av sykdom eller skade. Overgangen er ofte aktuell når sykepengene tar slutt (maksdato: 248 sykepengedager, om lag 52 uker).',
    'I Kristiansand ber NAV personen om å holde jevnlig kontakt med fastlegen under AAP, for eksempel en konsultasjon hver tredje måned, og kaller inn til minst ett dialogmøte i løpet av det første året med AAP.',
  ],
  whoMayQualify: ['Personer med arbeidsevne nedsatt med minst halvparten på grunn av sykdom, skade eller lyte, som trenger behandling eller arbeidsrettede tiltak.'],
  whoDecides: 'NAV fatter vedtak.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Svar på de valgfrie spørsmålene om AAP når sykmeldingen passerer 39 uker.' },
    { channel: 'medical_declaration', howTo: 'Fyll ut legeerklæring ved arbeidsuførhet (L40) når NAV bestiller den, med sykdom, funksjon, behandling og prognose.' },
  ],
  misunderstandings: ['Fastleger får ofte ikke vite om AAP-vedtak, startdato og varighet, heller ikke når de spør.'],
  legalBasis: [law('ftrl 11-5'), law('ftrl 8-12')],
  relatedSickNoteFields: [
    { field: 'Sykmelding: valgfrie spørsmål om AAP ved 39 uker (takst L4)', note: null },
    { field: 'Legeerklæring ved arbeidsuførhet, NAV 08-07.08 (takst L40)', note: 'Bestilles av NAV' },
  ],
  related: [ref('artikkel', 'funksjonsvurdering-og-arbeidsevnevurdering'), ref('artikkel', 'dialogmoter-og-fastlegens-takster')],
  sources: [report('001', 'L1694–1696, L1959–1975, L3279–3291 (Kristiansand)'), domainFacts('§2 (maksdato, etter)'), lovdata('ftrl 11-5'), lovdata('ftrl 8-12')],
};

const workplaceAdjustment: NavMeasureEntry = {
  slug: 'tilrettelegging-og-tilskudd',
  title: 'Tilrettelegging på arbeidsplassen og tilskudd til arbeidsgiver',
  titleEn: 'Workplace adjustment and grants to the employer',
  category: 'work_oriented_measure',
  summary: 'Arbeidsgiver skal tilrettelegge for arbeidstakere med redusert arbeidsevne; NAV kan i noen tilfeller gi arbeidsgiver tilskudd.',
  whatItIs: [
    'Arbeidsgiveren har plikt til å tilrettelegge arbeidet for en arbeidstaker med redusert arbeidsevne, så langt det er mulig.',
    'NAV kan i noen tilfeller gi arbeidsgiveren økonomisk støtte, for eksempel tilskudd til ekspertbistand ved langvarig eller hyppig sykefravær. ' + CHECK_LOCALLY,
  ],
  whoMayQualify: ['Arbeidstakere med redusert arbeidsevne og deres arbeidsgivere.'],
  whoDecides: 'Arbeidsgiveren tilrettelegger; NAV avgjør søknader om tilskudd.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Beskriv i innspillet til arbeidsgiver hva pasienten kan gjøre og hvilke tilpasninger som trengs.' },
    { channel: 'dialogue_meeting', howTo: 'Drøft tilrettelegging og mulige tilskudd med arbeidsgiver og NAV.' },
  ],
  misunderstandings: ['Fastleger ønsker å vite hvordan NAV og arbeidsgiver har vurdert mulighetene for tilrettelegging.'],
  legalBasis: [law('aml 4-6')],
  relatedSickNoteFields: [{ field: 'Sykmelding: innspill til arbeidsgiver om tilrettelegging', note: null }],
  related: [ref('artikkel', 'oppfolgingsplanen'), ref('tiltak', 'avventende-sykmelding')],
  sources: [report('001', 'L1706–1712 (hva fastlegene mangler), L3065–3067 (tilretteleggingsplikten)'), lovdata('aml 4-6')],
};

const fasterBack: NavMeasureEntry = {
  slug: 'raskere-tilbake',
  title: '«Raskere tilbake»',
  titleEn: '"Faster back" scheme',
  category: 'work_oriented_measure',
  summary: 'En statlig satsing for å få sykmeldte raskere tilbake til arbeid; tema for forsøket med praksiskonsulenter i NAV (2008).',
  whatItIs: [
    '«Raskere tilbake» var en satsing for å få sykmeldte raskere tilbake i arbeid. I forsøket med praksiskonsulenter i NAV (PKO-NAV) i 2008 ble temaene bevisst avgrenset til sykmelding og «Raskere tilbake».',
    'Rapportene sier ikke hvordan ordningen er organisert i dag; sjekk med NAV om og i hvilken form tilbudet finnes.',
  ],
  whoMayQualify: ['Rapportene beskriver ikke vilkårene.'],
  whoDecides: null,
  howGpSuggests: [{ channel: 'dialogue_message', howTo: 'Spør NAV om det finnes et tilsvarende tilbud om raskere behandling eller avklaring for pasienten.' }],
  misunderstandings: [],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('modell', 'praksiskonsulentordningen')],
  sources: [report('000', 'L95–100')],
};

const healthyLivingPrescription: NavMeasureEntry = {
  slug: 'frisklivsresept',
  title: 'Frisklivsresept',
  titleEn: 'Healthy-living prescription',
  category: 'local_practice',
  summary: 'En tre måneders resept til kommunens frisklivssentral, som lege, annet helsepersonell eller NAV kan skrive ut.',
  whatItIs: [
    'Frisklivssentraler er kommunale lavterskeltilbud med veiledning og oppfølging innenfor fysisk aktivitet, kosthold og tobakksbruk. En frisklivsresept varer i tre måneder og starter med en helsesamtale om motivasjon og muligheter.',
  ],
  whoMayQualify: ['Personer som trenger hjelp til å endre levevaner; tilbudet er kommunalt og varierer.'],
  whoDecides: 'Frisklivssentralen.',
  howGpSuggests: [{ channel: 'other', howTo: 'Skriv ut en frisklivsresept og henvis til frisklivssentralen i kommunen.' }],
  misunderstandings: [],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('modell', 'bardu-frisklivssentral')],
  sources: [report('002', '§2.9 (L1043–1089)'), report('001', 'L3512–3515 (Frisklivssentralen i Lillestrøm-piloten)')],
};

const ferskvare1234: NavMeasureEntry = {
  slug: 'ferskvare-1234',
  title: 'Ferskvare 1234 (lokal praksis i Larvik)',
  titleEn: 'Ferskvare 1234 (local practice in Larvik)',
  category: 'local_practice',
  summary: 'Hver sykmelding får en klasse 1–4 som sier hvem som best kan bidra til at fraværet blir kortest mulig.',
  whatItIs: [
    'En lokal praksis mellom fastlegene og NAV i Larvik fra 2011: alle sykmeldinger klassifiseres som 1 (kortvarig, trenger ikke hjelp), 2 (medisinsk, legen følger opp), 3 (arbeidsgiver kan/bør tilrettelegge) eller 4 (legen vil at NAV skal starte oppfølging).',
    'Dialogmøter holdes når behovet er der; NAV har en kalender over når legene er ledige, og legemøtene er på legekontoret.',
  ],
  whoMayQualify: ['Alle sykmeldte hos fastleger som deltar i ordningen.'],
  whoDecides: 'Legen og den sykmeldte velger klassen sammen.',
  howGpSuggests: [{ channel: 'sick_note', howTo: 'Angi klasse 1–4 i sykmeldingen etter lokal avtale med NAV.' }],
  misunderstandings: [],
  legalBasis: [],
  relatedSickNoteFields: [],
  related: [ref('modell', 'larvik-ferskvare-1234'), ref('tiltak', 'dialogmote-1')],
  sources: [report('002', '§2.8 (L980–1042)')],
};

export const WORK_MEASURES: readonly NavMeasureEntry[] = [
  workOrientedRehabilitation,
  jobCopingCentre,
  individualJobSupport,
  healthInWork,
  workAssessmentAllowance,
  workplaceAdjustment,
  fasterBack,
  healthyLivingPrescription,
  ferskvare1234,
];
