/** One set of case slots as the adviser or the GP sees it: every slot with the cases listed for it. */
import { recordSubjectSet } from '../../../platform/audit/audit.js';
import { personName } from '../../../platform/names.js';
import { auditArena, userSummaries, type Db, type OutreachCtx } from '../visits/outreach-access.js';
import { gpUserIdOf, loadCaseSlots, requireSlotStanding } from './access.js';
import { slotCasesFor } from './cases.js';
import { SLOT_LIMITS } from './domain/slots.js';

export async function readCaseSlots(db: Db, ctx: OutreachCtx, arenaId: string) {
  const arena = await loadCaseSlots(db, arenaId);
  const standing = requireSlotStanding(ctx.actor, arena);
  const sessions = await db.selectFrom('arena_session').where('arena_id', '=', arenaId).selectAll().orderBy('ordinal').execute();
  const cases = await slotCasesFor(db, ctx.actor, sessions.map((s) => s.id));
  const people = await userSummaries(db, [arena.organiser_user_id, gpUserIdOf(arena)]);
  const citizens = [...new Set(cases.map((c) => c.citizen_id))];
  const subjectSetId = citizens.length > 0 ? await recordSubjectSet(db, citizens) : undefined;
  await auditArena(db, ctx, { action: 'read', objectType: 'arena_case_slots', objectId: arenaId, ...(subjectSetId ? { subjectSetId } : {}), detail: { cases: cases.length } });
  const now = ctx.clock.now().getTime();
  return {
    id: arena.id,
    title: arena.title,
    status: arena.status,
    location: arena.location,
    perMonth: Number(arena.settings.perMonth ?? 1),
    casesPerSlot: Number(arena.settings.casesPerSlot ?? SLOT_LIMITS.defaultCasesPerSlot),
    adviser: people.get(arena.organiser_user_id) ?? null,
    gp: people.get(gpUserIdOf(arena)) ?? null,
    me: standing,
    sessions: sessions.map((s) => ({
      id: s.id,
      ordinal: s.ordinal,
      startsAt: s.starts_at.toISOString(),
      endsAt: s.ends_at.toISOString(),
      status: s.status,
      upcoming: s.status === 'planned' && s.starts_at.getTime() > now,
      cases: cases
        .filter((c) => c.session_id === s.id)
        .map((c) => ({
          id: c.id,
          caseId: c.case_id,
          citizen: { id: c.citizen_id, name: personName(c.given_name, c.family_name) },
          firstDay: c.first_day,
          caseStatus: c.case_status,
          status: c.status,
          note: c.note,
          dialogueMeetingId: c.dialogue_meeting_id,
        })),
    })),
  };
}
