import { defineTexts } from '../../app/i18n/texts';

export const accessLogTexts = defineTexts({
  nb: {
    title: 'Hvem har sett mine opplysninger',
    intro:
      'Her ser du hvem som har lest eller endret opplysningene om deg, når de gjorde det og hvorfor. Den nyeste står øverst.',
    tableLabel: 'Innsynslogg',
    at: 'Tidspunkt',
    who: 'Hvem',
    role: 'Rolle',
    organisation: 'Organisasjon',
    what: 'Hva',
    purpose: 'Formål',
    empty: 'Ingen har sett opplysningene dine ennå.',
    count: (n: number) => (n === 1 ? '1 oppføring.' : `${n} oppføringer.`),
  },
  en: {
    title: 'Who has seen my information',
    intro: 'See who has read or changed your information, when and why. The newest is at the top.',
    tableLabel: 'Access log',
    at: 'Time',
    who: 'Who',
    role: 'Role',
    organisation: 'Organisation',
    what: 'What',
    purpose: 'Purpose',
    empty: 'Nobody has seen your information yet.',
    count: (n: number) => (n === 1 ? '1 entry.' : `${n} entries.`),
  },
});
