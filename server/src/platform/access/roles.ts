export const ROLES = [
  'gp',
  'nav_adviser',
  'advisory_physician',
  'coordinating_physician',
  'nav_manager',
  'municipal_physician',
  'practice_consultant',
  'forum_member',
  'forum_secretary',
  'team_member',
  'employer',
  'patient',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Extra authorisations some users hold: NAV staff who see persons with protected address or
 * shielded persons; editors of the catalogue and knowledge base (catalogue_editor, issue 11).
 */
export const GRANTS = ['protected_address', 'shielded', 'catalogue_editor'] as const;
export type Grant = (typeof GRANTS)[number];

export const NAV_ROLES: ReadonlySet<Role> = new Set(['nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician']);
