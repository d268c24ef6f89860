import type { OrgKind, Role } from '../../api/types';
import { defineTexts } from './texts';
import { useTexts } from './useTexts';

export const roleTexts = defineTexts({
  nb: {
    gp: 'Fastlege',
    nav_adviser: 'NAV-veileder',
    advisory_physician: 'Rådgivende lege',
    coordinating_physician: 'Koordinerende rådgivende lege',
    nav_manager: 'NAV-leder',
    municipal_physician: 'Kommuneoverlege',
    practice_consultant: 'Praksiskonsulent',
    forum_member: 'Forummedlem',
    forum_secretary: 'Forumsekretær',
    team_member: 'Teammedlem',
    employer: 'Arbeidsgiver',
    patient: 'Sykmeldt / pasient',
    admin: 'Administrator',
  },
  en: {
    gp: 'GP',
    nav_adviser: 'NAV adviser',
    advisory_physician: 'Advisory physician',
    coordinating_physician: 'Coordinating advisory physician',
    nav_manager: 'NAV manager',
    municipal_physician: 'Municipal chief medical officer',
    practice_consultant: 'Practice consultant',
    forum_member: 'Forum member',
    forum_secretary: 'Forum secretary',
    team_member: 'Team member',
    employer: 'Employer',
    patient: 'Sick-listed person / patient',
    admin: 'Administrator',
  },
} satisfies Record<'nb' | 'en', Record<Role, string>>);

export const orgKindTexts = defineTexts({
  nb: {
    nav_office: 'NAV-kontor',
    gp_office: 'Legekontor',
    municipality: 'Kommune',
    hospital: 'Sykehus',
    employer: 'Arbeidsgiver',
  },
  en: {
    nav_office: 'NAV office',
    gp_office: 'GP office',
    municipality: 'Municipality',
    hospital: 'Hospital',
    employer: 'Employer',
  },
} satisfies Record<'nb' | 'en', Record<OrgKind, string>>);

function labelFrom(labels: Record<string, string>, key: string): string {
  return Object.hasOwn(labels, key) ? (labels[key] ?? key) : key;
}

/** Role label in the current language; unknown roles are shown as sent. */
export function useRoleLabel(): (role: string) => string {
  const labels = useTexts(roleTexts);
  return (role) => labelFrom(labels, role);
}

export function useOrgKindLabel(): (kind: string) => string {
  const labels = useTexts(orgKindTexts);
  return (kind) => labelFrom(labels, kind);
}
