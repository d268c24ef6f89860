import type { Role } from '../../api/types';
import { defineTexts } from '../i18n/texts';

/** The role-specific welcome on the home page. */
export const welcomeTexts = defineTexts({
  nb: {
    gp: 'Her ser du pasientene dine og finner raskt rett kontaktperson hos NAV, i kommunen og på sykehuset.',
    nav_adviser: 'Her ser du personene ved NAV-kontoret ditt og finner fastleger og legekontor.',
    advisory_physician: 'Her finner du fastleger, legekontor og NAV-kontorene du gir råd til.',
    coordinating_physician: 'Her finner du fastleger, legekontor og NAV-kontorene i fylket.',
    nav_manager: 'Her ser du personene ved NAV-kontoret og finner fastleger og legekontor.',
    municipal_physician: 'Her finner du legekontor, NAV-kontor og sykehus i kommunen.',
    practice_consultant: 'Her finner du fastleger, sykehusavdelinger og NAV-kontor.',
    forum_member: 'Her finner du kontaktinformasjon til deltakerne i samarbeidet.',
    forum_secretary: 'Her finner du kontaktinformasjon til deltakerne i samarbeidet.',
    team_member: 'Her finner du fastleger og NAV-kontor som teamet samarbeider med.',
    employer: 'Her finner du kontaktinformasjon til NAV-kontor og legekontor.',
    patient: 'Her ser du opplysningene som er registrert om deg, og hvem som har sett dem.',
    admin: 'Her vedlikeholder du katalogen og ser revisjonsloggen.',
  },
  en: {
    gp: 'See your patients and quickly find the right contact at NAV, the municipality and the hospital.',
    nav_adviser: 'See the people at your NAV office and find GPs and GP offices.',
    advisory_physician: 'Find GPs, GP offices and the NAV offices you advise.',
    coordinating_physician: 'Find GPs, GP offices and the NAV offices in the county.',
    nav_manager: 'See the people at the NAV office and find GPs and GP offices.',
    municipal_physician: 'Find GP offices, NAV offices and hospitals in the municipality.',
    practice_consultant: 'Find GPs, hospital departments and NAV offices.',
    forum_member: 'Find contact details of the people in the collaboration.',
    forum_secretary: 'Find contact details of the people in the collaboration.',
    team_member: 'Find the GPs and NAV offices your team works with.',
    employer: 'Find contact details of NAV offices and GP offices.',
    patient: 'See the information registered about you, and who has seen it.',
    admin: 'Maintain the directory and review the audit log.',
  },
} satisfies Record<'nb' | 'en', Record<Role, string>>);
