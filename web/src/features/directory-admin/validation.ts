/**
 * Form values, their checks and their translation into request bodies. The checks mirror the
 * server's TypeBox schemas and identifier rules (server/src/modules/directory/schemas.ts,
 * platform/identifiers.ts) so most mistakes are explained before anything is sent; the server
 * still decides, and its refusals are mapped back onto the fields (see serverErrors.ts).
 */
import type { OrgKind, Role } from '../../api/types';
import type { ContactPurpose, OpeningHours, OrgDetail, PersonDetail, PersonPosition } from '../directory/types';
import type {
  contactRoleFormTexts,
  formTexts,
  openingHoursTexts,
  organisationFormTexts,
  personFormTexts,
  positionFormTexts,
} from './texts';
import type {
  ContactRoleInput,
  OrganisationInput,
  OrganisationPatch,
  PersonInput,
  PersonPatch,
  PickedEntry,
  PositionInput,
  PositionPatch,
} from './types';

type T<X extends Record<'nb' | 'en', unknown>> = X['nb'];

/** Field key → message. Keys are the API's field names (or `hours-…` for opening-hour inputs). */
export type FieldErrors = Record<string, string>;

export const LIMITS = {
  orgName: 200,
  street: 200,
  city: 100,
  municipalityName: 100,
  herIds: 20,
  personName: 100,
  email: 200,
  title: 100,
  note: 500,
  intervalsPerDay: 3,
} as const;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const PHONE = /^[+0-9 ()-]{3,30}$/;
const FOUR_DIGITS = /^[0-9]{4}$/;
const NINE_DIGITS = /^[0-9]{9}$/;
const WHOLE_NUMBER = /^[0-9]+$/;
const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** The `email` format of ajv-formats, which the server uses. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const ORG_NUMBER_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** A date input's value: `''` (empty), `YYYY-MM-DD`, or `'invalid'` (typed but not a date). */
export type DateValue = string;
export const INVALID_DATE = 'invalid';

const blankToNull = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

function orgNumberProblem(digits: string, t: T<typeof organisationFormTexts>): string | null {
  if (!NINE_DIGITS.test(digits)) return t.orgNumberFormat;
  const sum = ORG_NUMBER_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  const remainder = 11 - (sum % 11);
  const control = remainder === 11 ? 0 : remainder;
  return control === 10 || control !== Number(digits[8]) ? t.orgNumberControl : null;
}

/** 1–9 digits and above zero: a HER id or an HPR number. */
function isRegisterNumber(text: string): boolean {
  return WHOLE_NUMBER.test(text) && text.length <= 9 && Number(text) > 0;
}

function checkPhone(value: string, errors: FieldErrors, form: T<typeof formTexts>) {
  const phone = value.trim();
  if (phone && !PHONE.test(phone)) errors.phone = form.phoneInvalid;
}

function checkEmail(value: string, errors: FieldErrors, form: T<typeof formTexts>) {
  const email = value.trim();
  if (!email) return;
  if (email.length > LIMITS.email || !EMAIL.test(email)) errors.email = form.emailInvalid;
}

// ---------------------------------------------------------------------------------------------
// Opening hours

export interface Interval {
  opens: string;
  closes: string;
}

export interface DayHours {
  open: boolean;
  intervals: Interval[];
}

/** Seven entries, Monday (index 0) to Sunday. */
export type WeekHours = DayHours[];

export const hoursFieldKey = (weekday: number, index: number, part: 'opens' | 'closes') =>
  `hours-${weekday}-${index}-${part}`;

export function weekHoursFrom(hours: OpeningHours[]): WeekHours {
  return WEEKDAYS.map((weekday) => {
    const intervals = hours
      .filter((row) => row.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((row) => ({ opens: row.opens, closes: row.closes }));
    return { open: intervals.length > 0, intervals: intervals.length > 0 ? intervals : [{ opens: '', closes: '' }] };
  });
}

/** `8`, `8:00`, `0800`, `8.00` → `08:00`; anything else is returned trimmed (and then refused). */
export function normaliseTime(value: string): string {
  const text = value.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text);
  if (!match) return text;
  const hours = match[1]!.padStart(2, '0');
  const minutes = match[2] ?? '00';
  return `${hours}:${minutes}`;
}

/** `hours-1-0-opens` → `{ weekday: 1, index: 0, part: 'opens' }`. */
export function parseHoursFieldKey(key: string): { weekday: number; index: number; part: 'opens' | 'closes' } | null {
  const match = /^hours-(\d)-(\d+)-(opens|closes)$/.exec(key);
  return match ? { weekday: Number(match[1]), index: Number(match[2]), part: match[3] as 'opens' | 'closes' } : null;
}

function checkWeekHours(week: WeekHours, errors: FieldErrors, t: T<typeof openingHoursTexts>): OpeningHours[] {
  const rows: OpeningHours[] = [];
  week.forEach((day, dayIndex) => {
    const weekday = dayIndex + 1;
    if (!day.open) return;
    const valid: { index: number; opens: string; closes: string }[] = [];
    day.intervals.forEach((interval, index) => {
      const opens = normaliseTime(interval.opens);
      const closes = normaliseTime(interval.closes);
      let ok = true;
      if (!HH_MM.test(opens)) {
        errors[hoursFieldKey(weekday, index, 'opens')] = t.timeInvalid;
        ok = false;
      }
      if (!HH_MM.test(closes)) {
        errors[hoursFieldKey(weekday, index, 'closes')] = t.timeInvalid;
        ok = false;
      }
      if (ok && closes <= opens) {
        errors[hoursFieldKey(weekday, index, 'closes')] = t.closesBeforeOpens;
        ok = false;
      }
      if (ok) valid.push({ index, opens, closes });
    });
    valid.sort((a, b) => a.opens.localeCompare(b.opens));
    valid.forEach((interval, i) => {
      const previous = valid[i - 1];
      if (previous && interval.opens < previous.closes) {
        errors[hoursFieldKey(weekday, interval.index, 'opens')] = t.overlap;
      }
      rows.push({ weekday, opens: interval.opens, closes: interval.closes });
    });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Organisation

export interface OrganisationValues {
  kind: OrgKind | '';
  name: string;
  orgNumber: string;
  herIds: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityNumber: string;
  municipalityName: string;
  phone: string;
  email: string;
  openingHours: WeekHours;
}

/** The organisation form's fields in screen order (for the error summary). */
export const ORGANISATION_FIELDS = [
  'kind',
  'name',
  'orgNumber',
  'herIds',
  'street',
  'postalCode',
  'city',
  'municipalityNumber',
  'municipalityName',
  'phone',
  'email',
  'openingHours',
] as const;

export function organisationValues(org?: OrgDetail): OrganisationValues {
  return {
    kind: org?.kind ?? '',
    name: org?.name ?? '',
    orgNumber: org?.orgNumber ?? '',
    herIds: org?.herIds.join(', ') ?? '',
    street: org?.address?.street ?? '',
    postalCode: org?.address?.postalCode ?? '',
    city: org?.address?.city ?? org?.city ?? '',
    municipalityNumber: org?.municipalityNumber ?? '',
    municipalityName: org?.municipalityName ?? '',
    phone: org?.phone ?? '',
    email: org?.email ?? '',
    openingHours: weekHoursFrom(org?.openingHours ?? []),
  };
}

interface OrganisationTexts {
  form: T<typeof formTexts>;
  org: T<typeof organisationFormTexts>;
  hours: T<typeof openingHoursTexts>;
}

/** Checks the values; the body holds every field (nulls for empty ones) except `kind`. */
export function checkOrganisation(
  values: OrganisationValues,
  texts: OrganisationTexts,
  { requireKind }: { requireKind: boolean },
): { errors: FieldErrors; body: Omit<OrganisationInput, 'kind'> & { kind?: OrgKind } } {
  const { form, org } = texts;
  const errors: FieldErrors = {};
  if (requireKind && !values.kind) errors.kind = org.kindRequired;

  const name = values.name.trim();
  if (!name) errors.name = org.nameRequired;
  else if (name.length > LIMITS.orgName) errors.name = form.tooLong(org.name, LIMITS.orgName);

  const orgNumber = values.orgNumber.replace(/\s/g, '');
  if (orgNumber) {
    const problem = orgNumberProblem(orgNumber, org);
    if (problem) errors.orgNumber = problem;
  }

  const herIdTexts = values.herIds.split(/[\s,;|]+/).filter(Boolean);
  const badHerId = herIdTexts.find((text) => !isRegisterNumber(text));
  if (badHerId !== undefined) errors.herIds = org.herIdInvalid(badHerId);
  else if (herIdTexts.length > LIMITS.herIds) errors.herIds = org.herIdsTooMany(LIMITS.herIds);
  const herIds = [...new Set(herIdTexts.map(Number))];

  const tooLong = (field: 'street' | 'city' | 'municipalityName', label: string) => {
    if (values[field].trim().length > LIMITS[field]) errors[field] = form.tooLong(label, LIMITS[field]);
  };
  tooLong('street', org.street);
  tooLong('city', org.city);
  tooLong('municipalityName', org.municipalityName);
  if (values.postalCode.trim() && !FOUR_DIGITS.test(values.postalCode.trim())) errors.postalCode = org.postalCodeInvalid;
  if (values.municipalityNumber.trim() && !FOUR_DIGITS.test(values.municipalityNumber.trim())) {
    errors.municipalityNumber = org.municipalityNumberInvalid;
  }
  checkPhone(values.phone, errors, form);
  checkEmail(values.email, errors, form);
  const openingHours = checkWeekHours(values.openingHours, errors, texts.hours);

  return {
    errors,
    body: {
      ...(values.kind ? { kind: values.kind } : {}),
      name,
      orgNumber: orgNumber || null,
      herIds,
      street: blankToNull(values.street),
      postalCode: blankToNull(values.postalCode),
      city: blankToNull(values.city),
      municipalityNumber: blankToNull(values.municipalityNumber),
      municipalityName: blankToNull(values.municipalityName),
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
      openingHours,
    },
  };
}

/** Only the fields whose value differs from the stored one, so the audit trail names real changes. */
export function changedFields<B extends object>(body: B, original: Partial<B>): Partial<B> {
  const patch: Partial<B> = {};
  for (const key of Object.keys(body) as (keyof B)[]) {
    if (JSON.stringify(body[key]) !== JSON.stringify(original[key])) patch[key] = body[key];
  }
  return patch;
}

/** The stored organisation in the shape of a request body, to compare an edit against. */
export function organisationBodyOf(org: OrgDetail): OrganisationPatch {
  return {
    name: org.name,
    orgNumber: org.orgNumber,
    herIds: org.herIds,
    street: org.address?.street ?? null,
    postalCode: org.address?.postalCode ?? null,
    city: org.address?.city ?? org.city ?? null,
    municipalityNumber: org.municipalityNumber,
    municipalityName: org.municipalityName,
    phone: org.phone,
    email: org.email,
    openingHours: [...org.openingHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
  };
}

// ---------------------------------------------------------------------------------------------
// Person

export interface PersonValues {
  givenName: string;
  familyName: string;
  hprNumber: string;
  phone: string;
  email: string;
}

export const PERSON_FIELDS = ['givenName', 'familyName', 'hprNumber', 'phone', 'email'] as const;

export function personValues(person?: PersonDetail): PersonValues {
  return {
    givenName: person?.givenName ?? '',
    familyName: person?.familyName ?? '',
    hprNumber: person?.hprNumber === null || person?.hprNumber === undefined ? '' : String(person.hprNumber),
    phone: person?.phone ?? '',
    email: person?.email ?? '',
  };
}

export function personBodyOf(person: PersonDetail): PersonPatch {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    hprNumber: person.hprNumber,
    phone: person.phone,
    email: person.email,
  };
}

export function checkPerson(
  values: PersonValues,
  form: T<typeof formTexts>,
  t: T<typeof personFormTexts>,
): { errors: FieldErrors; body: PersonInput } {
  const errors: FieldErrors = {};
  const givenName = values.givenName.trim();
  const familyName = values.familyName.trim();
  if (!givenName) errors.givenName = t.givenNameRequired;
  else if (givenName.length > LIMITS.personName) errors.givenName = form.tooLong(t.givenName, LIMITS.personName);
  if (!familyName) errors.familyName = t.familyNameRequired;
  else if (familyName.length > LIMITS.personName) errors.familyName = form.tooLong(t.familyName, LIMITS.personName);
  const hpr = values.hprNumber.replace(/\s/g, '');
  if (hpr && !isRegisterNumber(hpr)) errors.hprNumber = t.hprInvalid;
  checkPhone(values.phone, errors, form);
  checkEmail(values.email, errors, form);
  return {
    errors,
    body: {
      givenName,
      familyName,
      hprNumber: hpr ? Number(hpr) : null,
      phone: blankToNull(values.phone),
      email: blankToNull(values.email),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Position

export interface PositionValues {
  organisation: PickedEntry | null;
  role: Role | '';
  title: string;
  sharePercent: string;
  validFrom: DateValue;
  validTo: DateValue;
}

export const POSITION_FIELDS = ['organisation', 'role', 'title', 'sharePercent', 'validFrom', 'validTo'] as const;

export function positionValues(position: PersonPosition | undefined, today: string): PositionValues {
  return {
    organisation: position ? { id: position.organisation.id, name: position.organisation.name } : null,
    role: (position?.role as Role | undefined) ?? '',
    title: position?.title ?? '',
    sharePercent: String(position?.sharePercent ?? 100),
    validFrom: position?.validFrom ?? today,
    validTo: position?.validTo ?? '',
  };
}

export function positionBodyOf(position: PersonPosition): PositionPatch {
  return {
    role: position.role as Role,
    title: position.title,
    sharePercent: position.sharePercent,
    validFrom: position.validFrom,
    validTo: position.validTo,
  };
}

export function checkPosition(
  values: PositionValues,
  form: T<typeof formTexts>,
  t: T<typeof positionFormTexts>,
  { requireOrganisation }: { requireOrganisation: boolean },
): { errors: FieldErrors; body: Omit<PositionInput, 'organisationId'> & { organisationId?: string } } {
  const errors: FieldErrors = {};
  if (requireOrganisation && !values.organisation) errors.organisation = t.organisationRequired;
  if (!values.role) errors.role = t.roleRequired;
  const title = values.title.trim();
  if (!title) errors.title = t.titleRequired;
  else if (title.length > LIMITS.title) errors.title = form.tooLong(t.title, LIMITS.title);
  const share = values.sharePercent.trim();
  const sharePercent = Number(share);
  if (share && (!WHOLE_NUMBER.test(share) || sharePercent < 1 || sharePercent > 100)) errors.sharePercent = t.shareInvalid;
  if (!values.validFrom || values.validFrom === INVALID_DATE) errors.validFrom = t.validFromRequired;
  if (values.validTo === INVALID_DATE) errors.validTo = form.dateInvalid;
  else if (values.validTo && values.validFrom && values.validFrom !== INVALID_DATE && values.validTo < values.validFrom) {
    errors.validTo = t.periodInvalid;
  }
  return {
    errors,
    body: {
      ...(values.organisation ? { organisationId: values.organisation.id } : {}),
      role: values.role as Role,
      title,
      ...(share ? { sharePercent } : {}),
      validFrom: values.validFrom,
      validTo: values.validTo || null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Contact role

export interface ContactRoleValues {
  person: PickedEntry | null;
  purpose: ContactPurpose | '';
  note: string;
}

export const CONTACT_ROLE_FIELDS = ['person', 'purpose', 'note'] as const;

export function checkContactRole(
  values: ContactRoleValues,
  form: T<typeof formTexts>,
  t: T<typeof contactRoleFormTexts>,
): { errors: FieldErrors; body: ContactRoleInput | null } {
  const errors: FieldErrors = {};
  if (!values.person) errors.person = t.personRequired;
  if (!values.purpose) errors.purpose = t.purposeRequired;
  const note = values.note.trim();
  if (note.length > LIMITS.note) errors.note = form.tooLong(t.note, LIMITS.note);
  if (!values.person || !values.purpose) return { errors, body: null };
  return { errors, body: { personId: values.person.id, purpose: values.purpose, note: note || null } };
}
