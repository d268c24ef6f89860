import { addDays, formatISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Transaction } from 'kysely';
import type { Database, MeetingRole } from '../platform/db/schema.js';
import { personName } from '../platform/names.js';
import { isWorkingDay } from '../platform/working-days.js';
import { cancellationLetter, invitationLetter, letterText, minutesLetter } from '../modules/meetings/domain/letters.js';
import type { LetterFacts } from '../modules/meetings/domain/letters.js';
import { refreshCaseDeadlines } from '../modules/sickleave/deadlines.js';
import { DEFAULT_RULES } from '../modules/sickleave/domain/index.js';
import type { DemoData } from './generate.js';
import type { DemoSickLeave } from './sick-leave.js';

const iso = (d: Date) => formatISO(d, { representation: 'date' });

/**
 * The demo adviser's dialogue meetings with the demo GP's patients, at every stage: meeting 2 next
 * week with the GP for the last 15 minutes (the GP's reply still pending, the employer coming),
 * meeting 2 held two weeks ago with minutes and agreed tasks, and a cancelled meeting 3.
 */
export async function seedDemoMeetings(tx: Transaction<Database>, data: DemoData, sick: DemoSickLeave, now: Date) {
  const gpUser = data.users.find((u) => u.role === 'gp' && u.description.includes('80 %'));
  const adviserUser = data.users.find((u) => u.role === 'nav_adviser' && u.description.startsWith('Veileder for'));
  if (!gpUser?.person_id || !adviserUser?.person_id || !adviserUser.organisation_id) return;
  const person = (id: string) => data.people.find((p) => p.id === id)!;
  const gp = person(gpUser.person_id);
  const adviser = person(adviserUser.person_id);
  const office = data.organisations.find((o) => o.id === adviserUser.organisation_id)!;
  const gpOffice = data.organisations.find((o) => o.id === gpUser.organisation_id) ?? null;
  const citizenOf = (id: string) => data.citizens.find((z) => z.id === id)!;
  // The dialogue's demo uses the first five of these cases; the meetings take the next ones.
  const cases = sick.cases
    .filter((c) => ['active', 'graded'].includes(c.status) && c.nav_office_id === office.id && citizenOf(c.citizen_id).regular_gp_person_id === gp.id && citizenOf(c.citizen_id).protection === 'none')
    .slice(5, 8);
  if (cases.length < 3) return;
  const gpName = personName(gp.given_name, gp.family_name);
  const adviserName = personName(adviser.given_name, adviser.family_name);
  // A meeting time in Oslo on the first working day at least `days` from today (back in time for negative days).
  const oslo = (days: number, hour: number) => {
    let day = addDays(now, days);
    while (!isWorkingDay(iso(day))) day = addDays(day, days < 0 ? -1 : 1);
    return new Date(new TZDate(`${iso(day)}T${String(hour).padStart(2, '0')}:00:00`, 'Europe/Oslo').getTime());
  };

  const meeting = async (index: number, m: { kind: 'dm2' | 'dm3'; startsAt: Date; status: 'invited' | 'completed' | 'cancelled'; gpLastMinutes: number | null; createdAt: Date }) => {
    const c = cases[index]!;
    const citizen = citizenOf(c.citizen_id);
    const employer = c.employer_id ? data.organisations.find((o) => o.id === c.employer_id) : undefined;
    const manager = employer ? data.users.find((u) => u.role === 'employer' && u.organisation_id === employer.id) : undefined;
    const managerPerson = manager?.person_id ? person(manager.person_id) : undefined;
    const patientUser = data.users.find((u) => u.role === 'patient' && u.citizen_id === citizen.id);
    const row = await tx
      .insertInto('dialogue_meeting')
      .values({
        case_id: c.id,
        citizen_id: citizen.id,
        nav_office_id: office.id,
        kind: m.kind,
        status: m.status,
        starts_at: m.startsAt,
        duration_minutes: 60,
        place_kind: 'nav_office',
        place_text: `${office.street ?? ''}, møterom 2`.replace(/^, /, ''),
        video_url: null,
        purpose: null,
        agenda: null,
        preparation: null,
        gp_invited: true,
        gp_not_invited_reason: null,
        gp_person_id: gp.id,
        convened_by: adviserUser.id,
        convened_by_name: adviserName,
        sequence: m.status === 'cancelled' ? 1 : 0,
        idempotency_key: null,
        payload_hash: null,
        created_at: m.createdAt,
        updated_at: m.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const participants: Array<{ role: MeetingRole; name: string; organisation: string | null; user_id: string | null; person_id: string | null; email: string | null; last_minutes: number | null }> = [
      { role: 'nav_adviser', name: adviserName, organisation: office.name, user_id: adviserUser.id, person_id: adviser.id, email: null, last_minutes: null },
      { role: 'employee', name: personName(citizen.given_name, citizen.family_name), organisation: null, user_id: patientUser?.id ?? null, person_id: null, email: patientUser ? null : 'arbeidstaker@example.no', last_minutes: null },
      ...(employer
        ? [{ role: 'employer' as const, name: managerPerson ? personName(managerPerson.given_name, managerPerson.family_name) : `Nærmeste leder, ${employer.name}`, organisation: employer.name, user_id: manager?.id ?? null, person_id: manager?.person_id ?? null, email: manager ? null : 'leder@example.no', last_minutes: null }]
        : []),
      { role: 'gp', name: gpName, organisation: gpOffice?.name ?? null, user_id: gpUser.id, person_id: gp.id, email: null, last_minutes: m.gpLastMinutes },
    ];
    const stored = await tx
      .insertInto('meeting_participant')
      .values(participants.map((p, position) => ({ ...p, meeting_id: row.id, phone: null, language: null, position, created_at: m.createdAt })))
      .returning(['id', 'role'])
      .execute();
    const facts = (role: MeetingRole, name: string): LetterFacts => ({
      kind: m.kind,
      navOfficeName: office.name,
      adviserName,
      adviserPhone: adviser.phone,
      personName: personName(citizen.given_name, citizen.family_name),
      employerName: employer?.name ?? null,
      startsAt: m.startsAt,
      durationMinutes: 60,
      place: { kind: 'nav_office', text: `${office.street ?? ''}, møterom 2`.replace(/^, /, '') },
      recipient: { role, name, part: m.gpLastMinutes ? { kind: 'last_minutes', minutes: m.gpLastMinutes } : { kind: 'whole' } },
      gpTariff: role === 'gp' ? { code: 'DM', text: 'Legens deltakelse i dialogmøte (første time)' } : null,
    });
    const conversation = await tx
      .insertInto('conversation')
      .values({
        citizen_id: citizen.id,
        case_id: c.id,
        nav_office_id: office.id,
        gp_person_id: gp.id,
        gp_office_id: gpOffice?.id ?? null,
        assigned_user_id: adviserUser.id,
        subject: `Innkalling til ${m.kind === 'dm2' ? 'dialogmøte 2' : 'dialogmøte 3'}`,
        started_by: 'nav',
        request_kind: null,
        meeting_id: row.id,
        last_message_at: m.createdAt,
        gp_unread: m.status === 'invited',
        search_text: [personName(citizen.given_name, citizen.family_name), gpName, adviserName, 'dialogmøte'].join(' '),
        created_at: m.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('dialogue_meeting').set({ conversation_id: conversation.id }).where('id', '=', row.id).execute();
    const letter = async (codeSystem: 8125 | 8126 | 8127, code: number, body: string, at: Date, fromGp = false) =>
      tx
        .insertInto('dialogue_message')
        .values({
          conversation_id: conversation.id,
          parent_id: null,
          kind: 'note',
          code_system: codeSystem,
          code,
          sender_side: fromGp ? 'gp' : 'nav',
          sender_user_id: fromGp ? gpUser.id : adviserUser.id,
          sender_name: fromGp ? gpName : adviserName,
          sender_org_name: fromGp ? (gpOffice?.name ?? null) : office.name,
          recipient_org_id: fromGp ? office.id : (gpOffice?.id ?? null),
          recipient_person_id: fromGp ? null : gp.id,
          recipient_user_id: fromGp ? adviserUser.id : gpUser.id,
          body,
          request_kind: null,
          tariff_code: null,
          legal_basis: null,
          due_on: null,
          due_at: null,
          idempotency_key: null,
          payload_hash: null,
          meeting_id: row.id,
          delivered_at: at,
          created_at: at,
        })
        .execute();
    await letter(8125, m.kind === 'dm2' ? 1 : 3, letterText(invitationLetter(facts('gp', gpName))), m.createdAt);
    return { id: row.id, caseId: c.id, participants: stored, facts, employer };
  };

  // 1. Meeting 2 next week: the employer and the person are coming; the GP has not answered yet.
  const upcoming = await meeting(0, { kind: 'dm2', startsAt: oslo(6, 10), status: 'invited', gpLastMinutes: 15, createdAt: addDays(now, -2) });
  await tx
    .updateTable('meeting_participant')
    .set({ reply: 'coming', replied_at: addDays(now, -1), reply_channel: 'platform' })
    .where('meeting_id', '=', upcoming.id)
    .where('role', 'in', ['employer', 'employee', 'nav_adviser'])
    .execute();

  // 2. Meeting 2 held two weeks ago: minutes written, tasks agreed for the GP and the employer.
  const heldAt = oslo(-14, 9);
  const held = await meeting(1, { kind: 'dm2', startsAt: heldAt, status: 'completed', gpLastMinutes: null, createdAt: addDays(now, -30) });
  await tx.updateTable('dialogue_meeting').set({ completed_at: addDays(heldAt, 0), updated_at: heldAt }).where('id', '=', held.id).execute();
  await tx.updateTable('meeting_participant').set({ reply: 'coming', replied_at: addDays(now, -25), reply_channel: 'platform', attended: true }).where('meeting_id', '=', held.id).execute();
  const minutes = {
    situation: 'Arbeidstakeren er sykmeldt 60 % og arbeider tre dager i uken med tilpassede oppgaver. Arbeidsgiver har lagt til rette med kortere dager og færre kundemøter.',
    conclusion: 'Sykmeldingen trappes ned til 40 % fra neste måned. Ny vurdering om seks uker.',
    medicalInformation: 'Legen vurderer at behandlingen virker, og at økt arbeidstid er forsvarlig.',
    tasks: [
      { owner: 'gp' as const, text: 'Vurdere gradering ved neste konsultasjon og melde fra til NAV', dueOn: iso(addDays(now, 14)) },
      { owner: 'employer' as const, text: 'Lage plan for økt arbeidstid sammen med arbeidstakeren', dueOn: iso(addDays(now, 7)) },
      { owner: 'nav' as const, text: 'Følge opp planen for økt arbeidstid', dueOn: iso(addDays(now, 21)) },
    ],
  };
  await tx
    .insertInto('meeting_minutes')
    .values({ meeting_id: held.id, version: 1, situation: minutes.situation, conclusion: minutes.conclusion, medical_information: minutes.medicalInformation, other_participants: null, attendance: JSON.stringify(held.participants.map((p) => ({ participantId: p.id, attended: true }))), correction_reason: null, written_by: adviserUser.id, written_by_name: adviserName, written_at: addDays(heldAt, 1) })
    .execute();
  await tx.insertInto('meeting_minutes_task').values(minutes.tasks.map((t, position) => ({ meeting_id: held.id, version: 1, position, owner: t.owner, text: t.text, due_on: t.dueOn }))).execute();
  await tx
    .insertInto('case_task')
    .values(
      minutes.tasks
        .filter((t) => t.owner !== 'employer' || held.employer)
        .map((t) => ({
          case_id: held.caseId,
          note_id: null,
          kind: 'meeting_task',
          owner_kind: t.owner === 'nav' ? ('nav_office' as const) : t.owner,
          owner_org_id: t.owner === 'nav' ? office.id : t.owner === 'employer' ? (held.employer?.id ?? null) : null,
          owner_person_id: t.owner === 'gp' ? gp.id : null,
          due_on: t.dueOn,
          meeting_id: held.id,
          text: t.text,
        })),
    )
    .execute();
  await tx.insertInto('case_event').values({ case_id: held.caseId, kind: 'dialogue_meeting_2_held', occurred_on: iso(heldAt), detail: null, recorded_by: adviserUser.id }).execute();
  await refreshCaseDeadlines(tx, [held.caseId], now, DEFAULT_RULES);
  const gpFacts = held.facts('gp', gpName);
  const attendance = held.participants.map((p) => ({ name: p.role, role: p.role, attended: true }));
  const minutesText = letterText(minutesLetter({ ...gpFacts, minutes: { version: 1, ...minutes, attendance, otherParticipants: null, correctionReason: null } }));
  const conversationOfHeld = (await tx.selectFrom('dialogue_meeting').where('id', '=', held.id).select('conversation_id').executeTakeFirstOrThrow()).conversation_id!;
  await tx
    .insertInto('dialogue_message')
    .values([
      { conversation_id: conversationOfHeld, parent_id: null, kind: 'note', code_system: 8126, code: 1, sender_side: 'gp', sender_user_id: gpUser.id, sender_name: gpName, sender_org_name: gpOffice?.name ?? null, recipient_org_id: office.id, recipient_person_id: null, recipient_user_id: adviserUser.id, body: '', request_kind: null, tariff_code: null, legal_basis: null, due_on: null, due_at: null, idempotency_key: null, payload_hash: null, meeting_id: held.id, delivered_at: addDays(now, -25), created_at: addDays(now, -25) },
      { conversation_id: conversationOfHeld, parent_id: null, kind: 'note', code_system: 8127, code: 9, sender_side: 'nav', sender_user_id: adviserUser.id, sender_name: adviserName, sender_org_name: office.name, recipient_org_id: gpOffice?.id ?? null, recipient_person_id: gp.id, recipient_user_id: gpUser.id, body: minutesText, request_kind: null, tariff_code: null, legal_basis: null, due_on: null, due_at: null, idempotency_key: null, payload_hash: null, meeting_id: held.id, delivered_at: addDays(heldAt, 1), created_at: addDays(heldAt, 1) },
    ])
    .execute();
  await tx.updateTable('conversation').set({ last_message_at: addDays(heldAt, 1) }).where('id', '=', conversationOfHeld).execute();

  // 3. Meeting 3, cancelled by NAV with a reason.
  const cancelled = await meeting(2, { kind: 'dm3', startsAt: oslo(3, 13), status: 'cancelled', gpLastMinutes: null, createdAt: addDays(now, -10) });
  const reason = 'Arbeidstakeren er tilbake i full jobb; møtet er ikke lenger nødvendig.';
  await tx.updateTable('dialogue_meeting').set({ cancelled_at: addDays(now, -1), cancelled_by_name: adviserName, cancel_reason: reason }).where('id', '=', cancelled.id).execute();
  const conversationOfCancelled = (await tx.selectFrom('dialogue_meeting').where('id', '=', cancelled.id).select('conversation_id').executeTakeFirstOrThrow()).conversation_id!;
  await tx
    .insertInto('dialogue_message')
    .values({ conversation_id: conversationOfCancelled, parent_id: null, kind: 'note', code_system: 8127, code: 4, sender_side: 'nav', sender_user_id: adviserUser.id, sender_name: adviserName, sender_org_name: office.name, recipient_org_id: gpOffice?.id ?? null, recipient_person_id: gp.id, recipient_user_id: gpUser.id, body: letterText(cancellationLetter({ ...cancelled.facts('gp', gpName), reason })), request_kind: null, tariff_code: null, legal_basis: null, due_on: null, due_at: null, idempotency_key: null, payload_hash: null, meeting_id: cancelled.id, delivered_at: addDays(now, -1), created_at: addDays(now, -1) })
    .execute();
}
