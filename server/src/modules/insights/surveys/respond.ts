import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AppError } from '../../../platform/errors.js';
import { hashToken } from '../../../platform/session/session-store.js';
import { todayIn, type Db } from './access.js';
import type { Clock } from '../../../platform/clock.js';
import { checkAnswers } from './domain/answers.js';
import { effectiveStatus } from './domain/composition.js';
import { ANSWER_SCALES, findSurveyQuestion } from './domain/question-bank.js';

/**
 * The respondent's side (public: the single-use link is the credential, no sign-in). Nothing here
 * is audited or logged with the respondent's identity — the platform does not know it — and the
 * answer rows carry no invitation, user or time.
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function findInvitation(db: Db, token: string) {
  if (!TOKEN.test(token)) return undefined;
  return db
    .selectFrom('survey_invitation as i')
    .innerJoin('survey as s', 's.id', 'i.survey_id')
    .where('i.token_hash', '=', hashToken(token))
    .select(['i.audience', 'i.used', 's.title', 's.status', 's.closes_on', 's.question_keys'])
    .executeTakeFirst();
}

type Invitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/** Unknown, used or closed: each its own refusal, in that order (a used link says so even after closing). */
function refusalFor(invitation: Invitation | undefined, today: string): AppError | null {
  if (!invitation) return new AppError('SURVEY_LINK_UNKNOWN');
  if (invitation.used) return new AppError('SURVEY_ALREADY_ANSWERED');
  if (effectiveStatus(invitation, today) !== 'open') return new AppError('SURVEY_CLOSED');
  return null;
}

/** The questionnaire behind a link, worded for the recipient's audience, in both languages. */
export async function questionnaire(db: Db, clock: Clock, token: string) {
  const invitation = await findInvitation(db, token);
  const refusal = refusalFor(invitation, todayIn(clock));
  if (refusal) throw refusal;
  const { audience, title, closes_on, question_keys } = invitation!;
  return {
    title,
    audience,
    closesOn: closes_on!,
    questions: question_keys.flatMap((key) => {
      const question = findSurveyQuestion(key);
      const text = question?.wording[audience];
      if (!question || !text) return [];
      return [{ key, topic: question.topic, text, scale: question.scale, options: [...ANSWER_SCALES[question.scale].options] }];
    }),
  };
}

/**
 * Stores one respondent's answers in ONE statement (one round trip, atomic): it marks the
 * invitation used — only if still unused, the round open and the answers exactly the round's
 * questions — and inserts the answer rows from what that update returned. A second use of the
 * link, or the round closing meanwhile, writes nothing. The rows share a fresh random response id
 * and nothing else that could lead back to the invitation. Only a refused answer pays for a second
 * read, to say why.
 */
export async function submitAnswers(db: Db, clock: Clock, token: string, answers: Readonly<Record<string, string>>): Promise<void> {
  const today = todayIn(clock);
  const keys = Object.keys(answers);
  if (TOKEN.test(token) && onTheirScales(answers)) {
    const result = await sql<{ marked: number }>`
      with used as (
        update survey_invitation i set used = true
        from survey s
        where i.token_hash = ${hashToken(token)} and i.used = false
          and s.id = i.survey_id and s.status = 'open' and s.closes_on >= ${today}::date
          and s.question_keys @> ${keys}::text[] and s.question_keys <@ ${keys}::text[]
        returning i.survey_id, i.audience
      ), written as (
        insert into survey_answer (survey_id, response_id, audience, question_key, answer)
        select used.survey_id, ${randomUUID()}::uuid, used.audience, a.question_key, a.answer
        from used cross join unnest(${keys}::text[], ${keys.map((k) => answers[k]!)}::text[]) as a(question_key, answer)
        returning 1
      )
      select (select count(*) from used)::int as marked`.execute(db);
    if (result.rows[0]?.marked === 1) return;
  }
  throw await whyRefused(db, token, answers, today);
}

/** Every answer is an option of its question's scale (the bank alone decides; whether they are the round's questions is checked in the write). */
function onTheirScales(answers: Readonly<Record<string, string>>): boolean {
  return Object.entries(answers).every(([key, value]) => {
    const question = findSurveyQuestion(key);
    return question !== undefined && ANSWER_SCALES[question.scale].options.some((option) => option.value === value);
  });
}

/** The refusal's code: the link's state first, then what is wrong with the answers. */
async function whyRefused(db: Db, token: string, answers: Readonly<Record<string, string>>, today: string): Promise<AppError> {
  const invitation = await findInvitation(db, token);
  const refusal = refusalFor(invitation, today);
  if (refusal) return refusal;
  const checked = checkAnswers(invitation!.question_keys, answers);
  // Valid answers to an open, unused link were refused only if the link was used or the round closed between the two reads.
  return checked.ok ? new AppError('SURVEY_CLOSED') : new AppError(checked.code);
}
