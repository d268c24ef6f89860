// The sick-leave domain: pure rules over sick notes, cases and deadlines. No I/O, no clock; the
// caller passes today's date.
export { DEFAULT_MILESTONES, DEFAULT_RULES, type AgeRule, type MilestoneDefinition, type SickLeaveRules } from './rules.js';
export { eventsFromNotes, joinNotesIntoCases } from './cases.js';
export { validateNote, type NoteProblem, type NoteProblemCode } from './validate-note.js';
export { computeMaksdato, type MaksdatoInput, type MaksdatoResult } from './maksdato.js';
export { caseWeek, computeTimeline, openMilestoneStatus, type Timeline, type TimelineInput } from './timeline.js';
export { isIsoDate, toDayNumber, type IsoDate } from './dates.js';
export type {
  CaseEvent,
  CaseStatus,
  EventKind,
  ExtendedQuestionsWeek,
  Milestone,
  MilestoneStatus,
  NotePeriod,
  Owner,
  PeriodType,
  SickLeaveCase,
  SickNote,
} from './types.js';
