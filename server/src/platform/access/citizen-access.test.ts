import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { decideCitizenAccess, type CitizenFacts } from './citizen-access.js';
import type { Grant, Role } from './roles.js';

const GP = 'person-gp';
const OTHER_GP = 'person-other-gp';
const ISSUER = 'person-issuer';
const OFFICE = 'nav-larvik';
const OTHER_OFFICE = 'nav-kristiansand';
const EMPLOYER = 'employer-1';
const CITIZEN = 'citizen-1';

function actor(role: Role, over: Partial<Actor> = {}, grants: Grant[] = []): Actor {
  return {
    userId: `user-${role}`,
    role,
    name: role,
    personId: null,
    citizenId: null,
    organisationId: null,
    organisationName: null,
    organisationKind: null,
    grants: new Set(grants),
    ...over,
  };
}

function facts(over: Partial<CitizenFacts> = {}): CitizenFacts {
  return {
    citizenId: CITIZEN,
    protection: 'none',
    shielded: false,
    regularGpPersonId: GP,
    navOfficeId: OFFICE,
    employerId: EMPLOYER,
    sickNoteIssuerPersonIds: [ISSUER],
    assignedUserIds: [],
    ...over,
  };
}

type Row = [string, Actor, Partial<CitizenFacts>, 'allow' | string, boolean?];

// [case, actor, facts, expected (allow or denial code), address visible when allowed]
const table: Row[] = [
  ['the regular GP', actor('gp', { personId: GP }), {}, 'allow', true],
  ['a GP who issued a sick note', actor('gp', { personId: ISSUER }), {}, 'allow', true],
  ['another GP', actor('gp', { personId: OTHER_GP }), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['a GP without a directory person', actor('gp'), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['the regular GP of a shielded person', actor('gp', { personId: GP }), { shielded: true }, 'allow', true],
  ['the regular GP, strengt fortrolig address', actor('gp', { personId: GP }), { protection: 'strengt_fortrolig' }, 'allow', false],
  ['the regular GP, fortrolig address', actor('gp', { personId: GP }), { protection: 'fortrolig' }, 'allow', false],
  ['an adviser at the person’s NAV office', actor('nav_adviser', { organisationId: OFFICE }), {}, 'allow', true],
  ['an adviser at another office', actor('nav_adviser', { organisationId: OTHER_OFFICE }), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['an adviser at another office, assigned', actor('nav_adviser', { organisationId: OTHER_OFFICE, userId: 'u-assigned' }), { assignedUserIds: ['u-assigned'] }, 'allow', true],
  ['an adviser, shielded person, no grant', actor('nav_adviser', { organisationId: OFFICE }), { shielded: true }, 'ACCESS_DENIED_SHIELDED'],
  ['an adviser, shielded person, with grant', actor('nav_adviser', { organisationId: OFFICE }, ['shielded']), { shielded: true }, 'allow', true],
  ['an adviser, strengt fortrolig, no grant', actor('nav_adviser', { organisationId: OFFICE }), { protection: 'strengt_fortrolig' }, 'ACCESS_DENIED_PROTECTED'],
  ['an adviser, strengt fortrolig, with grant', actor('nav_adviser', { organisationId: OFFICE }, ['protected_address']), { protection: 'strengt_fortrolig' }, 'allow', true],
  ['an adviser, fortrolig, no grant: sees the person, not the address', actor('nav_adviser', { organisationId: OFFICE }), { protection: 'fortrolig' }, 'allow', false],
  ['an adviser, fortrolig, with grant', actor('nav_adviser', { organisationId: OFFICE }, ['protected_address']), { protection: 'fortrolig' }, 'allow', true],
  ['the office manager', actor('nav_manager', { organisationId: OFFICE }), {}, 'allow', true],
  ['a manager at another office', actor('nav_manager', { organisationId: OTHER_OFFICE }), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['an advisory physician not consulted', actor('advisory_physician', { organisationId: OFFICE }), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['an advisory physician consulted on the case', actor('advisory_physician', { userId: 'rol' }), { assignedUserIds: ['rol'] }, 'allow', true],
  ['a coordinating physician not consulted', actor('coordinating_physician'), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['a team member without referral', actor('team_member'), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['a team member with a referral and consent', actor('team_member', { userId: 'tm' }), { assignedUserIds: ['tm'] }, 'allow', true],
  ['the person themself', actor('patient', { citizenId: CITIZEN }), {}, 'allow', true],
  ['the person themself, strengt fortrolig', actor('patient', { citizenId: CITIZEN }), { protection: 'strengt_fortrolig' }, 'allow', true],
  ['another patient', actor('patient', { citizenId: 'citizen-2' }), {}, 'ACCESS_DENIED_NO_RELATIONSHIP'],
  ['the employer, health data', actor('employer', { organisationId: EMPLOYER }), {}, 'ACCESS_DENIED_ROLE'],
  ['an administrator', actor('admin'), {}, 'ACCESS_DENIED_ROLE'],
  ['a municipal physician', actor('municipal_physician'), {}, 'ACCESS_DENIED_ROLE'],
  ['a practice consultant', actor('practice_consultant'), {}, 'ACCESS_DENIED_ROLE'],
  ['a forum member', actor('forum_member'), {}, 'ACCESS_DENIED_ROLE'],
  ['a forum secretary', actor('forum_secretary'), {}, 'ACCESS_DENIED_ROLE'],
];

describe('decideCitizenAccess: citizen.read', () => {
  it.each(table)('%s', (_name, who, over, expected, addressVisible) => {
    const decision = decideCitizenAccess(who, 'citizen.read', facts(over));
    if (expected === 'allow') {
      expect(decision).toMatchObject({ allowed: true, addressVisible });
    } else {
      expect(decision).toEqual({ allowed: false, code: expected });
    }
  });
});

describe('decideCitizenAccess: citizen.read_employment', () => {
  it('lets the employer see their own employee', () => {
    expect(decideCitizenAccess(actor('employer', { organisationId: EMPLOYER }), 'citizen.read_employment', facts())).toMatchObject({ allowed: true });
  });
  it('refuses another employer', () => {
    expect(decideCitizenAccess(actor('employer', { organisationId: 'employer-2' }), 'citizen.read_employment', facts())).toEqual({
      allowed: false,
      code: 'ACCESS_DENIED_NO_RELATIONSHIP',
    });
  });
  it('refuses the employer when the address is strengt fortrolig', () => {
    expect(
      decideCitizenAccess(actor('employer', { organisationId: EMPLOYER }), 'citizen.read_employment', facts({ protection: 'strengt_fortrolig' })),
    ).toEqual({ allowed: false, code: 'ACCESS_DENIED_PROTECTED' });
  });
  it('falls back to the full rule for other roles', () => {
    expect(decideCitizenAccess(actor('gp', { personId: OTHER_GP }), 'citizen.read_employment', facts())).toMatchObject({ allowed: false });
  });
});
