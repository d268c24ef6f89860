import { defineTexts } from '../i18n/texts';

export const signInTexts = defineTexts({
  nb: {
    title: 'Logg inn',
    intro: 'Samhandling samler fastleger, NAV, kommuner og sykehus rundt personer som er sykmeldt.',
    oidcButton: 'Logg inn med ID-porten/HelseID',
    demoHeading: 'Demobrukere',
    demoIntro: 'Dette er en demoversjon med oppdiktede personer og data. Velg hvem du vil logge inn som.',
    signInAs: (name: string) => `Logg inn som ${name}`,
    signInColumn: 'Innlogging',
    noSignIn: 'Innlogging er ikke satt opp på denne installasjonen.',
    noDemoUsers: 'Det finnes ingen demobrukere.',
    noOrganisation: '–',
    signInRefused: (code: string): string =>
      code === 'OIDC_UNKNOWN_USER'
        ? 'Du er logget inn hos identitetsleverandøren, men er ikke registrert som bruker av Samhandling. Kontakt administrator.'
        : 'Innloggingen mislyktes. Prøv igjen.',
  },
  en: {
    title: 'Sign in',
    intro: 'Samhandling brings GPs, NAV, municipalities and hospitals together around people on sick leave.',
    oidcButton: 'Sign in with ID-porten/HelseID',
    demoHeading: 'Demo users',
    demoIntro: 'This is a demo with invented people and data. Choose whom to sign in as.',
    signInAs: (name: string) => `Sign in as ${name}`,
    signInColumn: 'Sign in',
    noSignIn: 'Sign-in is not configured on this installation.',
    noDemoUsers: 'There are no demo users.',
    noOrganisation: '–',
    signInRefused: (code: string): string =>
      code === 'OIDC_UNKNOWN_USER'
        ? 'You are signed in at the identity provider but are not registered as a Samhandling user. Contact your administrator.'
        : 'Sign-in failed. Please try again.',
  },
});
