import { addDays, formatISO } from 'date-fns';
import { SeededRandom } from '../src/demo/random.js';
import { computeTimeline, DEFAULT_RULES, type CaseEvent, type NotePeriod, type SickLeaveCase } from '../src/modules/sickleave/domain/index.js';

const iso = (date: Date) => formatISO(date, { representation: 'date' });

/** Computes the timelines of `count` synthetic cases (1–60 weeks, graded and full, some events) on this one thread. */
export function benchTimelines(count = 100_000) {
  const random = new SeededRandom(99);
  const today = new Date('2026-11-25T12:00:00');
  const inputs = Array.from({ length: count }, (_, i) => {
    const weeks = random.int(0, 60);
    const first = addDays(today, -weeks * 7 - random.int(0, 6));
    const periods: NotePeriod[] = [];
    let cursor = first;
    while (cursor < addDays(today, 14)) {
      const tom = addDays(cursor, random.int(14, 42));
      const graded = random.chance(0.4);
      periods.push({ fom: iso(cursor), tom: iso(tom), grade: graded ? 50 : 100, type: graded ? 'graded' : 'full' });
      cursor = addDays(tom, 1);
    }
    const events: CaseEvent[] = weeks > 5 && random.chance(0.7) ? [{ kind: 'follow_up_plan_received', on: iso(addDays(first, 25)) }] : [];
    const sickCase: SickLeaveCase = { key: String(i), personId: String(i), employerId: null, noteIds: [String(i)], firstDay: periods[0]!.fom, lastDay: periods.at(-1)!.tom, periods };
    return { case: sickCase, birthDate: `19${random.int(55, 99)}-06-15`, today: iso(today), status: 'active' as const, events };
  });
  const started = performance.now();
  let overdue = 0;
  for (const input of inputs) overdue += computeTimeline(input, DEFAULT_RULES).milestones.filter((m) => m.status === 'overdue').length;
  const ms = performance.now() - started;
  return { count, ms, overdue };
}
