/**
 * The team settings form: values, the checks that mirror the server's (migration 0010's ranges,
 * criteria keys, the age range) and the request body. A new work-focus team sent without criteria
 * gets report 003's from the server.
 */
import type { FieldErrors } from '../directory-admin/validation';
import type { PickedEntry } from '../directory-admin/types';
import type { teamAdminTexts } from './texts';
import type { InclusionCriterion, JointCadence, ReferralPolicy, TeamDetail, TeamInput, TeamKind } from './types';

type T = (typeof teamAdminTexts)['nb'];

export interface CriterionValue extends InclusionCriterion {
  /** Stable while rows are added and removed, for React and the fields' ids. */
  rowKey: string;
}

export interface TeamValues {
  kind: TeamKind;
  name: string;
  description: string;
  trialSite: string;
  host: PickedEntry | null;
  served: PickedEntry[];
  criteria: CriterionValue[];
  ageMin: string;
  ageMax: string;
  maxSickLeaveWeeks: string;
  referralPolicy: ReferralPolicy;
  capacity: string;
  sessionBudget: string;
  refresherLimit: string;
  firstSessionTargetDays: string;
  jobSpecialistCaseload: string;
  jointMeetingCadence: JointCadence;
  gpJoinsLastMinutes: string;
  active: boolean;
}

/** The whole-number fields with their allowed range (the table's CHECKs). */
export const NUMBER_RANGES = {
  ageMin: [0, 120],
  ageMax: [0, 120],
  maxSickLeaveWeeks: [0, 104],
  capacity: [0, 10000],
  sessionBudget: [1, 100],
  refresherLimit: [0, 20],
  firstSessionTargetDays: [1, 90],
  jobSpecialistCaseload: [1, 200],
  gpJoinsLastMinutes: [1, 240],
} as const;
type NumberField = keyof typeof NUMBER_RANGES;
const OPTIONAL_NUMBERS: ReadonlySet<NumberField> = new Set(['ageMin', 'ageMax', 'maxSickLeaveWeeks']);

export const TEAM_FIELDS = [
  'kind',
  'name',
  'description',
  'trialSite',
  'host',
  'served',
  'criteria',
  'ageMin',
  'ageMax',
  'maxSickLeaveWeeks',
  'referralPolicy',
  'capacity',
  'sessionBudget',
  'refresherLimit',
  'firstSessionTargetDays',
  'jobSpecialistCaseload',
  'jointMeetingCadence',
  'gpJoinsLastMinutes',
] as const;

let counter = 0;
export const newRowKey = () => `r${(counter += 1)}`;

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function teamValues(team?: TeamDetail): TeamValues {
  if (!team) {
    // Report 003's work-focus team, as the server would default it; the admin changes what differs.
    return {
      kind: 'work_focus',
      name: '',
      description: '',
      trialSite: '',
      host: null,
      served: [],
      criteria: [],
      ageMin: '18',
      ageMax: '55',
      maxSickLeaveWeeks: '8',
      referralPolicy: 'gp_only',
      capacity: '20',
      sessionBudget: '10',
      refresherLimit: '5',
      firstSessionTargetDays: '7',
      jobSpecialistCaseload: '20',
      jointMeetingCadence: 'every_4th_session',
      gpJoinsLastMinutes: '15',
      active: true,
    };
  }
  return {
    kind: team.kind,
    name: team.name,
    description: team.description ?? '',
    trialSite: team.trialSite ?? '',
    host: team.hostOrganisation ? { id: team.hostOrganisation.id, name: team.hostOrganisation.name } : null,
    served: team.servedOrganisations.map((o) => ({ id: o.id, name: o.name })),
    criteria: team.criteria.map((c) => ({ ...c, rowKey: newRowKey() })),
    ageMin: text(team.ageMin),
    ageMax: text(team.ageMax),
    maxSickLeaveWeeks: text(team.maxSickLeaveWeeks),
    referralPolicy: team.referralPolicy,
    capacity: text(team.capacity.places),
    sessionBudget: text(team.sessionBudget),
    refresherLimit: text(team.refresherLimit),
    firstSessionTargetDays: text(team.firstSessionTargetDays),
    jobSpecialistCaseload: text(team.jobSpecialistCaseload),
    jointMeetingCadence: team.jointMeetingCadence,
    gpJoinsLastMinutes: text(team.gpJoinsLastMinutes),
    active: team.active,
  };
}

const CRITERION_KEY = /^[a-z0-9_]{1,60}$/;

function checkCriteria(criteria: CriterionValue[], errors: FieldErrors, t: T): InclusionCriterion[] {
  const keys = new Set<string>();
  const out: InclusionCriterion[] = [];
  for (const c of criteria) {
    const key = c.key.trim();
    const nb = c.nb.trim();
    const en = c.en.trim();
    if (!CRITERION_KEY.test(key) || keys.has(key) || !nb || !en || nb.length > 300 || en.length > 300) {
      errors[`criterion-${c.rowKey}`] = t.criterionInvalid;
    }
    keys.add(key);
    out.push({ key, nb, en, required: c.required });
  }
  return out;
}

export function checkTeam(values: TeamValues, t: T, { isNew }: { isNew: boolean }): { errors: FieldErrors; body: TeamInput | null } {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = t.nameRequired;
  const numbers: Partial<Record<NumberField, number | null>> = {};
  for (const field of Object.keys(NUMBER_RANGES) as NumberField[]) {
    const raw = values[field].trim();
    const [min, max] = NUMBER_RANGES[field];
    if (raw === '' && OPTIONAL_NUMBERS.has(field)) {
      numbers[field] = null;
      continue;
    }
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) errors[field] = t.numberInvalid(min, max);
    else numbers[field] = n;
  }
  if (!errors.ageMin && !errors.ageMax && numbers.ageMin != null && numbers.ageMax != null && numbers.ageMin > numbers.ageMax) errors.ageMax = t.ageRangeInvalid;
  const criteria = checkCriteria(values.criteria, errors, t);
  if (Object.keys(errors).length > 0) return { errors, body: null };
  // Empty on a new work-focus team: the server's default criteria (report 003).
  const defaultCriteria = isNew && values.kind === 'work_focus' && criteria.length === 0;
  return {
    errors,
    body: {
      kind: values.kind,
      name,
      ...(values.description.trim() ? { description: values.description.trim() } : {}),
      ...(values.trialSite.trim() ? { trialSite: values.trialSite.trim() } : {}),
      ...(values.host ? { hostOrganisationId: values.host.id } : {}),
      servedOrganisationIds: values.served.map((o) => o.id),
      ...(defaultCriteria ? {} : { criteria }),
      ageMin: numbers.ageMin ?? null,
      ageMax: numbers.ageMax ?? null,
      maxSickLeaveWeeks: numbers.maxSickLeaveWeeks ?? null,
      referralPolicy: values.referralPolicy,
      capacity: numbers.capacity!,
      sessionBudget: numbers.sessionBudget!,
      refresherLimit: numbers.refresherLimit!,
      firstSessionTargetDays: numbers.firstSessionTargetDays!,
      jobSpecialistCaseload: numbers.jobSpecialistCaseload!,
      jointMeetingCadence: values.jointMeetingCadence,
      gpJoinsLastMinutes: numbers.gpJoinsLastMinutes!,
      active: values.active,
    },
  };
}
