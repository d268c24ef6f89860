import { fromDayNumber, toDayNumber, type IsoDate } from './dates.js';
import type { SickLeaveRules } from './rules.js';
import type { CaseEvent, NotePeriod, SickLeaveCase, SickNote } from './types.js';

/**
 * Joining sick notes into cases (sykefraværstilfeller). NAV treats notes for the same person and
 * employer as one case when the gap between them is short, and every deadline counts from the
 * case's first day, so this decides where the clock starts.
 */

interface PlacedNote {
  note: SickNote;
  start: IsoDate;
  end: IsoDate;
}

/**
 * Groups notes by person and employer and joins each group where the gap (days strictly between
 * one note's end and the next one's start) is at most `rules.joinGapDays`. A note is joined as a
 * whole: its own periods are taken to belong together. Notes without periods cannot be placed and
 * are left out (validateNote reports them). The result does not depend on the order of `notes`.
 */
export function joinNotesIntoCases(notes: readonly SickNote[], rules: Pick<SickLeaveRules, 'joinGapDays'>): SickLeaveCase[] {
  const groups = new Map<string, PlacedNote[]>();
  for (const note of notes) {
    if (note.periods.length === 0) continue;
    const placed: PlacedNote = {
      note,
      start: note.periods.reduce((min, p) => (p.fom < min ? p.fom : min), note.periods[0]!.fom),
      end: note.periods.reduce((max, p) => (p.tom > max ? p.tom : max), note.periods[0]!.tom),
    };
    const key = groupKey(note);
    const group = groups.get(key);
    if (group) group.push(placed);
    else groups.set(key, [placed]);
  }

  const cases: SickLeaveCase[] = [];
  for (const group of groups.values()) {
    group.sort(byStartThenIssue);
    let current: PlacedNote[] = [];
    let currentEnd = -Infinity;
    for (const placed of group) {
      // Days strictly between the case so far and this note; negative when they overlap.
      const gap = toDayNumber(placed.start) - currentEnd - 1;
      if (current.length > 0 && gap > rules.joinGapDays) {
        cases.push(buildCase(current));
        current = [];
      }
      current.push(placed);
      currentEnd = Math.max(currentEnd, toDayNumber(placed.end));
    }
    if (current.length > 0) cases.push(buildCase(current));
  }
  return cases.sort(
    (a, b) => compare(a.personId, b.personId) || compare(a.employerId ?? '', b.employerId ?? '') || compare(a.firstDay, b.firstDay),
  );
}

/** The extended questions a GP answered in a note, as timeline events on the note's issue date. */
export function eventsFromNotes(notes: readonly SickNote[]): CaseEvent[] {
  return notes.flatMap((note) =>
    (note.extendedQuestionsAnswered ?? []).map((week) => ({
      kind: `extended_questions_answered_${week}` as const,
      on: note.issuedAt,
      detail: note.id,
    })),
  );
}

function buildCase(placed: PlacedNote[]): SickLeaveCase {
  const first = placed[0]!;
  const firstDay = first.start;
  const lastDay = placed.reduce((max, p) => (p.end > max ? p.end : max), first.end);
  return {
    // Stable for as long as no earlier note joins the case.
    key: `${first.note.personId}|${first.note.employerId ?? '-'}|${firstDay}`,
    personId: first.note.personId,
    employerId: first.note.employerId,
    noteIds: placed.map((p) => p.note.id),
    firstDay,
    lastDay,
    periods: mergePeriods(placed.map((p) => p.note)),
  };
}

/**
 * Paints the notes day by day in the order they were issued, so a later note (a correction or a
 * new grade) wins the days it shares with an earlier one, then joins consecutive days with the
 * same type and grade back into periods.
 */
export function mergePeriods(notes: readonly SickNote[]): NotePeriod[] {
  const days = new Map<number, Pick<NotePeriod, 'grade' | 'type'>>();
  for (const note of [...notes].sort((a, b) => compare(a.issuedAt, b.issuedAt) || compare(a.id, b.id))) {
    for (const period of note.periods) {
      const last = toDayNumber(period.tom);
      for (let day = toDayNumber(period.fom); day <= last; day++) days.set(day, { grade: period.grade, type: period.type });
    }
  }
  const merged: NotePeriod[] = [];
  let run: { from: number; to: number; grade: number; type: NotePeriod['type'] } | undefined;
  const close = () => {
    if (run) merged.push({ fom: fromDayNumber(run.from), tom: fromDayNumber(run.to), grade: run.grade, type: run.type });
  };
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    const { grade, type } = days.get(day)!;
    if (run && run.to === day - 1 && run.grade === grade && run.type === type) run.to = day;
    else {
      close();
      run = { from: day, to: day, grade, type };
    }
  }
  close();
  return merged;
}

const groupKey = (note: SickNote) => JSON.stringify([note.personId, note.employerId]);

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byStartThenIssue = (a: PlacedNote, b: PlacedNote): number =>
  compare(a.start, b.start) || compare(a.note.issuedAt, b.note.issuedAt) || compare(a.note.id, b.note.id);
