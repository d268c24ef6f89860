/**
 * Short, sourced rules-and-roles articles (issue 11, point 4). Bodies are short markdown paragraphs
 * in bokmål; internal links go to `/kunnskap/<modell|tiltak|artikkel>/<slug>` and the shipped-data
 * test checks that each one resolves. Statements come from the reports (file and lines in
 * `sources`) or from the law paragraphs named in `legalReferences`.
 */
import type { RulesArticle } from '../domain/knowledge.js';
import { domainFacts, law, lovdata, ref, report } from './knowledge-sources.js';

const functionVsWorkCapacity: RulesArticle = {
  slug: 'funksjonsvurdering-og-arbeidsevnevurdering',
  title: 'Funksjonsvurdering og arbeidsevnevurdering',
  titleEn: 'Function assessment and work-capacity assessment',
  topic: 'assessment',
  summary: 'Legen vurderer pasientens funksjon; NAV vurderer arbeidsevnen. En god funksjonsvurdering beskriver hva pasienten kan gjøre, ikke bare diagnosen.',
  body: [
    'Legen er ansvarlig for den medisinske vurderingen og for vurderingen av pasientens **funksjon**: hvordan sykdommen konkret påvirker det pasienten kan gjøre i dagliglivet og i arbeidsoppgavene, hvilke muligheter for tilrettelegging som finnes, og om gradert sykmelding er et alternativ. **Arbeidsevnen** er NAVs vurdering. Rapport 001 sier det slik: legen skal uttale seg om funksjon, og NAV om arbeidsevne.',
    'NAV-veiledere etterspør konkrete beskrivelser av hva pasienten *kan* gjøre, hvordan plagene gir seg utslag i bestemte oppgaver, legens egne vurderinger (ikke generell kunnskap om diagnosen), behandlingsplan og prognose, og en begrunnelse for sykmeldingsgraden, særlig ved 100 %. Skill symptombeskrivelsen fra hvordan symptomene påvirker funksjon og arbeid.',
    'Begrepet funksjonsvurdering forstås ulikt. En leges funksjonsvurdering er ofte bredere enn sykmeldingen trenger, og uten en spisset bestilling blir den fort «alt og ingenting». Spissede spørsmål fra NAV og konkrete svar fra legen hjelper begge, og gjør at det ikke deles mer enn nødvendig (se [hva NAV kan be om og fastlegen dele](/kunnskap/artikkel/hva-nav-kan-be-om-og-fastlegen-kan-dele)).',
    'Verktøy som har hjulpet lokalt: Norsk funksjonsskjema (Kristiansand), et felles kartleggingsskjema «Funksjon i arbeid» (Ringsaker) og ICIT-listene (problemliste, jobbliste og mulighetsliste) i Ringerike. Se også [gradert sykmelding](/kunnskap/tiltak/gradert-sykmelding) og [arbeidsavklaringspenger](/kunnskap/tiltak/arbeidsavklaringspenger), der legeerklæringen (L40) beskriver sykdom, funksjon, behandling og prognose.',
  ],
  legalReferences: [law('ftrl 8-4'), law('ftrl 8-7')],
  sources: [
    report('001', 'L302–311 (legens ansvar), L1508–1568 (hva NAV etterspør), L1569–1572 (sitat), L2494–2503 (funksjon vs. arbeidsevne)'),
    report('001', 'L3280 (Norsk funksjonsskjema), L3979–3981 (ICIT), L4389–4397 (kartleggingsskjema)'),
    lovdata('ftrl 8-4'),
  ],
  related: [ref('artikkel', 'arbeidsuforhet-etter-8-4'), ref('tiltak', 'gradert-sykmelding'), ref('artikkel', 'hva-nav-kan-be-om-og-fastlegen-kan-dele')],
};

const activityRequirement: RulesArticle = {
  slug: 'aktivitetskravet',
  title: 'Aktivitetskravet (folketrygdloven § 8-8, uke 8)',
  titleEn: 'The activity requirement (section 8-8, week 8)',
  topic: 'rules',
  summary: 'Senest ved 8 uker med full sykmelding skal den sykmeldte være i arbeidsrelatert aktivitet, med mindre medisinske grunner klart er til hinder eller aktivitet ikke kan gjennomføres på arbeidsplassen.',
  body: [
    'Den sykmeldte skal medvirke og være i arbeidsrelatert aktivitet så tidlig som mulig, og senest når hen har vært helt arbeidsufør i 8 uker (folketrygdloven § 8-8). Sykmeldingen utløser aktivitetskravet: vurderingen av mulighet for arbeid innen 8 uker.',
    'Unntak gjøres når medisinske grunner klart er til hinder for arbeidsrelatert aktivitet, eller når slik aktivitet ikke kan gjennomføres på arbeidsplassen. Legeerklæringen ved 8 uker må dokumentere de medisinske grunnene konkret; se [unntak fra aktivitetskravet](/kunnskap/tiltak/unntak-fra-aktivitetskravet).',
    'Arbeidsrelatert aktivitet kan for eksempel være [gradert sykmelding](/kunnskap/tiltak/gradert-sykmelding) eller tilrettelagt arbeid. NAV vurderer kravet og eventuelle unntak; legen vurderer og beskriver funksjon ([funksjonsvurdering og arbeidsevnevurdering](/kunnskap/artikkel/funksjonsvurdering-og-arbeidsevnevurdering)).',
    'Misforståelser rapportene nevner: fastleger har følt seg overprøvd på 8-ukerskravet, og en fastlege trodde NAV så sykmeldingen med en gang; NAV ser vanligvis på den først etter 8 uker. Vil du drøfte noe med NAV før 8 uker, be om [tidlig dialogmøte](/kunnskap/tiltak/tidlig-dialogmote).',
  ],
  legalReferences: [law('ftrl 8-8')],
  sources: [report('001', 'L1550–1553, L1823–1827, L1945, L3179–3181, L4371–4373'), domainFacts('§2 (uke 8)'), lovdata('ftrl 8-8')],
  related: [ref('tiltak', 'unntak-fra-aktivitetskravet'), ref('artikkel', 'arbeidsuforhet-etter-8-4')],
};

const whatMayBeShared: RulesArticle = {
  slug: 'hva-nav-kan-be-om-og-fastlegen-kan-dele',
  title: 'Hva NAV kan be om, og hva fastlegen kan dele (folketrygdloven § 21-4)',
  titleEn: 'What NAV may ask for and the GP may share (section 21-4)',
  topic: 'information_sharing',
  summary: 'NAV kan innhente de opplysningene som er nødvendige for saken, også fra legen; legen skal gi dem, men ikke mer. Spissede spørsmål og konkrete svar er dataminimering i praksis.',
  body: [
    'Folketrygdloven § 21-4 gir NAV rett til å innhente opplysninger som er nødvendige for å behandle en sak, også fra leger og annet helsepersonell, uten hinder av taushetsplikten. Nøkkelordet er *nødvendige*: det som trengs i denne saken, ikke alt legen vet.',
    'Rapport 001 finner at lav kunnskap om regelverket er en større barriere enn regelverket selv: «I den ene enden sendes hele journaler – og i andre enden kan man ikke svare på noe.» Når NAV ikke kan forklare hva saken dreier seg om, risikerer legen å dele mer enn nødvendig. En rådgivende lege viser til § 21-4: NAV skal opplyse fastlegen godt nok til at legen vet hva som er hensiktsmessig, og det er et poeng for dataminimering.',
    'Fra huskelistene i Kristiansand: Svar konkret på spissede spørsmål. Ikke send hele epikriser med mindre NAV ber spesifikt om det. NAV sender spissede spørsmål og avslutter heller med ett åpent spørsmål, og velger takst etter hvor mye informasjon som trengs (L8 eller L40); se [dialogmøter og fastlegens takster](/kunnskap/artikkel/dialogmoter-og-fastlegens-takster).',
    'Arbeidsgiveren får sykmeldingen uten diagnose og skal ikke ha medisinske opplysninger. I [oppfølgingsplanen](/kunnskap/artikkel/oppfolgingsplanen) og i dialogmøtet handler det om funksjon og tilrettelegging.',
  ],
  legalReferences: [law('ftrl 21-4')],
  sources: [
    report('001', 'L1856–1900 (personvern og taushetsplikt), L3256–3260 og L3317–3352 (huskelister i Kristiansand)'),
    domainFacts('§1 (roller: arbeidsgiver)'),
    lovdata('ftrl 21-4'),
  ],
  related: [ref('artikkel', 'funksjonsvurdering-og-arbeidsevnevurdering'), ref('artikkel', 'radgivende-lege')],
};

const localOfficeVsUnits: RulesArticle = {
  slug: 'nav-kontoret-og-saksbehandlingsenhetene',
  title: 'NAV-kontoret og NAVs saksbehandlingsenheter',
  titleEn: 'The local NAV office and the case-processing units',
  topic: 'roles',
  summary: 'Syfo-veilederen på det lokale NAV-kontoret følger opp den sykmeldte og dialogen med legen; ytelser og utbetalinger behandles i egne saksbehandlingsenheter.',
  body: [
    'Fastleger blander ofte sammen hva som løses lokalt på NAV-kontoret og hva som håndteres i NAVs saksbehandlingsenheter. Smågruppene i Fredrikstad ryddet opp i slike misforståelser og ga legene bedre innsikt i NAV som organisasjon.',
    'På NAV-kontoret er **syfo-veilederen** fastlegens daglige kontakt i sykefraværssaker. Veilederen eier saken, sender dialogmeldinger, bestiller opplysninger (L8 eller L40), kaller inn til [dialogmøte 2](/kunnskap/tiltak/dialogmote-2) og følger opp den sykmeldte og arbeidsgiveren.',
    'Behandling og utbetaling av ytelser som sykepenger og [arbeidsavklaringspenger](/kunnskap/tiltak/arbeidsavklaringspenger) skjer i egne saksbehandlingsenheter (for eksempel NAV Arbeid og ytelser). I Sandefjord er grensen gjort tydelig: syfo-veilederne svarer på spørsmål om selve sykefraværet, ikke om ytelser og utbetalinger.',
    'Hvem ringer jeg? Lege- og behandlertelefonen (åpen kl. 09–15) når både NAV-veiledere og rådgivende leger. Flere steder har veiledere delt direktenumre med fastlegene, eller legekontoret har en fast kontaktperson i NAV. For medisinske spørsmål i saken kan veilederen koble inn [rådgivende lege](/kunnskap/artikkel/radgivende-lege).',
  ],
  legalReferences: [law('ftrl 8-7 a')],
  sources: [
    report('001', 'L2872–2878 (misforståelser om NAV-kontor og saksbehandlingsenheter), L2527–2532 (veileder eier saken), L4657–4663 (Sandefjord)'),
    report('001', 'L3265, L3332 og L5158–5164 (lege- og behandlertelefonen), L3742–3748 og L4739 (direktenumre og kontaktperson)'),
  ],
  related: [ref('artikkel', 'radgivende-lege'), ref('tiltak', 'dialogmote-2')],
};

const advisoryPhysician: RulesArticle = {
  slug: 'radgivende-lege',
  title: 'Rådgivende lege i NAV: hva hen gjør, og ikke gjør',
  titleEn: 'What an advisory physician does and does not do',
  topic: 'roles',
  summary: 'Rådgivende lege gir råd og medisinske vurderinger til veiledere og saksbehandlere, men fatter ikke vedtak og avgjør ikke om vilkårene for en ytelse er oppfylt.',
  body: [
    'NAV har 125 rådgivende leger (ROL) fordelt på fylkene og direktoratet, og 14 koordinerende rådgivende overleger (KROL). Alle er autoriserte leger, fortrinnsvis med spesialistutdanning, og erfaring fra allmennmedisin er ønsket.',
    '**Gjør:** gir veiledning og råd i enkeltsaker til veiledere og saksbehandlere, for eksempel for å forstå medisinske opplysninger eller formulere utdypende spørsmål til legen; overfører kompetanse internt i NAV; er en aktør overfor lokalt og regionalt helsevesen, med vekt på fastleger; driver samfunnsopplysning innen trygdemedisin.',
    '**Gjør ikke:** har ikke vedtaksmyndighet, eier ikke saken og tar ikke stilling til om vilkårene for en ytelse er oppfylt. Veilederen kobler på rådgivende lege ved behov og avgjør selv hvor mye vurderingen skal vektlegges. Rådgivende leger forteller at de ikke er ønsket i dialogmøter.',
    'Mange fastleger kjenner ikke tjenesten; rådgivende lege «oppfattes mer som en tittel enn et menneske». Der den brukes aktivt, i smågrupper, kurs, besøk på legekontor og med en e-postadresse for å bestille en samtale (Kristiansand), blir den en «oversetter» mellom NAV og fastlegene. Se også [praksiskonsulentordningen](/kunnskap/modell/praksiskonsulentordningen) og [NAV-kontoret og saksbehandlingsenhetene](/kunnskap/artikkel/nav-kontoret-og-saksbehandlingsenhetene).',
  ],
  legalReferences: [],
  sources: [
    report('001', 'L553–615 (den rådgivende legetjenesten), L2527–2532 (veileder eier saken), L2245, L2373 (oversetter-kompetanse), L3271–3272 (e-postadresse), L5375–5377 (dialogmøter)'),
    report('000', 'L30–38 (PKO-NAV: rådgivende overlege og praksiskonsulent som team)'),
    domainFacts('§1 (roller)'),
  ],
  related: [ref('artikkel', 'nav-kontoret-og-saksbehandlingsenhetene'), ref('modell', 'praksiskonsulentordningen')],
};

const incapacityForWork: RulesArticle = {
  slug: 'arbeidsuforhet-etter-8-4',
  title: 'Arbeidsuførhet etter folketrygdloven § 8-4',
  titleEn: 'Incapacity for work (section 8-4)',
  topic: 'rules',
  summary: 'Sykepenger forutsetter arbeidsuførhet på grunn av en funksjonsnedsettelse som klart skyldes sykdom eller skade; sosiale eller økonomiske problemer gir ikke rett.',
  body: [
    'Folketrygdloven § 8-4 krever at pasienten er arbeidsufør på grunn av en funksjonsnedsettelse som klart skyldes sykdom eller skade. Arbeidsuførhet som skyldes sosiale eller økonomiske problemer o.l., gir ikke rett til sykepenger. For rett til sykepenger, og senere arbeidsavklaringspenger eller uføretrygd, må det foreligge en diagnose som reduserer arbeidsevnen, og legen må ha undersøkt pasienten.',
    'Arbeidsuførheten vurderes først mot pasientens vanlige arbeid. Perioden man kan få sykepenger som bare yrkesufør, og ikke generelt arbeidsufør, er i utgangspunktet 12 uker (rapport 003).',
    '§ 8-4 gir også misforståelser. I Lillestrøm mente noen syfo-veiledere at arbeidsrettet oppfølging i en pilot stred mot loven med tanke på jobbsøking under sykmelding; det ble løst ved å avklare at oppfølgingen var et tiltak. I fastlegeprosjektet ble det spurt om deltakere som søkte jobb aktivt, var for friske til sykepenger; da kan [friskmelding til arbeidsformidling](/kunnskap/tiltak/friskmelding-til-arbeidsformidling) være ordningen.',
    'Når pasienten ikke er arbeidsufør for alt arbeid, vurder [gradert sykmelding](/kunnskap/tiltak/gradert-sykmelding) eller [avventende sykmelding](/kunnskap/tiltak/avventende-sykmelding). Se også [aktivitetskravet](/kunnskap/artikkel/aktivitetskravet).',
  ],
  legalReferences: [law('ftrl 8-4'), law('ftrl 8-5')],
  sources: [
    report('001', 'L295–303 (undersøkelse og diagnose), L3646–3656 (Lillestrøm)'),
    report('003', 'L689–691 (§ 8-4 og 12 uker som yrkesufør), L1277 (§ 8-5)'),
    lovdata('ftrl 8-4'),
  ],
  related: [ref('artikkel', 'aktivitetskravet'), ref('tiltak', 'friskmelding-til-arbeidsformidling')],
};

const meetingsAndTariffs: RulesArticle = {
  slug: 'dialogmoter-og-fastlegens-takster',
  title: 'Dialogmøtene og fastlegens takster',
  titleEn: 'The dialogue meetings and the GP’s tariffs',
  topic: 'meetings',
  summary: 'Dialogmøte 1 (arbeidsgiver, innen 7 uker), dialogmøte 2 (NAV, innen 26 uker) og dialogmøte 3 ved behov, og takstene legen bruker for sykmelding, erklæringer og møter.',
  body: [
    '**Dialogmøtene.** [Dialogmøte 1](/kunnskap/tiltak/dialogmote-1) innkalles av arbeidsgiveren senest innen 7 uker; fastlegen deltar når den blir innkalt. [Dialogmøte 2](/kunnskap/tiltak/dialogmote-2) innkalles av NAV senest innen 26 uker, med sykmelder til stede med mindre det er åpenbart unødvendig. [Dialogmøte 3](/kunnskap/tiltak/dialogmote-3) holdes ved behov. Legen kan be om [tidlig dialogmøte](/kunnskap/tiltak/tidlig-dialogmote) i sykmeldingen.',
    'Rapport 001 anbefaler å bruke dialogmøtene mer aktivt: invitere alle aktuelle aktører, holde første møte i tide og gjøre kjent at fastleger kan bruke takst for dialogmøte 1. Møter på legekontoret regnes som en suksessfaktor. I Larvik holdes møtene når behovet er der ([Ferskvare 1234](/kunnskap/modell/larvik-ferskvare-1234)).',
    '**Takstene.** L1: sykmelding. L4: når sykmeldingen passerer 7, 17 eller 39 uker, med obligatoriske utdypende spørsmål (og valgfrie AAP-spørsmål ved 39 uker). L8: tilleggsopplysninger på NAVs fritekstspørsmål. L40: legeerklæring ved arbeidsuførhet (NAV 08-07.08), som NAV bestiller. Dialogmøtetakst: legens deltakelse i dialogmøte. Takst 14: møtegodtgjørelse, 909 kroner per halvtime i rapport 001, brukt blant annet for smågrupper med NAV. En «melding fra NAV» utløser ingen takst.',
    'NAVs huskeliste sier: sørg for at L-taksten passer omfanget av informasjonen du ber om (L8 eller L40). Mange etterlyser en egen takst for samarbeid mellom NAV og sykmelder; rapport 001 anbefaler først å klargjøre hva dialogmøtetaksten og takst 14 dekker. Beløp og regler endres over tid.',
  ],
  legalReferences: [law('aml 4-6'), law('ftrl 8-7 a')],
  sources: [
    report('001', 'L1121–1129 (dialogmøter), L1951–1983 (L1, L4, L40, L8), L2811–2813 (takst 14), L3344–3352 (huskeliste), L4233–4235 (dialogmøtetakst)'),
    report('001', 'L5373–5391 (mer aktiv bruk av dialogmøter), L5531–5547 (takster)'),
    domainFacts('§2, §4'),
  ],
  related: [ref('tiltak', 'dialogmote-1'), ref('tiltak', 'dialogmote-2'), ref('artikkel', 'oppfolgingsplanen')],
};

const followUpPlan: RulesArticle = {
  slug: 'oppfolgingsplanen',
  title: 'Oppfølgingsplanen (arbeidsmiljøloven § 4-6)',
  titleEn: 'The follow-up plan (Working Environment Act section 4-6)',
  topic: 'follow_up',
  summary: 'Arbeidsgiver og arbeidstaker lager en oppfølgingsplan senest innen 4 uker; den sendes til sykmelder så snart den er laget, og er grunnlaget for dialogmøte 1.',
  body: [
    'Arbeidsmiljøloven § 4-6 pålegger arbeidsgiveren å tilrettelegge for arbeidstakere med redusert arbeidsevne så langt det er mulig, og å utarbeide en oppfølgingsplan for tilbakeføring til arbeid sammen med arbeidstakeren senest innen 4 uker, med mindre det er åpenbart unødvendig. Planen sendes til sykmelder så snart den er utarbeidet, og ligger til grunn for [dialogmøte 1](/kunnskap/tiltak/dialogmote-1).',
    'Planen skal inneholde en vurdering av arbeidsoppgavene og arbeidsevnen, aktuelle tiltak i regi av arbeidsgiveren, aktuelle tiltak med bistand fra myndighetene og en plan for videre oppfølging.',
    'Fastleger opplever ofte planene som lite nyttige; i Sandefjord «maser» NAV på arbeidsgiverne. I Ringerike laget NAV og kommunens enhetsledere en bedre oppfølgingsplan med mer konkret informasjon om arbeidsoppgavene, slik at legen, pasienten og arbeidsgiveren lettere finner tilrettelegging. I spørreundersøkelsen mente 68 % at en bedre plan er hensiktsmessig og halvparten at den er gjennomførbar; det mangler tekniske løsninger for å samarbeide om planen.',
    'Arbeidsgiveren får ikke diagnosen. Legen bidrar best med funksjon og muligheter: hva pasienten kan gjøre, og hvilken tilrettelegging som trengs. Se [avventende sykmelding](/kunnskap/tiltak/avventende-sykmelding), [tilrettelegging og tilskudd](/kunnskap/tiltak/tilrettelegging-og-tilskudd) og [hva NAV kan be om og fastlegen dele](/kunnskap/artikkel/hva-nav-kan-be-om-og-fastlegen-kan-dele).',
  ],
  legalReferences: [law('aml 4-6')],
  sources: [
    report('001', 'L3065–3067 (tilretteleggingsplikten), L4008–4014 (Ringerike), L4127–4138 (spørreundersøkelsen), L4594–4600 (Sandefjord: «å mase»)'),
    domainFacts('§2 (uke 4)'),
    lovdata('aml 4-6'),
  ],
  related: [ref('tiltak', 'dialogmote-1'), ref('tiltak', 'tilrettelegging-og-tilskudd')],
};

export const RULES_ARTICLES: readonly RulesArticle[] = [
  functionVsWorkCapacity,
  activityRequirement,
  whatMayBeShared,
  localOfficeVsUnits,
  advisoryPhysician,
  incapacityForWork,
  meetingsAndTariffs,
  followUpPlan,
];
