/** The pure rules of dialogue meetings (ADR 0002): no I/O, time comes in as arguments. */
export * from './kinds.js';
export * from './state.js';
export * from './checks.js';
export * from './tariff.js';
export { ZONE, timeSpan } from './format.js';
export { cancellationLetter, changeLetter, invitationLetter, letterText, minutesLetter, readsMedical, readsReasons } from './letters.js';
export type { CancellationFacts, ChangeFacts, Letter, LetterFacts, LetterSection, MinutesContent, MinutesFacts, TaskOwner } from './letters.js';
export { CALENDAR_PRODID, type CalendarInput, calendarUid, meetingCalendar } from './ics.js';
export { MEETING_ERRORS, type MeetingErrorCode } from './errors.js';
