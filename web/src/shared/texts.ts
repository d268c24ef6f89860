import { defineTexts } from '../app/i18n/texts';

/** Strings used by several features. */
export const commonTexts = defineTexts({
  nb: {
    loading: 'Laster …',
    notGiven: 'Ikke oppgitt',
    phone: 'Telefon',
    email: 'E-post',
    address: 'Adresse',
    name: 'Navn',
    role: 'Rolle',
    title: 'Stilling',
    organisation: 'Organisasjon',
    sharePercent: 'Stillingsandel',
    period: 'Periode',
    note: 'Merknad',
    errorTitle: 'Noe gikk galt',
    from: (date: string) => `fra ${date}`,
  },
  en: {
    loading: 'Loading …',
    notGiven: 'Not given',
    phone: 'Phone',
    email: 'Email',
    address: 'Address',
    name: 'Name',
    role: 'Role',
    title: 'Title',
    organisation: 'Organisation',
    sharePercent: 'Share',
    period: 'Period',
    note: 'Note',
    errorTitle: 'Something went wrong',
    from: (date: string) => `from ${date}`,
  },
});
