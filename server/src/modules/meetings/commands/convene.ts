import { randomUUID } from 'node:crypto';
import { authorizeCitizenFacts } from '../../../platform/access/guard.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import type { Insertable } from 'kysely';
import type { MeetingParticipantTable } from '../../../platform/db/schema.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { personName } from '../../../platform/names.js';
import { payloadHash } from '../../dialogue/idempotency.js';
import { caseForDialogue, citizenFactsOf, gpForCase } from '../../dialogue/parties.js';
import { checkEmail, checkGpDecision, checkPlace, checkReachable, checkSchedule, overlapping, type GpDecision, type MeetingPlace } from '../domain/checks.js';
import { invitationCode, type ConvenedKind } from '../domain/kinds.js';
import { invitationLetter, letterText } from '../domain/letters.js';
import { requireNavOwner, type Ctx, type Db, type MeetingRow, type ParticipantRow, type Tx } from '../access.js';
import { emailParticipants, gpLetterSubject, letterFactsFor, tellUsers, writeToGp, type MeetingParties, type OutreachDeps } from '../outreach.js';
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
  const schedule = checkSchedule({ startsAt, durationMinutes: input.durationMinutes, now, settings: ctx.settings });
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

  const participants = await participantsFor(db, ctx, sickCase, input, startsAt.toISOString().slice(0, 10));
  const clashes = overlapping(
    { startsAt, durationMinutes: input.durationMinutes },
    (
      await db
        .selectFrom('dialogue_meeting')
        .where('citizen_id', '=', sickCase.citizen_id)
        .where('status', 'in', ['invited', 'new_time_place'])
        .select(['id', 'kind', 'starts_at', 'duration_minutes', 'status'])
        .execute()
    ).map((m) => ({ ...m, startsAt: new Date(m.starts_at), durationMinutes: m.duration_minutes })),
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
  try {
    // Everything the letters need is in hand: the transaction only writes.
    await db.transaction().execute(async (tx) => {
      const { employer_id: _employer, ...stored } = meeting;
      await tx.insertInto('dialogue_meeting').values(stored).execute();
      await tx.insertInto('meeting_participant').values(rows).execute();
      await sendInvitations(tx, ctx, meeting, rows, participants.parties, participants.gpOfficeId, participants.gpUserIds, now);
      await recordAudit(tx, ctx, {
        action: 'create',
        citizenId: sickCase.citizen_id,
        objectType: 'dialogue_meeting',
        objectId: meetingId,
        purpose: 'sick_leave_follow_up',
        detail: { kind: input.kind, gpInvited: input.gp!.invite, participants: rows.length },
      });
    });
  } catch (error) {
    if (key && isUniqueViolation(error, 'idempotency')) {
      const winner = await db.selectFrom('dialogue_meeting').where('convened_by', '=', ctx.actor.userId).where('idempotency_key', '=', key).select(['id', 'payload_hash']).executeTakeFirst();
      if (winner && winner.payload_hash === hash) return { meetingId: winner.id, replayed: true };
    }
    throw error;
  }
  return { meetingId, replayed: false, meeting, participants: rows };
}

/** Letters, notifications and calendar invitations for a meeting being written. */
async function sendInvitations(tx: Tx, ctx: MeetingCtx, meeting: MeetingRow, participants: ParticipantRow[], parties: MeetingParties, gpOfficeId: string | null, gpUserIds: string[], now: Date) {
  const gp = participants.find((p) => p.role === 'gp');
  if (gp) {
    const letter = invitationLetter(letterFactsFor(meeting, parties, gp));
    const code = invitationCode(meeting.kind as ConvenedKind);
    await writeToGp(tx, ctx.actor, meeting, gp, gpOfficeId, { codeSystem: 8125, code: code.code, subject: gpLetterSubject(meeting.kind, 'invitation'), text: letterText(letter) }, now);
  }
  const others = participants.filter((p) => p.user_id !== ctx.actor.userId);
  await tellUsers(tx, ctx, meeting.id, 'invitation', [...others.map((p) => p.user_id), ...gpUserIds]);
  await emailParticipants(tx, ctx, meeting, participants, parties, 'invitation', now);
}

export async function gpUsers(tx: Tx | Db, personId: string | null): Promise<string[]> {
  if (!personId) return [];
  const rows = await tx.selectFrom('app_user').where('person_id', '=', personId).where('role', '=', 'gp').where('active', '=', true).select('id').execute();
  return rows.map((r) => r.id);
}

type NewParticipant = Omit<Insertable<MeetingParticipantTable>, 'meeting_id' | 'position' | 'created_at'>;

/**
 * Who is invited and how each is reached: the person (their platform user, or an address), the
 * employer's nearest manager, the GP when the adviser invites them, the adviser, and others.
 * Someone who cannot be reached is refused by name, before anything is written.
 */
async function participantsFor(db: Db, ctx: MeetingCtx, sickCase: Awaited<ReturnType<typeof caseForDialogue>>, input: ConveneInput, startsOn: string) {
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

  const [citizenUser, citizen, caseEmployer, adviserPerson, tariff] = await Promise.all([
    db.selectFrom('app_user').where('citizen_id', '=', sickCase.citizen_id).where('role', '=', 'patient').where('active', '=', true).select('id').executeTakeFirst(),
    db.selectFrom('citizen').where('id', '=', sickCase.citizen_id).select(['phone', 'employer_id']).executeTakeFirstOrThrow(),
    db.selectFrom('sick_case').where('id', '=', sickCase.id).select('employer_id').executeTakeFirst(),
    ctx.actor.personId ? db.selectFrom('person').where('id', '=', ctx.actor.personId).select('phone').executeTakeFirst() : undefined,
    db.selectFrom('tariff').where('code', '=', 'DM').where('valid_from', '<=', startsOn).selectAll().orderBy('valid_from', 'desc').executeTakeFirst(),
  ]);
  const employeeEmail = emailOf(input.employee?.email, 'employee.email');
  if (checkReachable({ userId: citizenUser?.id ?? null, email: employeeEmail })) refuse({ code: 'MEETING_PARTICIPANT_UNREACHABLE', field: 'employee', role: 'employee' });
  rows.push({
    role: 'employee',
    name: personName(sickCase.given_name, sickCase.family_name),
    organisation: null,
    user_id: citizenUser?.id ?? null,
    person_id: null,
    email: employeeEmail,
    phone: trimmed(input.employee?.phone) ?? citizen.phone,
    language: null,
    last_minutes: null,
  });

  const employerId = caseEmployer?.employer_id ?? citizen.employer_id;
  let employerName: string | null = null;
  if (input.employer?.invite !== false && employerId) {
    const [manager, organisation] = await Promise.all([
      db
        .selectFrom('app_user as u')
        .leftJoin('person as p', 'p.id', 'u.person_id')
        .where('u.organisation_id', '=', employerId)
        .where('u.role', '=', 'employer')
        .where('u.active', '=', true)
        .select(['u.id', 'u.person_id', 'p.given_name', 'p.family_name', 'p.email', 'p.phone'])
        .orderBy('u.created_at')
        .executeTakeFirst(),
      db.selectFrom('organisation').where('id', '=', employerId).select(['name', 'email']).executeTakeFirstOrThrow(),
    ]);
    employerName = organisation.name;
    const email = emailOf(input.employer?.email, 'employer.email');
    if (checkReachable({ userId: manager?.id ?? null, email })) refuse({ code: 'MEETING_PARTICIPANT_UNREACHABLE', field: 'employer', role: 'employer' });
    rows.push({
      role: 'employer',
      name: manager?.given_name ? personName(manager.given_name, manager.family_name ?? '') : `Nærmeste leder, ${organisation.name}`,
      organisation: organisation.name,
      user_id: manager?.id ?? null,
      person_id: manager?.person_id ?? null,
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
    adviser: { name: ctx.actor.name, phone: adviserPerson?.phone ?? null },
    personName: personName(sickCase.given_name, sickCase.family_name),
    employerName,
    gpTariff: tariff ? { code: tariff.code, text: tariff.text_nb, amountNok: tariff.amount_nok ? Number(tariff.amount_nok) : null } : null,
  };
  return { rows, gp, gpOfficeId, gpUserIds, employerId: employerId ?? null, parties };
}

/** Some counties keep advisory physicians out of dialogue meetings; the office's county decides. */
async function checkAdvisoryPhysicianPolicy(db: Db, ctx: MeetingCtx, officeId: string | null) {
  if (ctx.settings.advisoryPhysicianExcludedCounties.length === 0 || !officeId) return;
  const office = await db.selectFrom('organisation').where('id', '=', officeId).select('municipality_number').executeTakeFirst();
  const county = office?.municipality_number?.slice(0, 2);
  if (county && ctx.settings.advisoryPhysicianExcludedCounties.includes(county)) throw new AppError('MEETING_ADVISORY_PHYSICIAN_NOT_ALLOWED', { county });
}
