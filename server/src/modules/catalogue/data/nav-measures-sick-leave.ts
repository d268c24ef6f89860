/**
 * NAV's sick-leave options and the dialogue meetings, as a GP meets them in the sick note and in
 * messages. Bokmål. Only what the reports, domain.md or well-established public rules support.
 */
import type { NavMeasureEntry } from '../domain/knowledge.js';
import { domainFacts, law, lovdata, ref, report } from './knowledge-sources.js';

const gradedSickLeave: NavMeasureEntry = {
  slug: 'gradert-sykmelding',
  title: 'Gradert sykmelding',
  titleEn: 'Graded sick leave',
  category: 'sick_leave_option',
  summary: 'Pasienten er delvis i arbeid og delvis sykmeldt; flere perioder med ulik grad kan settes i samme sykmelding.',
  whatItIs: [
    'En sykmelding der pasienten arbeider en del av tiden eller utfører en del av oppgavene. Sykmeldingsgraden sier hvor stor del av arbeidet pasienten ikke kan utføre, og NAV utbetaler graderte sykepenger for den delen.',
    'Flere perioder med ulik grad kan legges inn i én og samme sykmelding, for eksempel full sykmelding først og deretter gradert opptrapping.',
  ],
  whoMayQualify: [
    'Personer med rett til sykepenger som kan utføre deler av arbeidet sitt, eventuelt med tilrettelegging.',
    'Arbeidsevnen må være redusert med minst 20 prosent for graderte sykepenger.',
  ],
  whoDecides: 'Legen vurderer og foreslår grad i sykmeldingen; NAV avgjør retten til sykepenger.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Velg gradert sykmelding og oppgi grad per periode; beskriv hva pasienten kan gjøre og hva som må tilrettelegges.' },
    { channel: 'dialogue_meeting', howTo: 'Drøft gradering og tilrettelegging med arbeidsgiver og NAV i dialogmøtet.' },
  ],
  misunderstandings: [
    'Mange fastleger visste ikke at flere perioder med ulik grad kan settes i én sykmelding.',
    'NAV etterspør en tydeligere begrunnelse når sykmeldingen er 100 %: hvorfor gradering ikke er mulig og hvordan tilrettelegging er vurdert.',
  ],
  legalBasis: [law('ftrl 8-13')],
  relatedSickNoteFields: [{ field: 'Sykmelding: gradert sykmelding (grad i prosent per periode)', note: 'Flere perioder kan legges inn i samme sykmelding' }],
  related: [ref('tiltak', 'avventende-sykmelding'), ref('artikkel', 'funksjonsvurdering-og-arbeidsevnevurdering'), ref('artikkel', 'oppfolgingsplanen')],
  sources: [report('001', 'L305–311, L1526–1530 (begrunnelse for sykmeldingsgrad), L4619–4625 (flere perioder, Sandefjord)'), lovdata('ftrl 8-13')],
};

const pendingSickNote: NavMeasureEntry = {
  slug: 'avventende-sykmelding',
  title: 'Avventende sykmelding',
  titleEn: 'Pending sick note',
  category: 'sick_leave_option',
  summary: 'Pasienten kan være i arbeid hvis arbeidsgiver tilrettelegger; legen beskriver hvilken tilrettelegging som trengs.',
  whatItIs: [
    'En sykmelding som sier at pasienten kan være i arbeid dersom arbeidsgiveren tilrettelegger. Legen beskriver konkret hva som må tilrettelegges, og sykmeldingen brukes bare hvis arbeidsgiveren ikke kan tilrettelegge.',
    'Avventende sykmelding kan bare brukes i arbeidsgiverperioden (de første 16 dagene) og for inntil 16 dager.',
  ],
  whoMayQualify: ['Arbeidstakere der tilrettelegging på arbeidsplassen kan gjøre at sykmelding unngås.'],
  whoDecides: 'Arbeidsgiveren avgjør om tilretteleggingen er mulig; legen foreslår.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Kryss av for avventende sykmelding og skriv et konkret innspill til arbeidsgiver om tilretteleggingen.' },
  ],
  misunderstandings: [],
  legalBasis: [law('aml 4-6')],
  relatedSickNoteFields: [{ field: 'Sykmelding: avventende sykmelding med innspill til arbeidsgiver', note: null }],
  related: [ref('tiltak', 'gradert-sykmelding'), ref('artikkel', 'oppfolgingsplanen')],
  sources: [report('001', 'L1945–1951 (sykmeldingsblanketten), L3301–3306 (Kristiansand: prøv avventende sykmelding)'), lovdata('aml 4-6')],
};

const travelGrant: NavMeasureEntry = {
  slug: 'reisetilskudd',
  title: 'Reisetilskudd',
  titleEn: 'Travel grant instead of sick pay',
  category: 'sick_leave_option',
  summary: 'I stedet for sykepenger dekkes nødvendige ekstra reiseutgifter når pasienten kan arbeide, men ikke reise som vanlig.',
  whatItIs: [
    'I stedet for sykepenger kan NAV dekke nødvendige ekstra utgifter til reise mellom hjem og arbeid, når pasienten kan arbeide, men midlertidig ikke kan reise til arbeidet på vanlig måte.',
  ],
  whoMayQualify: ['Personer med rett til sykepenger som er arbeidsføre, men som på grunn av sykdom eller skade ikke kan reise til arbeidet som vanlig.'],
  whoDecides: 'NAV avgjør; legen foreslår i sykmeldingen.',
  howGpSuggests: [{ channel: 'sick_note', howTo: 'Velg reisetilskudd i sykmeldingen og begrunn hvorfor pasienten ikke kan reise som vanlig.' }],
  misunderstandings: [],
  legalBasis: [law('ftrl 8-14')],
  relatedSickNoteFields: [{ field: 'Sykmelding: reisetilskudd', note: null }],
  related: [ref('tiltak', 'gradert-sykmelding')],
  sources: [lovdata('ftrl 8-14')],
};

const fitForJobPlacement: NavMeasureEntry = {
  slug: 'friskmelding-til-arbeidsformidling',
  title: 'Friskmelding til arbeidsformidling',
  titleEn: 'Declared fit for job placement',
  category: 'sick_leave_option',
  summary: 'Sykepenger i en begrenset periode (inntil 12 uker) mens personen søker nytt arbeid med hjelp fra NAV.',
  whatItIs: [
    'En tidsbegrenset ordning for sykmeldte som ikke kan gå tilbake til sitt gamle arbeid, men som er friske nok til annet arbeid: de kan få sykepenger i inntil 12 uker mens de søker nytt arbeid med bistand fra NAV.',
    'NAV gir beskjed til fastlegen med en dialogmelding («friskmeldt til arbeidsformidling»).',
  ],
  whoMayQualify: ['Arbeidstakere som ikke kan komme tilbake til arbeidet sitt, men som er arbeidsføre for annet arbeid, og som søker arbeid.'],
  whoDecides: 'NAV avgjør.',
  howGpSuggests: [
    { channel: 'dialogue_message', howTo: 'Foreslå ordningen i en dialogmelding når pasienten er arbeidsfør for annet arbeid, men ikke for den gamle jobben.' },
    { channel: 'dialogue_meeting', howTo: 'Ta det opp i dialogmøtet når det er klart at pasienten ikke kan gå tilbake.' },
  ],
  misunderstandings: [
    'NAV-veiledere har meldt at fastleger foreslår friskmelding til arbeidsformidling i saker der det ikke er aktuelt; ordningen ble derfor presentert i smågruppene i Fredrikstad.',
    'Noen NAV-kontor har en tradisjon for streng tolkning av sykepengeregelverket, herunder friskmelding til arbeidsformidling.',
  ],
  legalBasis: [law('ftrl 8-5')],
  relatedSickNoteFields: [{ field: 'Dialogmelding fra NAV, notat 8127/2: friskmeldt til arbeidsformidling', note: 'domain.md §3' }],
  related: [ref('artikkel', 'arbeidsuforhet-etter-8-4'), ref('tiltak', 'arbeidsavklaringspenger')],
  sources: [
    report('001', 'L2905–2914 (Fredrikstad), L3301–3306 (Kristiansand), L3646–3651 (Lillestrøm)'),
    report('003', 'L1277 (folketrygdloven § 8-5)'),
    domainFacts('§3'),
    lovdata('ftrl 8-5'),
  ],
};

const activityRequirementExemption: NavMeasureEntry = {
  slug: 'unntak-fra-aktivitetskravet',
  title: 'Unntak fra aktivitetskravet (medisinske grunner)',
  titleEn: 'Exemption from the activity requirement (medical reasons)',
  category: 'sick_leave_option',
  summary: 'Ved 8 uker skal den sykmeldte være i arbeidsrelatert aktivitet, med mindre medisinske grunner klart er til hinder.',
  whatItIs: [
    'Senest når pasienten har vært helt sykmeldt i 8 uker, skal pasienten være i arbeidsrelatert aktivitet. Unntak kan gjøres når medisinske grunner klart er til hinder for slik aktivitet, eller når arbeidsrelaterte aktiviteter ikke kan gjennomføres på arbeidsplassen.',
    'Legeerklæringen ved 8 uker må dokumentere de medisinske grunnene som hindrer arbeidsrelatert aktivitet.',
  ],
  whoMayQualify: ['Helt sykmeldte ved 8 uker der medisinske grunner klart hindrer arbeidsrelatert aktivitet.'],
  whoDecides: 'NAV vurderer aktivitetskravet og unntaket; legen dokumenterer de medisinske grunnene.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Beskriv konkret hvorfor medisinske grunner hindrer arbeidsrelatert aktivitet (ikke bare diagnosen) når sykmeldingen passerer 8 uker.' },
  ],
  misunderstandings: [
    'Fastleger har følt seg overprøvd på 8-ukerskravet; kurs og møter med NAV har ryddet opp i misforståelser.',
    'NAV ser ofte først på sykmeldingen etter 8 uker.',
  ],
  legalBasis: [law('ftrl 8-8')],
  relatedSickNoteFields: [{ field: 'Sykmelding: medisinske årsaker hindrer arbeidsrelatert aktivitet', note: 'Utløses av at sykmeldingen passerer 8 uker' }],
  related: [ref('artikkel', 'aktivitetskravet'), ref('tiltak', 'gradert-sykmelding')],
  sources: [report('001', 'L1550–1553, L1823–1827, L1945, L3179–3181, L4371–4373'), domainFacts('§2 (uke 8)'), lovdata('ftrl 8-8')],
};

const earlyDialogue: NavMeasureEntry = {
  slug: 'tidlig-dialogmote',
  title: 'Tidlig dialogmøte og «snarlig dialog»',
  titleEn: 'Early dialogue meeting',
  category: 'follow_up_meeting',
  summary: 'Legen kan be om tidlig dialogmøte eller snarlig dialog med NAV direkte i sykmeldingen.',
  whatItIs: [
    'I sykmeldingen kan legen be om et tidlig dialogmøte og krysse av for «snarlig dialog». Det gir raskere svar fra NAV.',
    'Fastleger har ofte forhold de vil drøfte med NAV før det har gått 8 uker, men opplever at ønsket ikke alltid følges opp, eller at det tar lang tid.',
  ],
  whoMayQualify: ['Sykmeldte der legen ser behov for å involvere NAV eller arbeidsgiver tidlig, for eksempel for å formidle vanskelig informasjon.'],
  whoDecides: 'NAV eller arbeidsgiver innkaller; legen ber om det.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Kryss av for ønske om tidlig dialogmøte eller snarlig dialog.' },
    { channel: 'dialogue_message', howTo: 'Be om dialogmøte i en dialogmelding, for eksempel når informasjon er vanskelig å formidle skriftlig.' },
  ],
  misunderstandings: ['Fastleger opplever at NAV kommer sent inn, først ved dialogmøte 1 i uke 7 eller aktivitetskravet i uke 8.'],
  legalBasis: [],
  relatedSickNoteFields: [{ field: 'Sykmelding: ønsker tidlig dialogmøte / snarlig dialog', note: null }],
  related: [ref('tiltak', 'dialogmote-1'), ref('artikkel', 'dialogmoter-og-fastlegens-takster')],
  sources: [report('001', 'L1119–1121, L1821–1833, L1951, L3295 (Kristiansand)'), domainFacts('§2')],
};

const dialogueMeeting1: NavMeasureEntry = {
  slug: 'dialogmote-1',
  title: 'Dialogmøte 1',
  titleEn: 'Dialogue meeting 1',
  category: 'follow_up_meeting',
  summary: 'Arbeidsgiver innkaller arbeidstakeren til dialogmøte senest innen 7 uker; fastlegen deltar når den blir innkalt.',
  whatItIs: [
    'Et møte mellom arbeidsgiver og arbeidstaker om arbeidssituasjonen og tilrettelegging, senest innen 7 uker etter at sykefraværet startet, med mindre det er åpenbart unødvendig. Oppfølgingsplanen ligger til grunn.',
    'Fastlegen deltar når den blir innkalt. Flere fastleger og NAV-veiledere ønsker mer bruk av fysiske dialogmøter der sykmelder er med, gjerne på legekontoret.',
  ],
  whoMayQualify: ['Arbeidstakere som er helt eller delvis sykmeldte.'],
  whoDecides: 'Arbeidsgiver innkaller og leder møtet.',
  howGpSuggests: [
    { channel: 'sick_note', howTo: 'Be om tidlig dialogmøte i sykmeldingen dersom møtet trengs før uke 7.' },
    { channel: 'dialogue_meeting', howTo: 'Delta når du blir innkalt; legg vekt på hva pasienten kan gjøre og hvilken tilrettelegging som trengs.' },
  ],
  misunderstandings: ['Fastleger kan bruke takst for deltakelse i dialogmøte 1; rapport 001 anbefaler at dette gjøres kjent.'],
  legalBasis: [law('aml 4-6')],
  relatedSickNoteFields: [{ field: 'Takst for dialogmøte (møtegodtgjørelse)', note: 'domain.md §4' }],
  related: [ref('artikkel', 'oppfolgingsplanen'), ref('artikkel', 'dialogmoter-og-fastlegens-takster'), ref('tiltak', 'dialogmote-2')],
  sources: [report('001', 'L1121–1129, L1821–1823, L5373–5391'), report('002', '§2.8 fotnote 6 (L1035–1038)'), domainFacts('§2, §4'), lovdata('aml 4-6')],
};

const dialogueMeeting2: NavMeasureEntry = {
  slug: 'dialogmote-2',
  title: 'Dialogmøte 2',
  titleEn: 'Dialogue meeting 2',
  category: 'follow_up_meeting',
  summary: 'NAV innkaller til dialogmøte 2 senest innen 26 uker; fastlegen deltar med mindre det er åpenbart unødvendig.',
  whatItIs: [
    'Et møte NAV innkaller til, senest innen 26 uker etter at sykefraværet startet, med den sykmeldte, arbeidsgiver og sykmelder. Sykmelder skal delta med mindre det er åpenbart unødvendig.',
    'Invitasjonen til fastlegen kommer som dialogmelding (forespørsel 8125, kode 1 = innkalling, 2 = endring); fastlegen svarer «kommer», «ønsker ny tid» eller «kan ikke komme» (8126).',
  ],
  whoMayQualify: ['Sykmeldte arbeidstakere som fortsatt er sykmeldt; NAV vurderer personen som kandidat fra uke 17.'],
  whoDecides: 'NAV innkaller og leder møtet.',
  howGpSuggests: [
    { channel: 'dialogue_message', howTo: 'Svar på innkallingen i dialogmeldingen; foreslå ny tid hvis tidspunktet ikke passer.' },
    { channel: 'dialogue_meeting', howTo: 'Beskriv funksjon, prognose og hva som skal til for å komme i arbeidsrelatert aktivitet.' },
  ],
  misunderstandings: ['I Larvik (Ferskvare 1234) oppleves dialogmøte 2 som alt for sent; der holdes møter når behovet er der.'],
  legalBasis: [law('ftrl 8-7 a')],
  relatedSickNoteFields: [
    { field: 'Dialogmelding 8125/1–2: innkalling til / endring av dialogmøte 2', note: 'domain.md §3' },
    { field: 'Dialogmelding 8126/1–3: svar på innkalling', note: 'domain.md §3' },
  ],
  related: [ref('tiltak', 'dialogmote-1'), ref('tiltak', 'dialogmote-3'), ref('modell', 'larvik-ferskvare-1234')],
  sources: [domainFacts('§2, §3'), report('002', '§2.8 (L1019–1025)'), lovdata('ftrl 8-7 a')],
};

const dialogueMeeting3: NavMeasureEntry = {
  slug: 'dialogmote-3',
  title: 'Dialogmøte 3',
  titleEn: 'Dialogue meeting 3',
  category: 'follow_up_meeting',
  summary: 'Et møte ved behov, etter initiativ fra NAV eller deltakerne.',
  whatItIs: [
    'NAV kan kalle inn til et tredje dialogmøte ved behov, på eget initiativ eller etter ønske fra deltakerne.',
    'Invitasjonen til fastlegen kommer som dialogmelding (forespørsel 8125, kode 3 = innkalling, 4 = endring).',
  ],
  whoMayQualify: ['Sykmeldte der NAV, arbeidsgiver, arbeidstaker eller sykmelder ser behov for et nytt møte.'],
  whoDecides: 'NAV innkaller.',
  howGpSuggests: [{ channel: 'dialogue_message', howTo: 'Be om et nytt dialogmøte i en dialogmelding dersom situasjonen har endret seg.' }],
  misunderstandings: [],
  legalBasis: [law('ftrl 8-7 a')],
  relatedSickNoteFields: [{ field: 'Dialogmelding 8125/3–4: innkalling til / endring av dialogmøte 3', note: 'domain.md §3' }],
  related: [ref('tiltak', 'dialogmote-2'), ref('artikkel', 'dialogmoter-og-fastlegens-takster')],
  sources: [domainFacts('§3'), lovdata('ftrl 8-7 a')],
};

export const SICK_LEAVE_MEASURES: readonly NavMeasureEntry[] = [
  gradedSickLeave,
  pendingSickNote,
  travelGrant,
  fitForJobPlacement,
  activityRequirementExemption,
  earlyDialogue,
  dialogueMeeting1,
  dialogueMeeting2,
  dialogueMeeting3,
];
