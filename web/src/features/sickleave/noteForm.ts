/**
 * The sick-note form's values, checks and request body. The checks mirror the server
 * (schemas.ts SickNoteInput, domain/validate-note.ts, commands/issue-sick-note.ts) so most mistakes
 * are explained before anything is sent; the server still decides, and its refusals are put back
 * on the fields by `errorsFromServer`.
 */
import { isApiError } from '../../api/errors';
import type { FieldErrors } from '../directory-admin/validation';
import { addDaysIso, addYearsIso, isIsoDate } from './dates';
import type { noteFormTexts } from './texts';
import type { DiagnosisSystem, ExtendedWeek, FollowUpClass, PeriodType, SickNoteInput } from './types';
import { EXTENDED_WEEKS } from './types';

type T = (typeof noteFormTexts)['nb'];

export const LIMITS = {
  periods: 10,
  longText: 4000,
  prognosis: 2000,
  expectedDuration: 200,
  diagnosisText: 200,
  workAdaptationNote: 2000,
  /** The server's joining rule: notes with at most this many days between them form one case. */
  joinGapDays: 16,
} as const;

const DIAGNOSIS_CODE = /^[A-Z][0-9A-Z.]{1,6}$/;
const ORG_NUMBER_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const INVALID_DATE = 'invalid';

export interface PeriodValues {
  /** Stable across additions and removals; names the period's inputs. */
  key: string;
  fom: string;
  tom: string;
  grade: string;
  type: PeriodType;
}

export const TEXT_FIELDS = [
  'symptomsFindings',
  'functionDailyLife',
  'functionWork',
  'remainingCapacity',
  'assessment',
  'treatmentPlan',
  'prognosis',
  'expectedDuration',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const REQUIRED_TEXT_FIELDS: readonly TextField[] = ['symptomsFindings', 'functionDailyLife', 'functionWork', 'remainingCapacity'];
const TEXT_LIMITS: Record<TextField, number> = {
  symptomsFindings: LIMITS.longText,
  functionDailyLife: LIMITS.longText,
  functionWork: LIMITS.longText,
  remainingCapacity: LIMITS.longText,
  assessment: LIMITS.longText,
  treatmentPlan: LIMITS.longText,
  prognosis: LIMITS.prognosis,
  expectedDuration: LIMITS.expectedDuration,
};

export interface NoteValues extends Record<TextField, string> {
  employerOrgNumber: string;
  diagnosisSystem: DiagnosisSystem;
  diagnosisCode: string;
  diagnosisText: string;
  periods: PeriodValues[];
  fullLeaveJustification: string;
  extendedAnswers: Record<string, string>;
  wantsEarlyMeeting: boolean;
  wantsEarlyDialogue: boolean;
  followUpClass: FollowUpClass | null;
  workAdaptationNote: string;
}

/** The extended questions per week (NAV's sick note, "utdypende opplysninger"); AAP is optional. */
export const EXTENDED_QUESTIONS: Record<ExtendedWeek, { key: 'history' | 'workImpact' | 'treatmentEffect' | 'treatmentPlan' | 'partialWork' | 'improvement' | 'aap'; optional?: boolean }[]> = {
  7: [{ key: 'history' }, { key: 'workImpact' }, { key: 'treatmentEffect' }, { key: 'treatmentPlan' }],
  17: [{ key: 'history' }, { key: 'treatmentPlan' }, { key: 'partialWork' }],
  39: [{ key: 'history' }, { key: 'treatmentPlan' }, { key: 'improvement' }, { key: 'aap', optional: true }],
};

let periodCounter = 0;
export function newPeriodKey(): string {
  periodCounter += 1;
  return `p${periodCounter}`;
}

/** Fast defaults for a GP: one full (100 %) period from today for two weeks. */
export function initialNoteValues(today: string, employerOrgNumber: string): NoteValues {
  return {
    employerOrgNumber,
    diagnosisSystem: 'ICPC-2',
    diagnosisCode: '',
    diagnosisText: '',
    periods: [{ key: newPeriodKey(), fom: today, tom: addDaysIso(today, 13), grade: '100', type: 'full' }],
    symptomsFindings: '',
    functionDailyLife: '',
    functionWork: '',
    remainingCapacity: '',
    assessment: '',
    treatmentPlan: '',
    prognosis: '',
    expectedDuration: '',
    fullLeaveJustification: '',
    extendedAnswers: {},
    wantsEarlyMeeting: false,
    wantsEarlyDialogue: false,
    followUpClass: null,
    workAdaptationNote: '',
  };
}

/** The next period starts the day after the last one ends and is graded 50 % for two weeks: a stepped return. */
export function nextPeriod(periods: PeriodValues[], today: string): PeriodValues {
  const lastTom = periods.map((p) => p.tom).filter(isIsoDate).sort().at(-1);
  const fom = lastTom ? addDaysIso(lastTom, 1) : today;
  return { key: newPeriodKey(), fom, tom: addDaysIso(fom, 13), grade: '50', type: 'graded' };
}

/** Changing the type keeps the grade consistent with it: full is 100 %, graded starts at 50 %. */
export function withType(period: PeriodValues, type: PeriodType): PeriodValues {
  if (type === 'full') return { ...period, type, grade: '100' };
  if (type === 'graded' && (period.grade === '100' || period.grade.trim() === '')) return { ...period, type, grade: '50' };
  return { ...period, type };
}

function gradeOf(period: PeriodValues): number | null {
  const text = period.grade.trim();
  return /^[0-9]{1,3}$/.test(text) ? Number(text) : null;
}

/** As the server: a 100 % period that is not "avventende" needs a justification. */
export function needsFullLeaveJustification(periods: PeriodValues[]): boolean {
  return periods.some((p) => gradeOf(p) === 100 && p.type !== 'pending');
}

export const periodField = (key: string, part: 'fom' | 'tom' | 'grade' | 'type') => `period-${key}-${part}`;
export const answerField = (question: string) => `extended-${question}`;

/** Field keys in screen order, for the error summary. */
export function fieldOrder(values: NoteValues, week: ExtendedWeek | null): string[] {
  return [
    'employerOrgNumber',
    'diagnosisCode',
    'diagnosisText',
    'periods',
    ...values.periods.flatMap((p) => (['fom', 'tom', 'grade', 'type'] as const).map((part) => periodField(p.key, part))),
    'fullLeaveJustification',
    ...TEXT_FIELDS,
    ...(week ? EXTENDED_QUESTIONS[week].map((q) => answerField(q.key)) : []),
    'extendedQuestions',
    'wishes',
    'followUpClass',
    'workAdaptationNote',
  ];
}

function orgNumberProblem(value: string, t: T): string | undefined {
  const digits = value.replace(/\s/g, '');
  if (digits === '') return undefined;
  if (!/^[0-9]{9}$/.test(digits)) return t.orgNumberFormat;
  const sum = ORG_NUMBER_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = 11 - (sum % 11);
  const control = remainder === 11 ? 0 : remainder;
  return control === 10 || control !== Number(digits[8]) ? t.orgNumberControl : undefined;
}

function checkPeriods(periods: PeriodValues[], today: string, t: T, errors: FieldErrors) {
  if (periods.length > LIMITS.periods) errors.periods = t.tooManyPeriods;
  const earliest = addYearsIso(today, -1);
  const latest = addYearsIso(today, 1);
  const usable: number[] = [];
  periods.forEach((p, i) => {
    const grade = gradeOf(p);
    if (grade === null || grade < 1 || grade > 100) errors[periodField(p.key, 'grade')] = t.gradeInvalid;
    else if (p.type === 'full' && grade !== 100) errors[periodField(p.key, 'grade')] = t.gradeFull;
    else if (p.type === 'graded' && grade >= 100) errors[periodField(p.key, 'grade')] = t.gradeGraded;
    const fomOk = isIsoDate(p.fom);
    const tomOk = isIsoDate(p.tom);
    if (!fomOk) errors[periodField(p.key, 'fom')] = t.dateRequired;
    if (!tomOk) errors[periodField(p.key, 'tom')] = t.dateRequired;
    if (!fomOk || !tomOk) return;
    if (p.tom < p.fom) {
      errors[periodField(p.key, 'tom')] = t.tomBeforeFom;
      return;
    }
    if (p.fom < earliest) errors[periodField(p.key, 'fom')] = t.tooEarly(formatIso(earliest));
    if (p.tom > latest) errors[periodField(p.key, 'tom')] = t.tooLate(formatIso(latest));
    usable.push(i);
  });
  for (const [n, i] of usable.entries()) {
    for (const j of usable.slice(n + 1)) {
      const a = periods[i]!;
      const b = periods[j]!;
      if (a.fom <= b.tom && b.fom <= a.tom) {
        errors[periodField(b.key, 'fom')] ??= t.overlaps(i + 1);
      }
    }
  }
}

function formatIso(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export interface CheckResult {
  errors: FieldErrors;
  body: SickNoteInput | null;
}

/** Checks the values; when they pass, also returns the request body. */
export function checkNote(values: NoteValues, week: ExtendedWeek | null, today: string, t: T, label: (field: TextField) => string): CheckResult {
  const errors: FieldErrors = {};
  const orgProblem = orgNumberProblem(values.employerOrgNumber, t);
  if (orgProblem) errors.employerOrgNumber = orgProblem;

  const code = values.diagnosisCode.trim().toUpperCase();
  if (code === '') errors.diagnosisCode = t.diagnosisCodeRequired;
  else if (!DIAGNOSIS_CODE.test(code)) errors.diagnosisCode = t.diagnosisCodeInvalid;
  if (values.diagnosisText.trim().length > LIMITS.diagnosisText) errors.diagnosisText = t.tooLong(t.diagnosisText, LIMITS.diagnosisText);

  checkPeriods(values.periods, today, t, errors);

  const justify = needsFullLeaveJustification(values.periods);
  if (justify && values.fullLeaveJustification.trim() === '') errors.fullLeaveJustification = t.fullLeaveJustificationRequired;
  if (values.fullLeaveJustification.length > LIMITS.longText) {
    errors.fullLeaveJustification = t.tooLong(t.fullLeaveJustification, LIMITS.longText);
  }

  for (const field of TEXT_FIELDS) {
    const text = values[field].trim();
    if (REQUIRED_TEXT_FIELDS.includes(field) && text === '') errors[field] = t.required(label(field));
    else if (text.length > TEXT_LIMITS[field]) errors[field] = t.tooLong(label(field), TEXT_LIMITS[field]);
  }

  if (week) {
    for (const q of EXTENDED_QUESTIONS[week]) {
      const answer = (values.extendedAnswers[q.key] ?? '').trim();
      if (!q.optional && answer === '') errors[answerField(q.key)] = t.extendedAnswerRequired;
      else if (answer.length > LIMITS.longText) errors[answerField(q.key)] = t.tooLong(t[`q_${q.key}`], LIMITS.longText);
    }
  }
  if (values.followUpClass === null) errors.followUpClass = t.followUpClassRequired;
  if (values.workAdaptationNote.trim().length > LIMITS.workAdaptationNote) {
    errors.workAdaptationNote = t.tooLong(t.workAdaptationNote, LIMITS.workAdaptationNote);
  }
  if (Object.keys(errors).length > 0 || values.followUpClass === null) return { errors, body: null };

  const optional = (text: string) => {
    const trimmed = text.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const answers = week
    ? Object.fromEntries(
        EXTENDED_QUESTIONS[week]
          .map((q) => [q.key, (values.extendedAnswers[q.key] ?? '').trim()] as const)
          .filter(([, answer]) => answer !== ''),
      )
    : null;
  const body: SickNoteInput = {
    employerOrgNumber: values.employerOrgNumber.replace(/\s/g, '') || null,
    diagnosis: { system: values.diagnosisSystem, code, ...(optional(values.diagnosisText) ? { text: optional(values.diagnosisText) } : {}) },
    periods: values.periods.map((p) => ({ fom: p.fom, tom: p.tom, grade: Number(p.grade.trim()), type: p.type })),
    symptomsFindings: values.symptomsFindings.trim(),
    functionDailyLife: values.functionDailyLife.trim(),
    functionWork: values.functionWork.trim(),
    remainingCapacity: values.remainingCapacity.trim(),
    ...(optional(values.assessment) && { assessment: optional(values.assessment) }),
    ...(optional(values.treatmentPlan) && { treatmentPlan: optional(values.treatmentPlan) }),
    ...(optional(values.prognosis) && { prognosis: optional(values.prognosis) }),
    ...(optional(values.expectedDuration) && { expectedDuration: optional(values.expectedDuration) }),
    ...(justify && { fullLeaveJustification: values.fullLeaveJustification.trim() }),
    ...(week && answers && { extendedQuestions: { week, answers } }),
    wantsEarlyMeeting: values.wantsEarlyMeeting,
    wantsEarlyDialogue: values.wantsEarlyDialogue,
    followUpClass: values.followUpClass,
    ...(optional(values.workAdaptationNote) && { workAdaptationNote: optional(values.workAdaptationNote) }),
  };
  return { errors, body };
}

/**
 * The first week with extended questions that the note passes, counted from the case's first day:
 * that of an ongoing case the note will join, else the note's own first day. A hint only; the
 * server knows the case and decides.
 */
export function predictExtendedWeek(periods: PeriodValues[], ongoing: { firstDay: string; lastDay: string } | null): { week: ExtendedWeek; firstDay: string } | null {
  const dated = periods.filter((p) => isIsoDate(p.fom) && isIsoDate(p.tom) && p.fom <= p.tom);
  if (dated.length === 0) return null;
  const fom = dated.map((p) => p.fom).sort()[0]!;
  const tom = dated.map((p) => p.tom).sort().at(-1)!;
  const joins = ongoing !== null && fom <= addDaysIso(ongoing.lastDay, LIMITS.joinGapDays + 1) && tom >= ongoing.firstDay;
  const firstDay = joins && ongoing.firstDay < fom ? ongoing.firstDay : fom;
  for (const week of EXTENDED_WEEKS) {
    const weekStart = addDaysIso(firstDay, week * 7);
    if (fom <= weekStart && tom >= weekStart) return { week, firstDay };
  }
  return null;
}

/** What the server's refusal says, put on the form's fields where it names one. */
export interface ServerRefusal {
  fields: FieldErrors;
  general: unknown;
  /** Set when the server asks for the extended questions of this week. */
  extendedWeek?: ExtendedWeek;
}

const PERIOD_PROBLEM_PART: Record<string, 'fom' | 'tom' | 'grade' | 'type'> = {
  GRADE_OUT_OF_RANGE: 'grade',
  GRADE_TYPE_MISMATCH: 'grade',
  PERIOD_END_BEFORE_START: 'tom',
  PERIODS_OVERLAP: 'fom',
  NOTE_STARTS_TOO_EARLY: 'fom',
  NOTE_ENDS_TOO_LATE: 'tom',
  INVALID_DATE: 'fom',
};

const FIELD_OF_CODE: Record<string, string> = {
  FULL_LEAVE_JUSTIFICATION_REQUIRED: 'fullLeaveJustification',
  EMPLOYER_NOT_FOUND: 'employerOrgNumber',
  ORG_NUMBER_INVALID: 'employerOrgNumber',
  NO_PERIODS: 'periods',
};

/**
 * Maps a refusal of POST /api/sick-notes to fields, with the server's own message (already in the
 * user's language). Period problems name the periods by index in `details.problems`; other problems
 * in the same answer get the form's own text for their code.
 */
export function errorsFromServer(error: unknown, values: NoteValues, t: T, invalidValue: (field: string) => string): ServerRefusal {
  if (!isApiError(error)) return { fields: {}, general: error };
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Record<string, unknown>;

  if (error.code === 'EXTENDED_QUESTIONS_REQUIRED') {
    const week = EXTENDED_WEEKS.find((w) => w === details.week);
    if (week) return { fields: { [answerField(EXTENDED_QUESTIONS[week][0]!.key)]: error.message }, general: null, extendedWeek: week };
    return { fields: {}, general: error };
  }
  const field = FIELD_OF_CODE[error.code];
  if (field) return { fields: { [field]: error.message }, general: null };

  if (Array.isArray(details.problems)) {
    const fields: FieldErrors = {};
    for (const problem of details.problems as { code?: unknown; periodIndexes?: unknown }[]) {
      const code = typeof problem.code === 'string' ? problem.code : '';
      const part = PERIOD_PROBLEM_PART[code];
      const indexes = Array.isArray(problem.periodIndexes) ? (problem.periodIndexes as number[]) : [];
      if (!part) continue;
      for (const index of code === 'PERIODS_OVERLAP' ? indexes.slice(1) : indexes) {
        const period = values.periods[index];
        if (!period) continue;
        const key = periodField(period.key, part);
        fields[key] ??= code === error.code ? error.message : messageForProblem(code, indexes, t);
      }
    }
    if (Object.keys(fields).length > 0) return { fields, general: null };
  }

  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    const fields: FieldErrors = {};
    for (const detail of error.details as { field?: unknown }[]) {
      if (typeof detail.field !== 'string') continue;
      const name = formFieldOfPath(detail.field.replace(/^body\.?/, '').split('.'), values);
      if (name && !fields[name]) fields[name] = invalidValue(name);
    }
    if (Object.keys(fields).length > 0) return { fields, general: null };
  }
  return { fields: {}, general: error };
}

function messageForProblem(code: string, indexes: number[], t: T): string {
  switch (code) {
    case 'GRADE_OUT_OF_RANGE':
      return t.gradeInvalid;
    case 'PERIOD_END_BEFORE_START':
      return t.tomBeforeFom;
    case 'PERIODS_OVERLAP':
      return t.overlaps((indexes[0] ?? 0) + 1);
    case 'GRADE_TYPE_MISMATCH':
      return t.gradeTypeMismatch;
    case 'NOTE_STARTS_TOO_EARLY':
      return t.startsTooEarly;
    case 'NOTE_ENDS_TOO_LATE':
      return t.endsTooLate;
    default:
      return t.dateRequired;
  }
}

/** `periods.0.grade` → the period's grade input; `diagnosis.code` → `diagnosisCode`; `followUpClass` as is. */
function formFieldOfPath(path: string[], values: NoteValues): string | undefined {
  const [head, second, third] = path;
  if (head === 'periods' && second !== undefined) {
    const period = values.periods[Number(second)];
    const part = third === 'fom' || third === 'tom' || third === 'grade' || third === 'type' ? third : 'fom';
    return period ? periodField(period.key, part) : 'periods';
  }
  if (head === 'diagnosis') return second === 'text' ? 'diagnosisText' : 'diagnosisCode';
  if (head === 'extendedQuestions') return 'extendedQuestions';
  const known = new Set<string>([...TEXT_FIELDS, 'employerOrgNumber', 'fullLeaveJustification', 'followUpClass', 'workAdaptationNote']);
  return head && known.has(head) ? head : undefined;
}

export { INVALID_DATE };
