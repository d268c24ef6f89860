import { defineTexts } from '../../app/i18n/texts';

/** The header's notification link. */
export const bellTexts = defineTexts({
  nb: {
    label: 'Varsler',
    accessibleName: (unread: number) =>
      unread === 0 ? 'Varsler, ingen uleste' : unread === 1 ? 'Varsler, 1 ulest' : `Varsler, ${unread} uleste`,
  },
  en: {
    label: 'Notifications',
    accessibleName: (unread: number) =>
      unread === 0 ? 'Notifications, no unread' : unread === 1 ? 'Notifications, 1 unread' : `Notifications, ${unread} unread`,
  },
});

/** `/varsler`: the list of notifications. */
export const notificationListTexts = defineTexts({
  nb: {
    title: 'Varsler',
    intro: 'Varsler om forespørsler, svar, frister og oppgaver som gjelder deg. Det nyeste står øverst.',
    listHeading: 'Dine varsler',
    onlyUnread: 'Vis bare uleste',
    markAllRead: 'Marker alle som lest',
    markRead: (title: string) => `Marker som lest: ${title}`,
    markReadShort: 'Marker som lest',
    unreadTag: 'Ulest',
    empty: 'Du har ingen varsler.',
    emptyUnread: 'Du har ingen uleste varsler.',
    count: (shown: number, unread: number) =>
      `${shown === 1 ? '1 varsel vises' : `${shown} varsler vises`}, ${unread === 0 ? 'ingen uleste' : unread === 1 ? '1 ulest' : `${unread} uleste`}.`,
    showMore: 'Vis eldre varsler',
    allMarked: (n: number) => (n === 0 ? 'Alle varslene var allerede lest.' : n === 1 ? '1 varsel er markert som lest.' : `${n} varsler er markert som lest.`),
    marked: 'Varselet er markert som lest.',
  },
  en: {
    title: 'Notifications',
    intro: 'Notifications about requests, answers, deadlines and tasks that concern you. The newest is at the top.',
    listHeading: 'Your notifications',
    onlyUnread: 'Show unread only',
    markAllRead: 'Mark all as read',
    markRead: (title: string) => `Mark as read: ${title}`,
    markReadShort: 'Mark as read',
    unreadTag: 'Unread',
    empty: 'You have no notifications.',
    emptyUnread: 'You have no unread notifications.',
    count: (shown: number, unread: number) =>
      `${shown === 1 ? '1 notification shown' : `${shown} notifications shown`}, ${unread === 0 ? 'none unread' : `${unread} unread`}.`,
    showMore: 'Show older notifications',
    allMarked: (n: number) => (n === 0 ? 'All notifications were already read.' : n === 1 ? '1 notification marked as read.' : `${n} notifications marked as read.`),
    marked: 'The notification is marked as read.',
  },
});

/** `/varsler`: what the user wants to be notified about, and how. */
export const preferenceTexts = defineTexts({
  nb: {
    heading: 'Velg hva du vil varsles om',
    intro: 'Velg for hver hendelse om du vil få varsel her i Samhandling, på e-post, eller begge deler. E-postene sier bare at det er noe nytt, med en lenke hit: aldri hvem eller hva det gjelder.',
    emailTo: (address: string) => `E-post sendes til ${address}.`,
    noEmail: 'Du har ingen e-postadresse registrert i Samhandling, så vi kan ikke sende deg e-post.',
    tableLabel: 'Varslingsvalg',
    event: 'Hendelse',
    inApp: 'I Samhandling',
    email: 'På e-post',
    inAppFor: (label: string) => `Varsle i Samhandling: ${label}`,
    emailFor: (label: string) => `Varsle på e-post: ${label}`,
    save: 'Lagre valgene',
    saved: 'Valgene dine er lagret.',
  },
  en: {
    heading: 'Choose what to be notified about',
    intro: 'For each event, choose whether to be notified here in Samhandling, by e-mail, or both. The e-mails only say that there is something new, with a link here: never who or what it concerns.',
    emailTo: (address: string) => `E-mail goes to ${address}.`,
    noEmail: 'You have no e-mail address registered in Samhandling, so we cannot send you e-mail.',
    tableLabel: 'Notification choices',
    event: 'Event',
    inApp: 'In Samhandling',
    email: 'By e-mail',
    inAppFor: (label: string) => `Notify in Samhandling: ${label}`,
    emailFor: (label: string) => `Notify by e-mail: ${label}`,
    save: 'Save choices',
    saved: 'Your choices have been saved.',
  },
});
