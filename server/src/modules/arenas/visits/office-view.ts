/** The read model of the offices in a visit round: where each stands, its visit, who goes, what was agreed. */
import { osloDate } from '../../../platform/oslo-date.js';
import { allowedMoves } from './domain/pipeline.js';
import type { RoundRow } from './access.js';
import { userSummaries, type Executor } from './outreach-access.js';

export type OfficeSelection = { roundId: string } | { visitOfficeId: string };

/** Offices of a round (or one office), by municipality and name, with participants and follow-ups. */
export async function officeViews(db: Executor, selection: OfficeSelection, round: RoundRow, now: Date) {
  let query = db
    .selectFrom('arena_visit_office as v')
    .innerJoin('organisation as o', 'o.id', 'v.organisation_id')
    .selectAll('v')
    .select(['o.name as organisation_name', 'o.municipality_name', 'o.phone as organisation_phone'])
    .orderBy('v.municipality_number')
    .orderBy('o.name');
  query = 'roundId' in selection ? query.where('v.round_id', '=', selection.roundId) : query.where('v.id', '=', selection.visitOfficeId);
  const offices = await query.execute();
  const ids = offices.map((o) => o.id);
  const [participants, followUps] = ids.length === 0
    ? [[], []]
    : await Promise.all([
        db.selectFrom('arena_visit_participant').where('visit_office_id', 'in', ids).selectAll().execute(),
        db.selectFrom('arena_visit_follow_up').where('visit_office_id', 'in', ids).selectAll().orderBy('due_on').orderBy('created_at').execute(),
      ]);
  const users = await userSummaries(db, [...participants.map((p) => p.user_id), ...followUps.map((f) => f.owner_user_id)]);
  const today = osloDate(now);
  return offices.map((v) => ({
    id: v.id,
    organisation: { id: v.organisation_id, name: v.organisation_name, phone: v.organisation_phone, municipalityNumber: v.municipality_number, municipalityName: v.municipality_name },
    stage: v.stage,
    allowedMoves: [...allowedMoves(v.stage)],
    declineReason: v.decline_reason,
    format: v.format ?? round.default_format,
    formatNote: v.format_note,
    lengthMinutes: v.length_minutes,
    visitAt: v.visit_at ? v.visit_at.toISOString() : null,
    notes: v.notes,
    stageChangedAt: v.stage_changed_at ? v.stage_changed_at.toISOString() : null,
    version: v.version,
    participants: participants.filter((p) => p.visit_office_id === v.id).map((p) => users.get(p.user_id) ?? { userId: p.user_id, name: '', role: 'nav_adviser' as const, organisationName: null }),
    followUps: followUps
      .filter((f) => f.visit_office_id === v.id)
      .map((f) => ({
        id: f.id,
        text: f.text,
        owner: users.get(f.owner_user_id) ?? { userId: f.owner_user_id, name: '', role: 'nav_adviser' as const, organisationName: null },
        dueOn: f.due_on,
        done: f.done_at !== null,
        overdue: f.done_at === null && f.due_on < today,
      })),
  }));
}

export type OfficeView = Awaited<ReturnType<typeof officeViews>>[number];
