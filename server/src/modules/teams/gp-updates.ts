import type { Transaction } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Database, TeamGpUpdateKind } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import { gpParty, officeUsers, usersActingAs } from '../dialogue/parties.js';
import { TEAM_NOTE_THEME } from '../interop/domain/outbound.js';
import { currentConsent, purposeOf, type TeamDeps } from './access.js';

/** Where the GP reads the team's updates, and where NAV opens the course. */
export const GP_REFERRALS_PATH = '/henvisninger';
export const coursePath = (courseId: string) => `/team/forlop/${courseId}`;

export interface GpUpdateInput {
  referralId: string;
  courseId?: string | null;
  kind: TeamGpUpdateKind;
  /** One screen: a short title and body the GP reads in the platform (never in a notification). */
  title: string;
  body: string;
  tariffHint?: string | null;
  /** Also tell the participant's NAV office, when the consent names NAV. */
  alsoNav?: boolean;
}

// Notifications carry no health data and no names: only that there is news, and where to read it.
const GP_NOTICE = {
  title: { nb: 'Nytt fra teamet', en: 'News from the team' },
  body: { nb: 'Et team har en oppdatering om en henvisning. Les den under Henvisninger.', en: 'A team has an update on a referral. Read it under Referrals.' },
};
const NAV_NOTICE = {
  title: { nb: 'Nytt fra teamet', en: 'News from the team' },
  body: { nb: 'Et team har en oppdatering om et forløp for en person ved kontoret deres.', en: 'A team has an update on a course for a person at your office.' },
};

/**
 * Tells the referral's GP about a decision or a change (issue 8: "short updates to the GP — always,
 * at every decision"): one `team_gp_update` row the GP reads in "Henvisninger", an in-app notice to
 * the users who act as that GP (and to the referring GP user), and — when asked and the current
 * consent names NAV — a notice to the participant's NAV office, marking the update as sent to NAV.
 * The update is also ordered as a national note to the GP's record system (see orderGpDocument).
 * Runs in the caller's transaction, so the update exists if and only if the decision commits.
 * Returns the update's id.
 */
export async function tellGp(tx: Transaction<Database>, deps: TeamDeps, input: GpUpdateInput): Promise<string> {
  const referral = await tx
    .selectFrom('team_referral as r')
    .innerJoin('team as t', 't.id', 'r.team_id')
    .where('r.id', '=', input.referralId)
    .select(['r.id', 'r.citizen_id', 'r.gp_person_id', 'r.referred_by', 'r.referred_by_role', 'r.nav_office_id', 't.host_organisation_id'])
    .executeTakeFirst();
  if (!referral) throw new AppError('TEAM_REFERRAL_NOT_FOUND');

  const navUsers = input.alsoNav ? await navRecipients(tx, referral.id, referral.nav_office_id) : [];
  const now = deps.clock.now();
  const row = await tx
    .insertInto('team_gp_update')
    .values({
      referral_id: referral.id,
      course_id: input.courseId ?? null,
      gp_person_id: referral.gp_person_id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      tariff_hint: input.tariffHint ?? null,
      sent_to_nav: navUsers.length > 0,
      created_by_name: deps.actor.name,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await orderGpDocument(tx, { updateId: row.id, citizenId: referral.citizen_id, gpPersonId: referral.gp_person_id, hostOrganisationId: referral.host_organisation_id, at: now });

  const gpUsers = referral.gp_person_id ? await usersActingAs(tx, referral.gp_person_id, 'gp') : [];
  if (referral.referred_by_role === 'gp') gpUsers.push(referral.referred_by);
  // Whoever made the decision needs no notice of it.
  const toTell = [...new Set(gpUsers)].filter((id) => id !== deps.actor.userId);
  if (toTell.length > 0) await notify(tx, deps.clock, { userIds: toTell, event: 'team_update', ...GP_NOTICE, link: GP_REFERRALS_PATH }, deps.config);
  const navToTell = navUsers.filter((id) => id !== deps.actor.userId);
  if (navToTell.length > 0) {
    const link = input.courseId ? coursePath(input.courseId) : GP_REFERRALS_PATH;
    await notify(tx, deps.clock, { userIds: navToTell, event: 'team_update', ...NAV_NOTICE, link }, deps.config);
  }
  await recordAudit(tx, deps, {
    action: 'create',
    citizenId: referral.citizen_id,
    objectType: 'team_gp_update',
    objectId: row.id,
    purpose: purposeOf(deps.actor),
    detail: { kind: input.kind, sentToNav: navUsers.length > 0 },
  });
  return row.id;
}

/**
 * Orders the update as a national document to the GP's record system (a Dialogmelding note,
 * 7322/6 "Henvendelse om pasient"), produced and sent by the interop worker like NAV's notes.
 * Only when the team has a host organisation to send as and the GP has an office to send to;
 * otherwise the GP reads the update in the platform alone. A missing HER-id or HPR number is not
 * checked here: the worker fails the document with reasons, as it does for dialogue notes.
 */
async function orderGpDocument(
  tx: Transaction<Database>,
  order: { updateId: string; citizenId: string; gpPersonId: string | null; hostOrganisationId: string | null; at: Date },
): Promise<void> {
  if (!order.hostOrganisationId || !order.gpPersonId) return;
  const gp = await gpParty(tx, order.gpPersonId);
  if (!gp.officeId) return;
  await tx
    .insertInto('interop_message')
    .values({
      direction: 'out',
      msg_id: order.updateId,
      msg_type: 'DIALOG_NOTAT',
      code_system: TEAM_NOTE_THEME.list,
      code: TEAM_NOTE_THEME.code,
      status: 'ordered',
      team_gp_update_id: order.updateId,
      citizen_id: order.citizenId,
      counterpart_org_id: gp.officeId,
      created_at: order.at,
    })
    .execute();
}

/**
 * Who at the participant's own NAV office is told, when the current consent names NAV: the adviser
 * following their sick-leave case, when there is one at that office; else the office's advisers.
 */
async function navRecipients(tx: Transaction<Database>, referralId: string, officeId: string | null): Promise<string[]> {
  if (!officeId) return [];
  const consent = await currentConsent(tx, referralId);
  if (!consent || consent.withdrawn_at !== null || !consent.scope.includes('nav')) return [];
  const assigned = await tx
    .selectFrom('team_referral as r')
    .innerJoin('sick_case as sc', 'sc.id', 'r.case_id')
    .innerJoin('app_user as u', 'u.id', 'sc.assigned_user_id')
    .where('r.id', '=', referralId)
    .where('u.organisation_id', '=', officeId)
    .select('u.id')
    .executeTakeFirst();
  return assigned ? [assigned.id] : officeUsers(tx, officeId, ['nav_adviser']);
}
