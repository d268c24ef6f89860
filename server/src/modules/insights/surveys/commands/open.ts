import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Config } from '../../../../platform/config.js';
import type { EmailOutboxTable } from '../../../../platform/db/schema.js';
import { AppError } from '../../../../platform/errors.js';
import { composeEmail } from '../../../../platform/notify/email-text.js';
import { planNotifications, type NotificationInput } from '../../../../platform/notify/notify.js';
import { hashToken } from '../../../../platform/session/session-store.js';
import { auditSurvey, loadSurvey, requireManager, requireOrganiser, todayIn, type Db, type SurveyCtx, type Tx } from '../access.js';
import { checkPeriod } from '../domain/composition.js';
import { recipientsOf, type Recipient } from './recipients.js';

/** The respondent's page; the token sits after '#', so browsers never send it to the server in a URL. */
export const RESPONDENT_PATH = '/sporreundersokelse';
export const invitationLink = (token: string) => `${RESPONDENT_PATH}#${token}`;

/** 32 random bytes: unguessable, so the link alone is the credential; only its hash is stored. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

const PLAUSIBLE_ADDRESS = /^[^@\s]+@[^@\s]+$/;
const BATCH = 500;

type Invitation = Recipient & { token: string };
type Settings = Pick<Config, 'publicUrl'>;

/**
 * Opens a draft round until `closesOn`: one invitation per recipient (recipients.ts), each with its
 * own single-use link, told in the platform and by e-mail. One transaction: the survey opens with
 * every invitation and notification, or not at all.
 */
export async function openSurvey(db: Db, ctx: SurveyCtx, settings: Settings, id: string, closesOn: string): Promise<void> {
  requireOrganiser(ctx.actor);
  const survey = await loadSurvey(db, id);
  requireManager(ctx.actor, survey);
  if (survey.status !== 'draft') throw new AppError('SURVEY_NOT_DRAFT');
  const today = todayIn(ctx.clock);
  const period = checkPeriod(today, closesOn);
  if (!period.ok) throw new AppError(period.code);
  const recipients = await recipientsOf(db, { municipalities: survey.municipality_numbers, county: survey.county_number }, survey.audiences, today);
  if (recipients.length === 0) throw new AppError('SURVEY_NO_RECIPIENTS');

  await db.transaction().execute(async (tx) => {
    const opened = await tx
      .updateTable('survey')
      .set({ status: 'open', opens_on: period.value.opensOn, closes_on: period.value.closesOn, opened_at: ctx.clock.now() })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(opened.numUpdatedRows) !== 1) throw new AppError('SURVEY_NOT_DRAFT');
    const invitations = recipients.map((r) => ({ ...r, token: newInvitationToken() }));
    for (let i = 0; i < invitations.length; i += BATCH) {
      const batch = invitations.slice(i, i + BATCH);
      await tx.insertInto('survey_invitation').values(batch.map((inv) => ({ survey_id: id, person_id: inv.personId, audience: inv.audience, token_hash: hashToken(inv.token) }))).execute();
    }
    await tellRecipients(tx, ctx, settings, survey.title, invitations);
    await auditSurvey(tx, ctx, 'update', 'survey', id, { opened: true, closesOn: period.value.closesOn, invited: invitations.length });
  });
}

/** Platform users through notify (their own choices); people without an account by e-mail, in bokmål. */
async function tellRecipients(tx: Tx, ctx: SurveyCtx, settings: Settings, title: string, invitations: readonly Invitation[]) {
  const withAccount = invitations.filter((inv) => inv.userIds.length > 0);
  const inputs: NotificationInput[] = withAccount.map((inv) => ({
    userIds: inv.userIds,
    event: 'survey_invitation',
    title: { nb: 'Invitasjon til en kort, anonym spørreundersøkelse', en: 'Invitation to a short, anonymous survey' },
    body: {
      nb: `«${title.slice(0, 150)}». Lenken er personlig og kan brukes én gang. Svarene lagres uten navn.`,
      en: `“${title.slice(0, 150)}”. The link is personal and works once. Answers are stored without names.`,
    },
    link: invitationLink(inv.token),
  }));
  const plans = await planNotifications(tx, ctx.clock, inputs, settings);
  const now = ctx.clock.now();
  const direct: Insertable<EmailOutboxTable>[] = invitations
    .filter((inv) => inv.userIds.length === 0 && inv.email && PLAUSIBLE_ADDRESS.test(inv.email))
    .map((inv) => {
      const { subject, text } = composeEmail('survey_invitation', 'nb', settings.publicUrl, invitationLink(inv.token));
      return { notification_id: null, to_address: inv.email!, subject, body_text: text, next_attempt_at: now, created_at: now };
    });
  const notifications = plans.flatMap((p) => p.notifications);
  const emails = [...plans.flatMap((p) => p.emails), ...direct];
  for (let i = 0; i < notifications.length; i += BATCH) await tx.insertInto('notification').values(notifications.slice(i, i + BATCH)).execute();
  for (let i = 0; i < emails.length; i += BATCH) await tx.insertInto('email_outbox').values(emails.slice(i, i + BATCH)).execute();
}
