import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { planNotifications } from '../platform/notify/notify.js';
import { osloDate } from '../platform/oslo-date.js';
import { hashToken } from '../platform/session/session-store.js';
import { invitationLink } from '../modules/insights/surveys/commands/open.js';
import { recipientsOf, type Recipient } from '../modules/insights/surveys/commands/recipients.js';
import { ANSWER_SCALES, findSurveyQuestion, type SurveyAudience } from '../modules/insights/surveys/domain/question-bank.js';
import type { DemoData } from './generate.js';
import { SeededRandom } from './random.js';

/**
 * Two pulse-survey rounds in Kristiansand (issue 12 point 2), so results show beside report 001's
 * figures from the first start: a closed spring round (8 GPs answered — shown; 2 NAV advisers —
 * "for få svar") and an open round with 6 GPs answered. The Kristiansand demo GP has an unused
 * invitation in their notifications and can answer it. No e-mails: the demo outbox stays empty.
 */
type Tx = Transaction<Database>;

const DAY = 86_400_000;
const AREA = { municipalities: ['4204'], county: '42' };
const QUESTIONS = [
  'info_timely',
  'info_sufficient',
  'info_relevant',
  'more_dialogue',
  'barrier_gp_capacity',
  'barrier_nav_capacity',
  'measure_share_phone_numbers_appropriate',
  'measure_read_receipts_feasible',
];

/** Answers drawn around the report's picture: favourable options a little less often than not. */
function draw(random: SeededRandom, questionKey: string): string {
  const options = ANSWER_SCALES[findSurveyQuestion(questionKey)!.scale].options.map((o) => o.value);
  return random.chance(0.4) ? options[random.int(0, 1)]! : options[random.int(Math.min(2, options.length - 1), options.length - 1)]!;
}

interface Round {
  title: string;
  status: 'open' | 'closed';
  opensOffset: number;
  closesOffset: number;
  answering: Record<SurveyAudience, number>;
}

async function seedRound(tx: Tx, random: SeededRandom, round: Round, recipients: readonly Recipient[], createdBy: string, now: Date, skipPersonId: string | null) {
  const at = (offset: number) => new Date(now.getTime() + offset * DAY);
  const survey = await tx
    .insertInto('survey')
    .values({
      title: round.title,
      municipality_numbers: AREA.municipalities,
      county_number: AREA.county,
      area_key: `municipalities:${AREA.municipalities.join(',')}`,
      audiences: ['gps', 'nav_advisers'],
      question_keys: QUESTIONS,
      status: round.status,
      opens_on: osloDate(at(round.opensOffset)),
      closes_on: osloDate(at(round.closesOffset)),
      created_by: createdBy,
      created_at: at(round.opensOffset - 1),
      opened_at: at(round.opensOffset),
      closed_at: round.status === 'closed' ? at(round.closesOffset) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const answered = new Set<string>();
  for (const audience of ['gps', 'nav_advisers'] as const) {
    recipients.filter((r) => r.audience === audience && r.personId !== skipPersonId).slice(0, round.answering[audience]).forEach((r) => answered.add(r.personId));
  }
  // Tokens of the demo's invitations are thrown away (hashes of seeded bytes), except the one link handed to the demo GP.
  const seededHash = () => createHash('sha256').update(random.uuid()).digest('base64url');
  const handedOut = skipPersonId ? randomBytes(32).toString('base64url') : null;
  await tx
    .insertInto('survey_invitation')
    .values(recipients.map((r) => ({
      survey_id: survey.id,
      person_id: r.personId,
      audience: r.audience,
      token_hash: r.personId === skipPersonId && handedOut ? hashToken(handedOut) : seededHash(),
      used: answered.has(r.personId),
    })))
    .execute();
  const answers = recipients
    .filter((r) => answered.has(r.personId))
    .flatMap((r) => {
      const responseId = random.uuid();
      return QUESTIONS.map((questionKey) => ({ survey_id: survey.id, response_id: responseId, audience: r.audience, question_key: questionKey, answer: draw(random, questionKey) }));
    });
  if (answers.length > 0) await tx.insertInto('survey_answer').values(answers).execute();
  return handedOut;
}

export async function seedDemoSurveys(tx: Tx, data: DemoData, now: Date) {
  const random = new SeededRandom(1212);
  const organiser = data.users.find((u) => u.role === 'advisory_physician')!;
  const demoGp = data.users.find((u) => u.role === 'gp' && u.description?.includes('Kristiansand'));
  const recipients = await recipientsOf(tx, AREA, ['gps', 'nav_advisers'], osloDate(now));
  if (recipients.length === 0) return;
  await seedRound(tx, random, { title: 'Pulsmåling Kristiansand – vår', status: 'closed', opensOffset: -120, closesOffset: -99, answering: { gps: 8, nav_advisers: 2 } }, recipients, organiser.id, now, null);
  const token = await seedRound(
    tx,
    random,
    { title: 'Pulsmåling Kristiansand – høst', status: 'open', opensOffset: -3, closesOffset: 18, answering: { gps: 6, nav_advisers: 1 } },
    recipients,
    organiser.id,
    now,
    demoGp?.person_id ?? null,
  );
  if (!token || !demoGp) return;
  const [plan] = await planNotifications(tx, { now: () => now }, [{
    userIds: [demoGp.id],
    event: 'survey_invitation',
    title: { nb: 'Invitasjon til en kort, anonym spørreundersøkelse', en: 'Invitation to a short, anonymous survey' },
    body: { nb: '«Pulsmåling Kristiansand – høst». Lenken er personlig og kan brukes én gang.', en: '“Pulsmåling Kristiansand – høst”. The link is personal and works once.' },
    link: invitationLink(token),
  }], { publicUrl: 'http://localhost' });
  if (plan && plan.notifications.length > 0) await tx.insertInto('notification').values(plan.notifications).execute();
}
