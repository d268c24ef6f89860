import type { Role } from '../../api/types';

/** Who may create arenas (server: arenas/access.ts CREATOR_ROLES). */
export const CREATOR_ROLES: readonly Role[] = ['advisory_physician', 'coordinating_physician', 'nav_manager', 'nav_adviser', 'municipal_physician', 'practice_consultant', 'admin'];

/** Who uses the arenas at all: professionals (server: STAFF_ROLES), in the menu as «Møteplasser». */
export const ARENA_ROLES: readonly Role[] = [
  'gp',
  'nav_adviser',
  'nav_manager',
  'advisory_physician',
  'coordinating_physician',
  'municipal_physician',
  'practice_consultant',
  'forum_member',
  'forum_secretary',
  'team_member',
  'admin',
];
