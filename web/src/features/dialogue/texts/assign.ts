import { defineTexts } from '../../../app/i18n/texts';

/** A manager's assign control (`/nav-innboks` rows and the thread page). */
export const assignTexts = defineTexts({
  nb: {
    assignTo: 'Tildel til',
    assignToFor: (subject: string, patient: string) => `Tildel til: ${subject}, ${patient}`,
    choose: 'Velg veileder',
    loading: 'Henter veiledere …',
    chooseRequired: 'Velg hvem som skal ha samtalen.',
    assign: 'Tildel',
    assignFor: (subject: string, patient: string) => `Tildel samtalen: ${subject}, ${patient}`,
    option: (name: string, manager: boolean, you: boolean) => `${name}${manager ? ', leder' : ''}${you ? ' (deg)' : ''}`,
    assigned: (name: string) => `Tildelt ${name}.`,
    assignedFor: (name: string, patient: string) => `Tildelt ${name}: samtalen om ${patient}.`,
  },
  en: {
    assignTo: 'Assign to',
    assignToFor: (subject: string, patient: string) => `Assign to: ${subject}, ${patient}`,
    choose: 'Choose an adviser',
    loading: 'Fetching advisers …',
    chooseRequired: 'Choose who is to have the conversation.',
    assign: 'Assign',
    assignFor: (subject: string, patient: string) => `Assign the conversation: ${subject}, ${patient}`,
    option: (name: string, manager: boolean, you: boolean) => `${name}${manager ? ', manager' : ''}${you ? ' (you)' : ''}`,
    assigned: (name: string) => `Assigned to ${name}.`,
    assignedFor: (name: string, patient: string) => `Assigned to ${name}: the conversation about ${patient}.`,
  },
});
