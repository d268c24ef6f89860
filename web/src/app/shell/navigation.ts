import type { Me } from '../../api/types';
import type { shellTexts } from '../texts';
import type { shortcutTexts } from '../texts';

type ShellTextKey = keyof (typeof shellTexts)['nb'];
type ShortcutKey = keyof (typeof shortcutTexts)['nb'];

export interface NavItem {
  to: string;
  label: ShellTextKey;
  description: ShortcutKey;
}

const CITIZEN_LIST_ROLES = new Set<Me['role']>(['gp', 'nav_adviser', 'nav_manager']);
/** Who finds the advisory physicians (directory, on call now) in the menu. */
const ADVISORY_DIRECTORY_ROLES = new Set<Me['role']>(['gp', 'nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician']);

/** Who has dialogue meetings: NAV's week calendar, or one's invitations. */
const MEETING_ROLES = new Set<Me['role']>(['nav_adviser', 'nav_manager', 'gp', 'patient', 'employer']);

/** Who takes part in collaboration forums: health personnel, the forums' own people and admins (server: CLINICIAN_ROLES). */
const FORUM_ROLES = new Set<Me['role']>([
  'gp',
  'municipal_physician',
  'practice_consultant',
  'advisory_physician',
  'coordinating_physician',
  'team_member',
  'forum_member',
  'forum_secretary',
  'admin',
]);

/** Who has key figures (issue 12): an office's staff, the area roles, and GPs their own (server: insights/access.ts). */
const INSIGHT_ROLES = new Set<Me['role']>(['gp', 'nav_adviser', 'nav_manager', 'municipal_physician', 'advisory_physician', 'coordinating_physician', 'practice_consultant', 'forum_member', 'forum_secretary', 'admin']);

/** Who composes pulse surveys and reads their results (issue 12; server: insights/surveys/access.ts ORGANISER_ROLES). */
const SURVEY_ROLES = new Set<Me['role']>(['advisory_physician', 'coordinating_physician', 'nav_manager', 'municipal_physician', 'practice_consultant', 'forum_secretary', 'admin']);

/** Who runs visit rounds to GP offices: NAV staff (server: the visits' round rules). */
/** Who meets in arenas (server: arenas/access.ts STAFF_ROLES): every professional role. */
const ARENA_ROLES = new Set<Me['role']>(['gp', 'nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician', 'municipal_physician', 'practice_consultant', 'forum_member', 'forum_secretary', 'team_member', 'admin']);

const VISIT_ROUND_ROLES = new Set<Me['role']>(['nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician']);

const FORUM_SHORT_MENU_ROLES = new Set<Me['role']>(['municipal_physician', 'practice_consultant', 'team_member', 'forum_member', 'forum_secretary']);

/** The places a user may go, in menu order, by role. The server still decides access. */
export function navigationFor(me: Me): NavItem[] {
  const items: NavItem[] = [{ to: '/katalog', label: 'navDirectory', description: 'directory' }];
  if (CITIZEN_LIST_ROLES.has(me.role)) {
    items.push(
      me.role === 'gp'
        ? { to: '/personer', label: 'navPatients', description: 'patients' }
        : { to: '/personer', label: 'navPeople', description: 'people' },
    );
  }
  if (me.role === 'gp') items.push({ to: '/sykmeldte', label: 'navSickListed', description: 'sickListed' });
  if (me.role === 'gp') items.push({ to: '/innboks', label: 'navInbox', description: 'gpInbox' });
  if (me.role === 'gp') items.push({ to: '/henvisninger', label: 'navTeamReferrals', description: 'teamReferrals' });
  if (me.role === 'team_member') items.push({ to: '/team', label: 'navMyTeams', description: 'myTeams' });
  if (me.role === 'nav_adviser' || me.role === 'nav_manager') {
    items.push(
      { to: '/arbeidsliste', label: 'navWorkList', description: 'workList' },
      { to: '/oppgaver', label: 'navTasks', description: 'tasks' },
      { to: '/nav-innboks', label: 'navInbox', description: 'navInbox' },
    );
  }
  if (me.role === 'employer') items.push({ to: '/sykmeldte', label: 'navSickListed', description: 'sickListedEmployer' });
  if (me.role === 'patient') {
    if (me.citizenId) {
      items.push({ to: `/personer/${encodeURIComponent(me.citizenId)}`, label: 'navMyPage', description: 'myPage' });
    }
    items.push({ to: '/min-sykmelding', label: 'navMySickLeave', description: 'mySickLeave' });
    items.push({ to: '/mitt-forlop', label: 'navMyCourse', description: 'myCourse' });
  }
  if (MEETING_ROLES.has(me.role)) {
    items.push({
      to: '/dialogmoter',
      label: 'navMeetings',
      description: me.role === 'nav_adviser' || me.role === 'nav_manager' ? 'meetingsNav' : me.role === 'gp' ? 'meetingsGp' : 'meetingsInvited',
    });
  }
  if (me.role === 'patient') items.push({ to: '/innsyn', label: 'navAccessLog', description: 'accessLog' });
  if (ADVISORY_DIRECTORY_ROLES.has(me.role)) items.push({ to: '/radgivende-leger', label: 'navAdvisoryPhysicians', description: 'advisoryPhysicians' });
  if (me.role === 'advisory_physician' || me.role === 'coordinating_physician') {
    items.push({ to: '/ringeliste', label: 'navCallbackQueue', description: 'callbackQueue' });
  }
  if (me.role === 'coordinating_physician') items.push({ to: '/admin/vaktliste', label: 'navRota', description: 'rota' });
  if (FORUM_ROLES.has(me.role)) items.push({ to: '/samarbeidsforum', label: 'navForums', description: 'forums' });
  // Roles with short menus get these directly; the others reach them from the forums page.
  if (FORUM_SHORT_MENU_ROLES.has(me.role)) {
    items.push(
      { to: '/mine-innmeldinger', label: 'navMySubmissions', description: 'mySubmissions' },
      { to: '/anbefalinger', label: 'navRecommendations', description: 'recommendations' },
    );
  }
  // Arenas (issue 10): small groups, courses, the county calendar; every professional role.
  if (ARENA_ROLES.has(me.role)) items.push({ to: '/moteplasser', label: 'navArenas', description: 'arenas' });
  // Visit rounds to GP offices (issue 10): NAV staff run them; the page links to the other outreach arenas.
  if (VISIT_ROUND_ROLES.has(me.role)) items.push({ to: '/moteplasser/besoksrunder', label: 'navVisitRounds', description: 'visitRounds' });
  // The knowledge base (catalogue) is for everyone, signed in or not.
  items.push({ to: '/kunnskap', label: 'navKnowledge', description: 'knowledge' });
  if (INSIGHT_ROLES.has(me.role)) items.push({ to: '/innsikt', label: 'navInsights', description: 'insights' });
  if (SURVEY_ROLES.has(me.role)) items.push({ to: '/innsikt/sporreundersokelser', label: 'navSurveys', description: 'surveys' });
  if (me.role === 'admin') {
    items.push(
      { to: '/admin/revisjon', label: 'navAudit', description: 'audit' },
      { to: '/admin/import', label: 'navImport', description: 'import' },
      { to: '/admin/vaktliste', label: 'navRota', description: 'rota' },
      { to: '/admin/huskelister', label: 'navChecklists', description: 'checklists' },
      { to: '/admin/skjemamaler', label: 'navFormTemplates', description: 'formTemplates' },
      { to: '/admin/meldinger', label: 'navInteropLog', description: 'interopLog' },
      { to: '/admin/team', label: 'navTeamAdmin', description: 'teamAdmin' },
      { to: '/team/evaluering', label: 'navTeamEvaluation', description: 'teamEvaluation' },
    );
  }
  return items;
}

export function canSeeCitizenList(role: Me['role']): boolean {
  return CITIZEN_LIST_ROLES.has(role);
}
