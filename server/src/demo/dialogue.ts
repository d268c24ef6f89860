import { addDays, formatISO } from 'date-fns';
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { personName } from '../platform/names.js';
import { deadlineInstant } from '../modules/dialogue/domain/deadlines.js';
import { LEGAL_BASIS } from '../modules/dialogue/domain/codes.js';
import type { DemoData } from './generate.js';
import type { DemoSickLeave } from './sick-leave.js';

const iso = (d: Date) => formatISO(d, { representation: 'date' });

/**
 * A demo GP's and adviser's dialogue at every stage: an L40 past its deadline and reminded, a new
 * L8, an answered L8, a GP's question to the office nobody has taken yet, and information from NAV.
 */
export async function seedDemoDialogue(tx: Transaction<Database>, data: DemoData, sick: DemoSickLeave, now: Date) {
  const gpUser = data.users.find((u) => u.role === 'gp' && u.description.includes('80 %'));
  const adviserUser = data.users.find((u) => u.role === 'nav_adviser' && u.description.startsWith('Veileder for'));
  if (!gpUser?.person_id || !adviserUser?.person_id || !adviserUser.organisation_id) return;
  const person = (id: string) => data.people.find((p) => p.id === id)!;
  const gp = person(gpUser.person_id);
  const adviser = person(adviserUser.person_id);
  const office = data.organisations.find((o) => o.id === adviserUser.organisation_id)!;
  const gpOffice = data.organisations.find((o) => o.id === gpUser.organisation_id) ?? null;
  const cases = sick.cases.filter((c) => ['active', 'graded'].includes(c.status) && c.nav_office_id === office.id && data.citizens.find((z) => z.id === c.citizen_id)?.regular_gp_person_id === gp.id && data.citizens.find((z) => z.id === c.citizen_id)?.protection === 'none');
  if (cases.length < 5) return;
  const gpName = personName(gp.given_name, gp.family_name);
  const adviserName = personName(adviser.given_name, adviser.family_name);
  const at = (days: number, hour = 9) => new Date(addDays(now, days).setUTCHours(hour, 0, 0, 0));

  const thread = async (index: number, t: { subject: string; startedBy: 'nav' | 'gp'; kind: 'L8' | 'L40' | null; assigned: boolean; createdAt: Date }) => {
    const c = cases[index]!;
    const citizen = data.citizens.find((z) => z.id === c.citizen_id)!;
    return (
      await tx
        .insertInto('conversation')
        .values({
          citizen_id: c.citizen_id,
          case_id: c.id,
          nav_office_id: office.id,
          gp_person_id: gp.id,
          gp_office_id: gpOffice?.id ?? null,
          assigned_user_id: t.assigned ? adviserUser.id : null,
          subject: t.subject,
          started_by: t.startedBy,
          request_kind: t.kind,
          last_message_at: t.createdAt,
          search_text: [personName(citizen.given_name, citizen.family_name), gpName, adviserName, t.subject].join(' '),
          created_at: t.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  };
  const base = { parent_id: null, recipient_user_id: null, idempotency_key: null, payload_hash: null, legal_basis: null, tariff_code: null, request_kind: null, due_on: null, due_at: null };
  const navSender = { sender_side: 'nav' as const, sender_user_id: adviserUser.id, sender_name: adviserName, sender_org_name: office.name, recipient_org_id: gpOffice?.id ?? null, recipient_person_id: gp.id };
  const request = async (conversationId: string, kind: 'L8' | 'L40', sentDaysAgo: number, dueInDays: number, questions: string[]) => {
    const dueOn = iso(addDays(now, dueInDays));
    const message = await tx
      .insertInto('dialogue_message')
      .values({
        ...base,
        ...navSender,
        conversation_id: conversationId,
        kind: 'request',
        code_system: 8129,
        code: 1,
        request_kind: kind,
        tariff_code: kind,
        legal_basis: LEGAL_BASIS.nb,
        due_on: dueOn,
        due_at: deadlineInstant(dueOn),
        expects_answer: true,
        delivered_at: at(-sentDaysAgo),
        created_at: at(-sentDaysAgo),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('request_question').values(questions.map((text, i) => ({ message_id: message.id, position: i + 1, text, is_open: i === questions.length - 1 }))).execute();
    await tx.updateTable('conversation').set({ awaiting: 'gp', next_due_at: deadlineInstant(dueOn), gp_unread: true }).where('id', '=', conversationId).execute();
    return message.id;
  };
  const questions = [
    'Hvilke arbeidsoppgaver kan pasienten utføre nå, og i hvor mange timer per dag?',
    'Er det medisinske grunner til at gradert sykmelding ikke er mulig?',
    'Er det annet NAV bør vite for å planlegge oppfølgingen?',
  ];

  // 1. An L40 past its deadline: reminded, and a "no answer" task for the adviser.
  const late = await thread(0, { subject: 'L40: Legeerklæring om arbeidsuførhet', startedBy: 'nav', kind: 'L40', assigned: true, createdAt: at(-25) });
  const lateRequest = await request(late, 'L40', 25, -4, questions);
  await tx.updateTable('dialogue_message').set({ status: 'reminded', reminded_at: at(-3, 1) }).where('id', '=', lateRequest).execute();
  await tx
    .insertInto('dialogue_message')
    .values({ ...base, ...navSender, sender_side: 'system', sender_user_id: null, conversation_id: late, parent_id: lateRequest, kind: 'reminder', code_system: 8129, code: 2, body: 'Påminnelse: forespørselen er ikke besvart innen fristen.', delivered_at: at(-3, 1), created_at: at(-3, 1) })
    .execute();
  await tx
    .insertInto('case_task')
    .values({ case_id: cases[0]!.id, note_id: null, kind: 'request_unanswered', owner_kind: 'nav_office', owner_org_id: office.id, owner_person_id: adviser.id, due_on: iso(addDays(now, 4)), message_id: lateRequest })
    .execute();
  await tx.updateTable('conversation').set({ last_message_at: at(-3, 1) }).where('id', '=', late).execute();

  // 2. A new L8, not yet opened by the GP.
  const fresh = await thread(1, { subject: 'L8: Tilleggsopplysninger', startedBy: 'nav', kind: 'L8', assigned: true, createdAt: at(-1) });
  await request(fresh, 'L8', 1, 13, questions.slice(1));

  // 3. An L8 the GP answered, read by the adviser.
  const done = await thread(2, { subject: 'L8: Tilleggsopplysninger', startedBy: 'nav', kind: 'L8', assigned: true, createdAt: at(-20) });
  const doneRequest = await request(done, 'L8', 20, -6, questions.slice(0, 2));
  const answer = await tx
    .insertInto('dialogue_message')
    .values({ ...base, conversation_id: done, parent_id: doneRequest, kind: 'answer', code_system: 9069, code: 5, sender_side: 'gp', sender_user_id: gpUser.id, sender_name: gpName, sender_org_name: gpOffice?.name ?? null, recipient_org_id: office.id, recipient_person_id: null, recipient_user_id: adviserUser.id, tariff_code: 'L8', delivered_at: at(-10), read_at: at(-9), read_by_user_id: adviserUser.id, read_by_name: adviserName, created_at: at(-10) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('answer_item').values([
    { message_id: answer.id, position: 1, text: 'Lett kontorarbeid inntil fire timer per dag. Ingen løft over 5 kg.' },
    { message_id: answer.id, position: 2, text: 'Nei. Gradert sykmelding 50 % fra neste uke er forsvarlig.' },
  ]).execute();
  await tx.updateTable('dialogue_message').set({ status: 'answered', answered_at: at(-10), answer_id: answer.id, read_at: at(-19), read_by_user_id: gpUser.id, read_by_name: gpName }).where('id', '=', doneRequest).execute();
  await tx.updateTable('conversation').set({ awaiting: null, next_due_at: null, gp_unread: false, last_message_at: at(-10) }).where('id', '=', done).execute();

  // 4. The GP asks the office; nobody has taken it yet (it waits in the office inbox).
  const asked = await thread(3, { subject: 'Spørsmål om arbeidsutprøving', startedBy: 'gp', kind: null, assigned: false, createdAt: at(-2) });
  const replyDue = iso(addDays(now, 3));
  await tx
    .insertInto('dialogue_message')
    .values({ ...base, conversation_id: asked, kind: 'note', code_system: 8128, code: 1, sender_side: 'gp', sender_user_id: gpUser.id, sender_name: gpName, sender_org_name: gpOffice?.name ?? null, recipient_org_id: office.id, recipient_person_id: null, body: 'Pasienten ønsker å prøve seg i tilpasset arbeid. Kan NAV ta kontakt med arbeidsgiver om arbeidsutprøving?', due_on: replyDue, due_at: deadlineInstant(replyDue), expects_answer: true, delivered_at: at(-2), created_at: at(-2) })
    .execute();
  await tx.updateTable('conversation').set({ awaiting: 'nav', next_due_at: deadlineInstant(replyDue), nav_unread: true }).where('id', '=', asked).execute();

  // 5. Information from NAV, which waits for no answer.
  const info = await thread(4, { subject: 'Informasjon fra NAV', startedBy: 'nav', kind: null, assigned: true, createdAt: at(-1, 13) });
  await tx
    .insertInto('dialogue_message')
    .values({ ...base, ...navSender, conversation_id: info, kind: 'note', code_system: 8127, code: 9, body: 'Referat fra dialogmøte 1 er lagt i saken. Neste oppfølging er avtalt om fire uker.', delivered_at: at(-1, 13), created_at: at(-1, 13) })
    .execute();
  await tx.updateTable('conversation').set({ gp_unread: true }).where('id', '=', info).execute();
}
