import { AppError } from '../../../platform/errors.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { renderLetterPdf } from '../../interop/domain/letter-pdf.js';
import { auditArena, minutesBetween, requireVisible, type ArenaCtx, type ArenaRow, type Db } from '../access.js';
import { userNames } from '../core/view.js';
import { feeClaim, formatNok, type FeeClaim } from '../domain/fee-claim.js';
import { feeOf } from '../domain/settings.js';

/**
 * A GP's meeting-fee claim for a small group (takst 14): sessions attended, minutes, started half
 * hours and the amount at the arena's rate. The GP reads their own; organisers read anyone's. As
 * JSON for the page and as a PDF to send on (pdf-lib, through the interop letter renderer).
 */
export interface FeeClaimView extends FeeClaim {
  participantId: string;
  name: string;
  hprNumber: number | null;
  arena: ArenaRow;
  organisationName: string | null;
  organiserName: string;
}

const norwegianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

export async function feeClaimFor(db: Db, ctx: ArenaCtx, arenaId: string, participantId?: string): Promise<FeeClaimView> {
  const { arena, standing } = await requireVisible(db, ctx, arenaId);
  const targetId = participantId ?? standing.participant?.id;
  if (participantId && participantId !== standing.participant?.id && !standing.manager) throw new AppError('ARENA_NOT_ORGANISER');
  if (!targetId) throw new AppError('ARENA_NOT_SIGNED_UP');
  const participant = await db
    .selectFrom('arena_participant as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .where('p.id', '=', targetId)
    .where('p.arena_id', '=', arena.id)
    .select(['p.id', 'p.user_id', 'p.is_gp', 'p.part', 'o.name as organisation_name'])
    .executeTakeFirst();
  if (!participant || participant.part !== 'participant') throw new AppError('ARENA_PARTICIPANT_NOT_FOUND');
  const fee = feeOf(arena.kind, arena.settings);
  if (!fee || !participant.is_gp) throw new AppError('ARENA_NO_FEE');
  const attended = await db
    .selectFrom('arena_attendance as a')
    .innerJoin('arena_session as s', 's.id', 'a.session_id')
    .where('a.participant_id', '=', participant.id)
    .where('a.attended', '=', true)
    .where('s.status', '<>', 'cancelled')
    .select(['s.ordinal', 's.starts_at', 's.ends_at', 's.title', 'a.minutes'])
    .execute();
  if (attended.length === 0) throw new AppError('ARENA_NO_ATTENDANCE');
  const claim = feeClaim(
    attended.map((s) => ({ ordinal: s.ordinal, date: osloDate(s.starts_at), title: s.title || `Samling ${s.ordinal}`, minutes: s.minutes ?? minutesBetween(s.starts_at, s.ends_at) })),
    fee,
  );
  const person = await db.selectFrom('app_user as u').leftJoin('person as p', 'p.id', 'u.person_id').where('u.id', '=', participant.user_id).select(['p.hpr_number']).executeTakeFirst();
  const names = await userNames(db, [participant.user_id, arena.organiser_user_id]);
  const name = names.get(participant.user_id)?.name ?? '—';
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_fee_claim', objectId: participant.id, detail: { arenaId, totalNok: claim.totalNok } });
  return { ...claim, participantId: participant.id, name, hprNumber: person?.hpr_number ?? null, arena, organisationName: participant.organisation_name, organiserName: names.get(arena.organiser_user_id)?.name ?? '—' };
}

export function feeClaimJson(view: FeeClaimView) {
  const { arena: _arena, organisationName: _org, organiserName: _organiser, ...rest } = view;
  return rest;
}

/** The claim as a PDF document, in bokmål (the claim goes to the organiser's payroll). */
export async function feeClaimPdf(view: FeeClaimView, now: Date): Promise<Uint8Array> {
  const lines = view.lines.map(
    (l) => `Samling ${l.ordinal}, ${norwegianDate(l.date)}${l.title && l.title !== `Samling ${l.ordinal}` ? ` (${l.title})` : ''}: ${l.minutes} min, ${l.units} × ${formatNok(view.rateNok)} kr = ${formatNok(l.amountNok)} kr`,
  );
  return renderLetterPdf({
    title: `Krav om møtegodtgjørelse – takst ${view.code}`,
    sections: [
      { heading: 'Lege', text: [`Navn: ${view.name}`, view.hprNumber ? `HPR-nummer: ${view.hprNumber}` : null, view.organisationName ? `Arbeidssted: ${view.organisationName}` : null].filter(Boolean).join('\n') },
      { heading: 'Møteplass', text: [view.arena.title, `Arrangør: ${view.organiserName}`, view.arena.location ? `Sted: ${view.arena.location}` : null].filter(Boolean).join('\n') },
      { heading: 'Samlinger med oppmøte', text: lines.join('\n') },
      { heading: 'Sum', text: `${view.totalMinutes} minutter, ${view.totalUnits} påbegynte halvtimer × ${formatNok(view.rateNok)} kr = ${formatNok(view.totalNok)} kr` },
    ],
    footer: `Takst ${view.code}: ${formatNok(view.rateNok)} kr per påbegynte ${view.unitMinutes} minutter, etter møteplassens innstillinger. Laget i Samhandling ${norwegianDate(osloDate(now))}.`,
    createdAt: now,
  });
}
