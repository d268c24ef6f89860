import { defineTexts } from './i18n/texts';

export const shellTexts = defineTexts({
  nb: {
    productName: 'Samhandling',
    skipToContent: 'Gå til hovedinnhold',
    mainNavigation: 'Hovedmeny',
    menu: 'Meny',
    signOut: 'Logg ut',
    switchLanguage: 'Bytt språk til engelsk',
    navDirectory: 'Katalog',
    navPatients: 'Pasienter',
    navPeople: 'Personer',
    navMyPage: 'Min side',
    navAccessLog: 'Hvem har sett mine opplysninger',
    navAudit: 'Revisjonslogg',
    navImport: 'Katalogimport',
  },
  en: {
    productName: 'Samhandling',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main menu',
    menu: 'Menu',
    signOut: 'Sign out',
    switchLanguage: 'Change language to Norwegian',
    navDirectory: 'Directory',
    navPatients: 'Patients',
    navPeople: 'People',
    navMyPage: 'My page',
    navAccessLog: 'Who has seen my information',
    navAudit: 'Audit log',
    navImport: 'Directory import',
  },
});

export const pageTexts = defineTexts({
  nb: {
    home: 'Forside',
    welcome: (name: string) => `Velkommen, ${name}`,
    shortcuts: 'Snarveier',
    notFoundTitle: 'Fant ikke siden',
    notFoundBody: 'Siden du leter etter finnes ikke, eller adressen er skrevet feil.',
    backHome: 'Gå til forsiden',
    errorTitle: 'Noe gikk galt',
    errorBody: 'Det oppstod en uventet feil. Prøv å laste siden på nytt.',
    reload: 'Last siden på nytt',
    noAccessTitle: 'Ingen tilgang',
    noAccessBody: 'Rollen din gir ikke tilgang til denne siden.',
  },
  en: {
    home: 'Home',
    welcome: (name: string) => `Welcome, ${name}`,
    shortcuts: 'Shortcuts',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you are looking for does not exist, or the address is mistyped.',
    backHome: 'Go to the home page',
    errorTitle: 'Something went wrong',
    errorBody: 'An unexpected error occurred. Try reloading the page.',
    reload: 'Reload the page',
    noAccessTitle: 'No access',
    noAccessBody: 'Your role does not give access to this page.',
  },
});

/** One short description per navigation target, shown on the home page. */
export const shortcutTexts = defineTexts({
  nb: {
    directory: 'Finn legekontor, NAV-kontor, kommuner, sykehus og hvem som er kontaktperson.',
    patients: 'Dine pasienter, med fastlege og NAV-kontor.',
    people: 'Personene som følges opp av ditt NAV-kontor.',
    myPage: 'Opplysningene som er registrert om deg.',
    accessLog: 'Se hvem som har lest opplysningene dine, når og hvorfor.',
    audit: 'Søk i loggen over hvem som har lest og endret personopplysninger.',
    import: 'Importer organisasjoner og personer til katalogen fra CSV.',
  },
  en: {
    directory: 'Find GP offices, NAV offices, municipalities, hospitals and their contact people.',
    patients: 'Your patients, with their GP and NAV office.',
    people: 'The people followed up by your NAV office.',
    myPage: 'The information registered about you.',
    accessLog: 'See who has read your information, when and why.',
    audit: 'Search the log of who has read and changed personal data.',
    import: 'Import organisations and people into the directory from CSV.',
  },
});
