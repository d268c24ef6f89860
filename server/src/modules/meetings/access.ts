import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorizeCitizen } from '../../platform/access/guard.js';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Database, DialogueMeetingTable, MeetingParticipantTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;
export type Ctx = AuditContext & { actor: Actor };

export type MeetingRow = Selectable<DialogueMeetingTable> & { employer_id: string | null };
export type ParticipantRow = Selectable<MeetingParticipantTable>;

/**
 * How the viewer stands to a meeting, which decides what they see:
 * - nav: the office's advisers and managers (everything, participants' addresses too);
 * - clinical: the person themselves, their GP, an advisory physician taking part (the minutes'
 *   medical information too, but no addresses);
 * - limited: the employer, an interpreter, others (never any medical content, nor the tariff).
 */
export type ViewerKind = 'nav' | 'clinical' | 'limited';

export interface Viewer {
  kind: ViewerKind;
  participantId: string | null;
  /** The GP's tariff concerns NAV and the GP only. */
  seesTariff: boolean;
}

const NAV_OWNERS: ReadonlySet<string> = new Set(['nav_adviser', 'nav_manager']);

export const isNavOwner = (actor: Actor) => NAV_OWNERS.has(actor.role);

export function requireNavOwner(actor: Actor) {
  if (!isNavOwner(actor)) throw new AppError('ACCESS_DENIED_ROLE');
}

export async function loadMeeting(db: Executor, id: string, lock = false): Promise<{ meeting: MeetingRow; participants: ParticipantRow[] }> {
  let query = db
    .selectFrom('dialogue_meeting as m')
    .innerJoin('sick_case as sc', 'sc.id', 'm.case_id')
    .where('m.id', '=', id)
    .selectAll('m')
    .select('sc.employer_id');
  if (lock) query = query.forUpdate('m');
  const meeting = await query.executeTakeFirst();
  if (!meeting) throw new AppError('MEETING_NOT_FOUND');
  const participants = await db.selectFrom('meeting_participant').where('meeting_id', '=', id).selectAll().orderBy('position').execute();
  return { meeting, participants };
}

/** The participant row that is the actor: their user, or the GP by their directory person. */
export function participantOf(actor: Actor, participants: readonly ParticipantRow[]): ParticipantRow | null {
  return (
    participants.find((p) => p.user_id === actor.userId) ??
    (actor.role === 'gp' && actor.personId ? participants.find((p) => p.role === 'gp' && p.person_id === actor.personId) : undefined) ??
    (actor.role === 'patient' && actor.citizenId ? participants.find((p) => p.role === 'employee') : undefined) ??
    null
  );
}

/**
 * Decides whether the actor may see the meeting, and how much. NAV must belong to the meeting's
 * office and pass the person's protection rules; the GP, the person and the employer pass the same
 * citizen rules as for the case; anyone else only as an invited participant.
 */
export async function viewerOf(db: Db, ctx: Ctx, meeting: MeetingRow, participants: readonly ParticipantRow[]): Promise<Viewer> {
  const { actor } = ctx;
  const own = participantOf(actor, participants);
  const participantId = own?.id ?? null;
  if (isNavOwner(actor)) {
    if (meeting.nav_office_id !== actor.organisationId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
    await authorizeCitizen(db, ctx, meeting.citizen_id, 'citizen.read', 'dialogue_meeting');
    return { kind: 'nav', participantId, seesTariff: true };
  }
  switch (actor.role) {
    case 'patient':
      if (actor.citizenId !== meeting.citizen_id) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
      return { kind: 'clinical', participantId: participants.find((p) => p.role === 'employee')?.id ?? null, seesTariff: false };
    case 'gp':
      if (!own) await authorizeCitizen(db, ctx, meeting.citizen_id, 'citizen.read', 'dialogue_meeting');
      return { kind: 'clinical', participantId, seesTariff: true };
    case 'employer': {
      if (!own && !participants.some((p) => p.role === 'employer') && meeting.kind !== 'dm1') throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
      await authorizeCitizen(db, ctx, meeting.citizen_id, 'citizen.read_employment', 'dialogue_meeting', { employerId: meeting.employer_id });
      return { kind: 'limited', participantId: participantId ?? participants.find((p) => p.role === 'employer')?.id ?? null, seesTariff: false };
    }
    default:
      if (!own) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
      return { kind: own.role === 'advisory_physician' ? 'clinical' : 'limited', participantId, seesTariff: false };
  }
}
