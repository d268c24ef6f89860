import { randomUUID } from 'node:crypto';
import { authorizeCitizenFacts } from '../../../platform/access/guard.js';
import { auditRows } from '../../../platform/audit/audit.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { sql, type Insertable } from 'kysely';
import { writeInOneStatement } from '../../../platform/db/one-statement.js';
import { planNotification } from '../../../platform/notify/notify.js';
import type { MeetingParticipantTable } from '../../../platform/db/schema.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { isWorkingDay } from '../../../platform/working-days.js';
import { personName } from '../../../platform/names.js';
import { payloadHash } from '../../dialogue/idempotency.js';
import { caseForDialogue, citizenFactsOf, gpForCase } from '../../dialogue/parties.js';
import { checkEmail, checkGpDecision, checkPlace, checkReachable, checkSchedule, checkWorkingDay, overlapping, type GpDecision, type MeetingPlace } from '../domain/checks.js';
import { invitationCode, type ConvenedKind } from '../domain/kinds.js';
import { invitationLetter, letterText } from '../domain/letters.js';
import { requireNavOwner, type Ctx, type Db, type MeetingRow, type ParticipantRow, type Tx } from '../access.js';
import { calendarEmails, gpLetterRow, gpLetterSubject, gpThreadRow, letterFactsFor, noticeFor, type MeetingParties, type OutreachDeps } from '../outreach.js';
import type { MeetingSettings } from '../settings.js';

export type MeetingCtx = Ctx & OutreachDeps & { settings: MeetingSettings };

export interface OtherParticipantInput {
  role: 'advisory_physician' | 'interpreter' | 'nav_adviser' | 'other';
  name: string;
  userId?: string;
  email?: string;
  phone?: string;
  language?: string;
  organisation?: string;
}

export interface ConveneInput {
  kind: ConvenedKind;
  startsAt: string;
  durationMinutes: number;
  place: MeetingPlace;
  purpose?: string;
  agenda?: string;
  preparation?: string;
  gp?: GpDecision & { personId?: string };
  employee?: { email?: string; phone?: string };
  employer?: { invite: boolean; email?: string };
  others?: OtherParticipantInput[];
  confirmOverlap?: boolean;
}

/** Cases a meeting may be convened on: open sick leave, and AAP for the meetings of its first year. */
const CONVENABLE: Record<ConvenedKind, ReadonlySet<string>> = {
  dm2: new Set(['active', 'graded', 'pending', 'fit_for_job_placement']),
  dm3: new Set(['active', 'graded', 'pending', 'fit_for_job_placement', 'moved_to_aap']),
  aap: new Set(['moved_to_aap', 'active', 'graded', 'pending']),
};

function refuse(problem: { code: string } & Record<string, unknown>): never {
  const { code, ...details } = problem;
  throw new AppError(code as ErrorCode, details);
}

/** Meetings start on a whole minute: seconds a client sent are dropped, so calendars and letters agree. */
export function wholeMinute(value: string): Date {
  const instant = new Date(value).getTime();
  if (Number.isNaN(instant)) throw new AppError('VALIDATION_FAILED', { field: 'startsAt' });
  return new Date(Math.floor(instant / 60_000) * 60_000);
}

const trimmed = (value: string | undefined | null) => (value?.trim() ? value.trim() : null);

/**
 * NAV convenes a dialogue meeting from a case. Everything is checked before anything is written;
 * then the meeting, its participants, the GP's invitation (a message in the GP thread, whose
 * national document the trigger orders), the in-app notifications, the e-mails with calendar
 * invitations and the audit entry are written in one transaction.
 */
export async function conveneMeeting(db: Db, ctx: MeetingCtx, caseId: string, input: ConveneInput, key?: string) {
  requireNavOwner(ctx.actor);
  const now = ctx.clock.now();
  const startsAt = wholeMinute(input.startsAt);
  const schedule = checkSchedule({ startsAt, durationMinutes: input.durationMinutes, now, settings: ctx.settings }) ?? checkWorkingDay(startsAt, isWorkingDay);
  if (schedule) refuse(schedule);
  const place = checkPlace(input.place);
  if (place) refuse(place);
  const gpProblem = checkGpDecision(input.gp, input.durationMinutes);
  if (gpProblem) refuse(gpProblem);

  const sickCase = await caseForDialogue(db, caseId);
  await authorizeCitizenFacts(db, ctx, citizenFactsOf(sickCase), 'citizen.read', 'dialogue_meeting');
  const office = sickCase.nav_office_id ?? sickCase.citizen_office_id;
  if (!office || office !== ctx.actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  if (!CONVENABLE[input.kind].has(sickCase.status)) throw new AppError('CASE_CLOSED', { status: sickCase.status });

  const hash = payloadHash(['meeting', caseId, input]);
  if (key) {
    const previous = await db.selectFrom('dialogue_meeting').where('convened_by', '=', ctx.actor.userId).where('idempotency_key', '=', key).select(['id', 'payload_hash']).executeTakeFirst();
    if (previous) {
      if (previous.payload_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return { meetingId: previous.id, replayed: true };
    }
  }

  const facts = await conveneFacts(db, ctx, sickCase, startsAt, input.durationMinutes);
  const participants = await participantsFor(db, ctx, sickCase, input, facts);
  const clashes = overlapping(
    { startsAt, durationMinutes: input.durationMinutes },
    facts.nearby.map((m) => ({ ...m, startsAt: new Date(m.startsAt) })),
  );
  if (clashes.length > 0 && !input.confirmOverlap) {
    throw new AppError('MEETING_OVERLAP_UNCONFIRMED', {
      overlapping: clashes.map((c) => ({ id: c.id, kind: c.kind, startsAt: c.startsAt.toISOString(), endsAt: new Date(c.startsAt.getTime() + c.durationMinutes * 60_000).toISOString() })),
    });
  }

  const meetingId = randomUUID();
  const meeting: MeetingRow = {
    id: meetingId,
    case_id: sickCase.id,
    citizen_id: sickCase.citizen_id,
    nav_office_id: office,
    kind: input.kind,
    status: 'invited',
    starts_at: startsAt,
    duration_minutes: input.durationMinutes,
    place_kind: input.place.kind,
    place_text: trimmed(input.place.text),
    video_url: input.place.kind === 'video' ? trimmed(input.place.videoUrl) : null,
    purpose: trimmed(input.purpose),
    agenda: trimmed(input.agenda),
    preparation: trimmed(input.preparation),
    gp_invited: input.gp!.invite,
    gp_not_invited_reason: input.gp!.invite ? null : input.gp!.reason.trim(),
    gp_person_id: participants.gp?.person_id ?? null,
    conversation_id: null,
    convened_by: ctx.actor.userId,
    convened_by_name: ctx.actor.name,
    sequence: 0,
    cancelled_at: null,
    cancelled_by_name: null,
    cancel_reason: null,
    completed_at: null,
    closed_at: null,
    held_on: null,
    gp_took_part: null,
    idempotency_key: key ?? null,
    payload_hash: key ? hash : null,
    created_at: now,
    updated_at: now,
    employer_id: participants.employerId,
  };
  const rows: ParticipantRow[] = participants.rows.map((p, position) => ({
    id: randomUUID(),
    meeting_id: meetingId,
    role: p.role,
    name: p.name,
    organisation: p.organisation ?? null,
    user_id: p.user_id ?? null,
    person_id: p.person_id ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
    language: p.language ?? null,
    last_minutes: p.last_minutes ?? null,
    // The adviser who convenes is coming: their own meeting asks no answer of them.
    reply: p.role === 'nav_adviser' && p.user_id === ctx.actor.userId ? 'coming' : null,
    reply_reason: null,
    replied_at: p.role === 'nav_adviser' && p.user_id === ctx.actor.userId ? now : null,
    reply_channel: p.role === 'nav_adviser' && p.user_id === ctx.actor.userId ? 'platform' : null,
    attended: null,
    position,
    created_at: now,
  }));
  const gp = rows.find((p) => p.role === 'gp');
  const letter = gp
    ? { codeSystem: 8125 as const, code: invitationCode(input.kind).code, subject: gpLetterSubject(input.kind, 'invitation'), text: letterText(invitationLetter(letterFactsFor(meeting, participants.parties, gp))) }
    : null;
  const conversationId = gp ? randomUUID() : null;
  meeting.conversation_id = conversationId;
  const notice = noticeFor(meetingId, 'invitation', [...rows.filter((p) => p.user_id !== ctx.actor.userId).map((p) => p.user_id), ...participants.gpUserIds]);
  const told = notice ? await planNotification(db, ctx.clock, notice, ctx.config) : { notifications: [], emails: [] };
  const calendars = calendarEmails(ctx, meeting, rows, participants.parties, 'invitation', now);
  const { employer_id: _employer, ...stored } = meeting;
  // Convening is written as one statement: the meeting, its participants, the GP's thread and
  // invitation (the trigger orders its national document), notifications, e-mails with calendar
  // invitations and the audit entry commit together or not at all, in one round trip.
  try {
    await writeInOneStatement(db, [
      db.insertInto('dialogue_meeting').values(stored),
      db.insertInto('meeting_participant').values(rows),
      ...(gp && letter && conversationId
        ? [
            db.insertInto('conversation').values({ ...gpThreadRow(ctx.actor, meeting, gp, participants.gpOfficeId, letter, now), id: conversationId, last_message_at: now, gp_unread: true }),
            db.insertInto('dialogue_message').values({ ...gpLetterRow(ctx.actor, meeting, gp, participants.gpOfficeId, letter, now), conversation_id: conversationId }),
          ]
        : []),
      ...(told.notifications.length > 0 ? [db.insertInto('notification').values(told.notifications)] : []),
      ...(told.emails.length + calendars.length > 0 ? [db.insertInto('email_outbox').values([...told.emails, ...calendars])] : []),
      db.insertInto('audit_log').values(
        auditRows(ctx, [{ action: 'create', citizenId: sickCase.citizen_id, objectType: 'dialogue_meeting', objectId: meetingId, purpose: 'sick_leave_follow_up', detail: { kind: input.kind, gpInvited: input.gp!.invite, participants: rows.length } }]),
      ),
    ]);
  } catch (error) {
    if (key && isUniqueViolation(error, 'idempotency')) {
      const winner = await db.selectFrom('dialogue_meeting').where('convened_by', '=', ctx.actor.userId).where('idempotency_key', '=', key).select(['id', 'payload_hash']).executeTakeFirst();
      if (winner && winner.payload_hash === hash) return { meetingId: winner.id, replayed: true };
    }
    throw error;
  }
  return { meetingId, replayed: false, meeting, participants: rows, extras: { personName: participants.parties.personName, tariff: participants.tariff } };
}

interface TariffRow {
  code: string;
  valid_from: string;
  text_nb: string;
  text_en: string;
  amount_nok: string | null;
}

/**
 * Everything convening needs to know besides the case, in one statement: the person's platform
 * user and phone, the employer with its nearest manager, the adviser's phone, the GP's tariff in
 * force on the day, and the person's meetings close enough in time to clash.
 */
async function conveneFacts(db: Db, ctx: MeetingCtx, sickCase: Awaited<ReturnType<typeof caseForDialogue>>, startsAt: Date, durationMinutes: number) {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const row = await sql<{
    citizen_user_id: string | null;
    citizen_phone: string | null;
    employer_id: string | null;
    employer_name: string | null;
    manager: { id: string; personId: string | null; givenName: string | null; familyName: string | null; phone: string | null } | null;
    adviser_phone: string | null;
    tariff: TariffRow | null;
    nearby: Array<{ id: string; kind: string; startsAt: string; durationMinutes: number; status: 'invited' | 'new_time_place' }> | null;
  }>`
    with c as (
      select c.id, c.phone, coalesce(sc.employer_id, c.employer_id) as employer_id
        from sick_case sc join citizen c on c.id = sc.citizen_id where sc.id = ${sickCase.id})
    select
      (select u.id from app_user u where u.citizen_id = c.id and u.role = 'patient' and u.active limit 1) as citizen_user_id,
      c.phone as citizen_phone,
      c.employer_id,
      (select o.name from organisation o where o.id = c.employer_id) as employer_name,
      (select json_build_object('id', u.id, 'personId', u.person_id, 'givenName', p.given_name, 'familyName', p.family_name, 'phone', p.phone)
         from app_user u left join person p on p.id = u.person_id
        where u.organisation_id = c.employer_id and u.role = 'employer' and u.active
        order by u.created_at limit 1) as manager,
      (select p.phone from person p where p.id = ${ctx.actor.personId}) as adviser_phone,
      (select row_to_json(t) from (select code, valid_from::text, text_nb, text_en, amount_nok::text from tariff
         where code = 'DM' and valid_from <= ${startsAt.toISOString().slice(0, 10)}::date order by valid_from desc limit 1) t) as tariff,
      -- A meeting lasts at most a day, so only those starting within a day before can clash.
      (select json_agg(json_build_object('id', m.id, 'kind', m.kind, 'startsAt', m.starts_at, 'durationMinutes', m.duration_minutes, 'status', m.status))
         from dialogue_meeting m
        where m.citizen_id = c.id and m.status in ('invited', 'new_time_place')
          and m.starts_at > ${new Date(startsAt.getTime() - 86_400_000)} and m.starts_at < ${endsAt}) as nearby
    from c`.execute(db);
  const facts = row.rows[0];
  if (!facts) throw new AppError('CASE_NOT_FOUND');
  return {
    citizenUserId: facts.citizen_user_id,
    citizenPhone: facts.citizen_phone,
    employerId: facts.employer_id,
    employerName: facts.employer_name,
    manager: facts.manager,
    adviserPhone: facts.adviser_phone,
    tariff: facts.tariff,
    nearby: facts.nearby ?? [],
  };
}

type ConveneFacts = Awaited<ReturnType<typeof conveneFacts>>;

type NewParticipant = Omit<Insertable<MeetingParticipantTable>, 'meeting_id' | 'position' | 'created_at'>;

/**
 * Who is invited and how each is reached: the person (their platform user, or an address), the
 * employer's nearest manager, the GP when the adviser invites them, the adviser, and others.
 * Someone who cannot be reached is refused by name, before anything is written.
 */
async function participantsFor(db: Db, ctx: MeetingCtx, sickCase: Awaited<ReturnType<typeof caseForDialogue>>, input: ConveneInput, facts: ConveneFacts) {
  const rows: NewParticipant[] = [];
  const emailOf = (value: string | undefined, field: string) => {
    const address = trimmed(value);
    if (!address) return null;
    const problem = checkEmail(address);
    if (problem) refuse({ ...problem, field });
    return address;
  };

  // The adviser who convenes takes part, reached in the platform.
  rows.push({ role: 'nav_adviser', name: ctx.actor.name, organisation: ctx.actor.organisationName, user_id: ctx.actor.userId, person_id: null, email: null, phone: null, language: null, last_minutes: null });

  const employeeEmail = emailOf(input.employee?.email, 'employee.email');
  if (checkReachable({ userId: facts.citizenUserId, email: employeeEmail })) refuse({ code: 'MEETING_PARTICIPANT_UNREACHABLE', field: 'employee', role: 'employee' });
  rows.push({
    role: 'employee',
    name: personName(sickCase.given_name, sickCase.family_name),
    organisation: null,
    user_id: facts.citizenUserId,
    person_id: null,
    email: employeeEmail,
    phone: trimmed(input.employee?.phone) ?? facts.citizenPhone,
    language: null,
    last_minutes: null,
  });

  const employerId = facts.employerId;
  let employerName: string | null = null;
  if (input.employer?.invite !== false && employerId) {
    const manager = facts.manager;
    const organisation = { name: facts.employerName ?? '' };
    employerName = organisation.name;
    const email = emailOf(input.employer?.email, 'employer.email');
    if (checkReachable({ userId: manager?.id ?? null, email })) refuse({ code: 'MEETING_PARTICIPANT_UNREACHABLE', field: 'employer', role: 'employer' });
    rows.push({
      role: 'employer',
      name: manager?.givenName ? personName(manager.givenName, manager.familyName ?? '') : `Nærmeste leder, ${organisation.name}`,
      organisation: organisation.name,
      user_id: manager?.id ?? null,
      person_id: manager?.personId ?? null,
      email,
      phone: manager?.phone ?? null,
      language: null,
      last_minutes: null,
    });
  } else if (input.employer?.invite && !employerId) {
    refuse({ code: 'MEETING_PARTICIPANT_UNREACHABLE', field: 'employer', role: 'employer' });
  }

  let gp: NewParticipant | null = null;
  let gpOfficeId: string | null = null;
  let gpUserIds: string[] = [];
  if (input.gp?.invite) {
    const found = await gpForCase(db, sickCase, input.gp.personId);
    gpOfficeId = found.officeId;
    gpUserIds = found.userIds;
    gp = {
      role: 'gp',
      name: found.name,
      organisation: found.officeName,
      user_id: found.userIds[0] ?? null,
      person_id: found.personId,
      email: null,
      phone: null,
      language: null,
      last_minutes: input.gp.part.kind === 'last_minutes' ? input.gp.part.minutes : null,
    };
    rows.push(gp);
  }

  const others = input.others ?? [];
  if (others.some((o) => o.role === 'advisory_physician')) await checkAdvisoryPhysicianPolicy(db, ctx, sickCase.nav_office_id ?? sickCase.citizen_office_id);
  for (const [index, other] of others.entries()) {
    const field = `others.${index}`;
    const name = trimmed(other.name);
    if (!name) refuse({ code: 'VALIDATION_FAILED', field: `${field}.name`, reason: 'required' });
    if (other.role === 'interpreter' && !trimmed(other.language)) refuse({ code: 'VALIDATION_FAILED', field: `${field}.language`, reason: 'an interpreter needs a language' });
    const email = emailOf(other.email, `${field}.email`);
    let userId: string | null = null;
    if (other.userId) {
      const user = await db.selectFrom('app_user').where('id', '=', other.userId).where('active', '=', true).select('id').executeTakeFirst();
      if (!user) refuse({ code: 'USER_NOT_FOUND', field: `${field}.userId` });
      userId = user.id;
    }
    if (checkReachable({ userId, email })) refuse({ code: 'MEETING_PARTICIPANT_UNREACHABLE', field, role: other.role, name });
    rows.push({ role: other.role, name, organisation: trimmed(other.organisation), user_id: userId, person_id: null, email, phone: trimmed(other.phone), language: trimmed(other.language), last_minutes: null });
  }
  const parties: MeetingParties = {
    navOfficeName: ctx.actor.organisationName ?? 'NAV',
    adviser: { name: ctx.actor.name, phone: facts.adviserPhone },
    personName: personName(sickCase.given_name, sickCase.family_name),
    employerName,
    gpTariff: facts.tariff ? { code: facts.tariff.code, text: facts.tariff.text_nb, amountNok: facts.tariff.amount_nok ? Number(facts.tariff.amount_nok) : null } : null,
  };
  return { rows, gp, gpOfficeId, gpUserIds, employerId: employerId ?? null, parties, tariff: facts.tariff };
}

/** Some counties keep advisory physicians out of dialogue meetings; the office's county decides. */
async function checkAdvisoryPhysicianPolicy(db: Db, ctx: MeetingCtx, officeId: string | null) {
  if (ctx.settings.advisoryPhysicianExcludedCounties.length === 0 || !officeId) return;
  const office = await db.selectFrom('organisation').where('id', '=', officeId).select('municipality_number').executeTakeFirst();
  const county = office?.municipality_number?.slice(0, 2);
  if (county && ctx.settings.advisoryPhysicianExcludedCounties.includes(county)) throw new AppError('MEETING_ADVISORY_PHYSICIAN_NOT_ALLOWED', { county });
}
