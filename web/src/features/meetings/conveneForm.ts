/**
 * The convening form: its values, the checks that mirror the server's (time in the future, a
 * place or an https video link, the GP decision with its reason or part, reachable participants),
 * the request body, and the server's refusals put back on the field they concern.
 */
import { isApiError } from '../../api/errors';
import type { FieldErrors } from '../directory-admin/validation';
import { INVALID_DATE } from '../dialogue/components/DateField';
import { isEmail, isHttpsUrl, normaliseTime, startsAtFrom } from './format';
import type { conveneTexts } from './texts';
import type { ConveneInput, ConvenedKind, OtherRole, OverlappingMeeting, PlaceInput, PlaceKind } from './types';

type T = (typeof conveneTexts)['nb'];

export const TEXT_MAX = 2000;
export const NAME_MAX = 200;
export const DURATIONS = [30, 45, 60, 75, 90, 120, 150, 180] as const;
export const MIN_GP_MINUTES = 5;

/** The GP's part must leave some of the meeting before the GP joins. */
export const maxGpMinutes = (duration: number) => duration - 1;

export type GpChoice = '' | 'whole' | 'last' | 'no';

export interface OtherValue {
  /** Stable while others are added and removed, for React and the fields' ids. */
  key: string;
  role: OtherRole;
  name: string;
  email: string;
  language: string;
  organisation: string;
}

export interface WhenWhere {
  /** `YYYY-MM-DD`, `''` or `'invalid'`. */
  date: string;
  time: string;
  duration: number;
  place: PlaceKind;
  placeText: string;
  videoUrl: string;
}

export interface ConveneValues extends WhenWhere {
  kind: ConvenedKind;
  purpose: string;
  agenda: string;
  preparation: string;
  gpDecision: GpChoice;
  gpMinutes: string;
  gpReason: string;
  employeeEmail: string;
  employeePhone: string;
  employerInvite: boolean;
  employerEmail: string;
  others: OtherValue[];
}

let counter = 0;
export function newOther(role: OtherRole): OtherValue {
  return { key: `o${(counter += 1)}`, role, name: '', email: '', language: '', organisation: '' };
}

export const otherField = (key: string, part: 'name' | 'email' | 'language' | 'organisation') => `other-${key}-${part}`;

export const WHEN_WHERE_ORDER = ['date', 'time', 'duration', 'place', 'placeText', 'videoUrl'] as const;

export function fieldOrder(values: ConveneValues): string[] {
  return [
    'kind',
    ...WHEN_WHERE_ORDER,
    'purpose',
    'agenda',
    'preparation',
    'gpDecision',
    'gpMinutes',
    'gpReason',
    'employeeEmail',
    'employeePhone',
    'employerEmail',
    ...values.others.flatMap((o) => (['name', 'email', 'language', 'organisation'] as const).map((part) => otherField(o.key, part))),
  ];
}

/** Places that need a description: a workplace or "another place" NAV has no address for. */
export function placeTextRequired(place: PlaceKind): boolean {
  return place === 'workplace' || place === 'other';
}

/** Not inviting the GP takes a real reason (the server's GP_REASON_MIN_LENGTH). */
export const GP_REASON_MIN = 10;

/** The time and place checks shared by convening and moving; the instant when they pass. */
export function checkWhenWhere(values: WhenWhere, t: T, now = new Date()): { errors: FieldErrors; startsAt: string | null; place: PlaceInput } {
  const errors: FieldErrors = {};
  let startsAt: string | null = null;
  const time = normaliseTime(values.time);
  if (values.date === '' || values.date === INVALID_DATE) errors.date = t.dateRequired;
  if (!time) errors.time = t.timeRequired;
  if (!errors.date && time) {
    startsAt = startsAtFrom(values.date, time);
    if (!startsAt) errors.date = t.dateRequired;
    else if (Date.parse(startsAt) <= now.getTime()) errors.date = t.inPast;
  }
  const place: PlaceInput = { kind: values.place };
  if (values.place === 'video') {
    const url = values.videoUrl.trim();
    if (url === '') errors.videoUrl = t.videoUrlRequired;
    else if (!/^https:\/\//i.test(url) || !isHttpsUrl(url)) errors.videoUrl = t.videoUrlNotHttps;
    else place.videoUrl = url;
    if (values.placeText.trim()) place.text = values.placeText.trim();
  } else {
    const text = values.placeText.trim();
    if (text === '' && placeTextRequired(values.place)) errors.placeText = t.placeTextRequired;
    else if (text.length > TEXT_MAX) errors.placeText = t.tooLong(TEXT_MAX);
    else if (text) place.text = text;
  }
  return { errors, startsAt, place };
}

export function checkConvene(values: ConveneValues, t: T, hasEmployer: boolean, now = new Date()): { errors: FieldErrors; input: ConveneInput | null } {
  const { errors, startsAt, place } = checkWhenWhere(values, t, now);
  for (const key of ['purpose', 'agenda', 'preparation'] as const) {
    if (values[key].length > TEXT_MAX) errors[key] = t.tooLong(TEXT_MAX);
  }
  const maxMinutes = maxGpMinutes(values.duration);
  let gp: ConveneInput['gp'] | null = null;
  if (values.gpDecision === '') errors.gpDecision = t.gpDecisionRequired;
  else if (values.gpDecision === 'whole') gp = { invite: true, part: { kind: 'whole' } };
  else if (values.gpDecision === 'last') {
    const minutes = /^\d+$/.test(values.gpMinutes.trim()) ? Number(values.gpMinutes.trim()) : NaN;
    if (!Number.isInteger(minutes) || minutes < MIN_GP_MINUTES || minutes > maxMinutes) errors.gpMinutes = t.gpMinutesInvalid(maxMinutes);
    else gp = { invite: true, part: { kind: 'last_minutes', minutes } };
  } else {
    const reason = values.gpReason.trim();
    if (reason.length < GP_REASON_MIN) errors.gpReason = t.gpReasonRequired;
    else if (reason.length > TEXT_MAX) errors.gpReason = t.tooLong(TEXT_MAX);
    else gp = { invite: false, reason };
  }
  const email = (field: string, value: string) => {
    if (value.trim() && !isEmail(value)) errors[field] = t.emailInvalid;
  };
  email('employeeEmail', values.employeeEmail);
  const inviteEmployer = hasEmployer && values.employerInvite;
  if (inviteEmployer) email('employerEmail', values.employerEmail);
  for (const other of values.others) {
    if (other.name.trim() === '') errors[otherField(other.key, 'name')] = t.nameRequired;
    else if (other.name.length > NAME_MAX) errors[otherField(other.key, 'name')] = t.tooLong(NAME_MAX);
    if (other.email.trim() === '') errors[otherField(other.key, 'email')] = t.otherEmailRequired;
    else email(otherField(other.key, 'email'), other.email);
    if (other.role === 'interpreter' && other.language.trim() === '') errors[otherField(other.key, 'language')] = t.languageRequired;
  }
  if (Object.keys(errors).length > 0 || !startsAt || !gp) return { errors, input: null };
  const trimmed = (value: string) => (value.trim() ? value.trim() : undefined);
  const employee = { email: trimmed(values.employeeEmail), phone: trimmed(values.employeePhone) };
  const input: ConveneInput = {
    kind: values.kind,
    startsAt,
    durationMinutes: values.duration,
    place,
    ...(trimmed(values.purpose) && { purpose: trimmed(values.purpose) }),
    ...(trimmed(values.agenda) && { agenda: trimmed(values.agenda) }),
    ...(trimmed(values.preparation) && { preparation: trimmed(values.preparation) }),
    gp,
    ...((employee.email || employee.phone) && { employee: dropUndefined(employee) }),
    employer: inviteEmployer ? dropUndefined({ invite: true, email: trimmed(values.employerEmail) }) : { invite: false },
    ...(values.others.length > 0 && {
      others: values.others.map((o) =>
        dropUndefined({
          role: o.role,
          name: o.name.trim(),
          email: trimmed(o.email),
          language: o.role === 'interpreter' ? trimmed(o.language) : undefined,
          organisation: trimmed(o.organisation),
        }),
      ),
    }),
  };
  return { errors, input };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Codes that always concern one field of the time-and-place part. */
const FIELD_OF_CODE: Record<string, string> = {
  MEETING_IN_PAST: 'date',
  MEETING_DURATION_INVALID: 'duration',
  MEETING_PLACE_MISSING: 'placeText',
  MEETING_VIDEO_LINK_MISSING: 'videoUrl',
  MEETING_VIDEO_LINK_NOT_HTTPS: 'videoUrl',
  MEETING_GP_DECISION_MISSING: 'gpDecision',
  MEETING_GP_REASON_MISSING: 'gpReason',
  MEETING_GP_PART_INVALID: 'gpMinutes',
};

const FIELD_OF_PATH: Record<string, string> = {
  startsAt: 'date',
  durationMinutes: 'duration',
  place: 'place',
  'place.kind': 'place',
  'place.text': 'placeText',
  'place.videoUrl': 'videoUrl',
  purpose: 'purpose',
  agenda: 'agenda',
  preparation: 'preparation',
  gp: 'gpDecision',
  'gp.invite': 'gpDecision',
  'gp.reason': 'gpReason',
  'gp.part': 'gpMinutes',
  'gp.part.minutes': 'gpMinutes',
  employee: 'employeeEmail',
  'employee.email': 'employeeEmail',
  'employee.phone': 'employeePhone',
  employer: 'employerEmail',
  'employer.email': 'employerEmail',
  reason: 'reason',
};

/** `others[1].email`, `/others/1/email`, `body.others.1.email` → `others.1.email`. */
function normalisePath(path: string): string {
  return path
    .replace(/^\/?body[./]?/, '')
    .replace(/^\//, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.');
}

export function fieldOfPath(path: string, others: OtherValue[] | undefined): string | null {
  const normal = normalisePath(path);
  if (FIELD_OF_PATH[normal]) return FIELD_OF_PATH[normal];
  const other = /^others\.(\d+)(?:\.(name|email|language|organisation|phone|userId))?/.exec(normal);
  if (other && others) {
    const value = others[Number(other[1])];
    if (!value) return null;
    const part = other[2] === 'name' || other[2] === 'language' || other[2] === 'organisation' ? other[2] : 'email';
    return otherField(value.key, part);
  }
  return null;
}

export interface Refusal {
  fields: FieldErrors;
  general: unknown;
  /** 409 MEETING_OVERLAP_UNCONFIRMED: the meetings in the way. */
  overlapping: OverlappingMeeting[] | null;
}

function detailsOf(error: { details: unknown }): Record<string, unknown> {
  return typeof error.details === 'object' && error.details !== null && !Array.isArray(error.details) ? (error.details as Record<string, unknown>) : {};
}

/** Which participant an e-mail or reachability refusal concerns, when the details say so. */
function participantField(details: Record<string, unknown>, values: ConveneValues | undefined): string | null {
  if (!values) return null;
  if (typeof details.index === 'number' && values.others[details.index]) return otherField(values.others[details.index]!.key, 'email');
  const role = typeof details.role === 'string' ? details.role : null;
  if (role === 'employee') return 'employeeEmail';
  if (role === 'employer') return 'employerEmail';
  if (role) {
    const other = values.others.find((o) => o.role === role && (!o.email.trim() || !isEmail(o.email)));
    if (other) return otherField(other.key, 'email');
  }
  // The first address the client would also doubt.
  if (values.employeeEmail.trim() && !isEmail(values.employeeEmail)) return 'employeeEmail';
  if (values.employerEmail.trim() && !isEmail(values.employerEmail)) return 'employerEmail';
  const bad = values.others.find((o) => !isEmail(o.email));
  return bad ? otherField(bad.key, 'email') : null;
}

/**
 * A refusal of convening (or moving: no participants there) on its field: by code, by
 * `details.field`, by schema details; an overlap is returned apart; anything else is general.
 */
export function errorsFromRefusal(error: unknown, values?: ConveneValues): Refusal {
  if (!isApiError(error)) return { fields: {}, general: error, overlapping: null };
  const details = detailsOf(error);
  if (error.code === 'MEETING_OVERLAP_UNCONFIRMED') {
    const list = Array.isArray(details.overlapping) ? (details.overlapping as OverlappingMeeting[]) : [];
    return { fields: {}, general: null, overlapping: list };
  }
  const fields: FieldErrors = {};
  const named = typeof details.field === 'string' ? fieldOfPath(details.field, values?.others) : null;
  const byCode = FIELD_OF_CODE[error.code];
  if (named) fields[named] = error.message;
  else if (byCode) fields[byCode] = error.message;
  else if (error.code === 'MEETING_EMAIL_INVALID' || error.code === 'MEETING_PARTICIPANT_UNREACHABLE') {
    const field = participantField(details, values);
    if (field) fields[field] = error.message;
  } else if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
    for (const detail of error.details as { field?: unknown }[]) {
      if (typeof detail.field !== 'string') continue;
      const field = fieldOfPath(detail.field, values?.others);
      if (field && !fields[field]) fields[field] = error.message;
    }
  }
  return Object.keys(fields).length > 0 ? { fields, general: null, overlapping: null } : { fields, general: error, overlapping: null };
}
