import type { Static } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { minutesBetween, type ArenaCtx, type Db } from '../access.js';
import { createArena, type NewSession } from '../core/create.js';
import { agendaProblem } from '../domain/agenda.js';
import { osloInstant } from '../domain/series.js';
import { DEFAULT_REMINDER_HOURS, type CourseSettings } from '../domain/settings.js';
import type { CreateCourseBody } from '../schemas-courses.js';

/**
 * A course (Innlandet, report 001 §4): one session per day with its programme and speakers,
 * overnight stay, capacity (e.g. 140), GPs prioritised over NAV staff, approval status and course
 * points, and how seats are allocated. One transaction.
 */
export type CreateCourseInput = Static<typeof CreateCourseBody>;

export async function createCourse(db: Db, ctx: ArenaCtx, input: CreateCourseInput): Promise<string> {
  // '2030-02-30' has the right shape but is no date: the instant would land on another day.
  const badDay = input.days.findIndex((day) => osloDate(osloInstant(day.date, day.startTime)) !== day.date);
  if (badDay !== -1) throw new AppError('ARENA_SESSION_TIME_INVALID', { day: badDay + 1 });
  const sessions: NewSession[] = input.days.map((day) => ({
    startsAt: osloInstant(day.date, day.startTime),
    endsAt: osloInstant(day.date, day.endTime),
    title: day.title,
    location: day.location,
    agenda: day.programme ?? [],
  }));
  sessions.forEach((s, i) => {
    const problem = s.agenda.length > 0 ? agendaProblem(s.agenda, Math.max(0, minutesBetween(s.startsAt, s.endsAt)), false) : null;
    if (problem) throw new AppError(problem, { day: i + 1 });
  });
  const settings: CourseSettings = {
    overnightStay: input.overnightStay ?? false,
    accommodation: input.accommodation?.trim() ?? '',
    coursePoints: input.coursePoints ?? null,
    approval: { status: input.approval?.status ?? 'not_applied', by: input.approval?.by?.trim() ?? '' },
    gpPriority: input.gpPriority ?? true,
    allocation: input.allocation ?? 'first_come',
    reminderHours: input.reminderHours ?? DEFAULT_REMINDER_HOURS,
  };
  return createArena(
    db,
    ctx,
    {
      kind: 'course',
      title: input.title,
      description: input.description,
      location: input.location,
      capacity: input.capacity ?? null,
      signupDeadline: input.signupDeadline ?? null,
      municipalityNumbers: input.municipalityNumbers,
      countyNumber: input.countyNumber,
      status: input.status,
      settings: settings as unknown as Record<string, unknown>,
    },
    sessions,
  );
}
