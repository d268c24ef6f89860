import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentRecipient, TeamMemberRole } from '../../../platform/db/schema-teams.js';
import { visibleParts, type Viewer } from '../domain/visibility.js';
import { COURSE_ACTIONS, courseActions, PART_OF, roleActions } from './actions.js';

const ROLES: TeamMemberRole[] = ['team_lead', 'cognitive_therapist', 'job_specialist', 'nav_adviser', 'nurse', 'resource_doctor', 'other'];
const SIDES: ConsentRecipient[] = ['therapist', 'job_specialist', 'nav', 'employer'];
const consent = (scope: ConsentRecipient[], withdrawn = false) => ({ scope, withdrawn });

describe('what a viewer may do in a course', () => {
  it('lets the treating side run the course, and the job specialist write but not close', () => {
    const therapist = roleActions({ kind: 'member', roles: ['cognitive_therapist'] }, consent(['therapist', 'job_specialist']));
    expect([...therapist].sort()).toEqual(COURSE_ACTIONS.filter((a) => a !== 'withdraw_consent').sort());
    const js = roleActions({ kind: 'member', roles: ['job_specialist'] }, consent(['therapist', 'job_specialist']));
    expect(js.has('edit_job_support_plan')).toBe(true);
    expect(js.has('close')).toBe(false);
    expect(js.has('write_final_report')).toBe(false);
  });

  it('gives nothing to write to a member whose side the consent leaves out, or after withdrawal', () => {
    expect(roleActions({ kind: 'member', roles: ['job_specialist'] }, consent(['therapist'])).size).toBe(0);
    expect(roleActions({ kind: 'member', roles: ['cognitive_therapist'] }, consent(['therapist'], true)).size).toBe(0);
    expect(roleActions({ kind: 'member', roles: ['nav_adviser'] }, consent(['therapist', 'nav'])).size).toBe(0);
  });

  it('lets only the person withdraw their consent, and the GP, NAV and the employer only read', () => {
    expect([...roleActions({ kind: 'patient' }, consent(['therapist']))]).toEqual(['withdraw_consent']);
    for (const viewer of [{ kind: 'gp' }, { kind: 'nav_office' }, { kind: 'employer', involved: true }] as Viewer[]) expect(roleActions(viewer, consent(SIDES)).size).toBe(0);
  });

  it('after a completed course leaves the treating side refreshers (and the consent), a dropped-out course only the consent', () => {
    const viewer: Viewer = { kind: 'member', roles: ['cognitive_therapist'] };
    expect([...courseActions(viewer, consent(['therapist']), 'completed')].sort()).toEqual(['book_session', 'manage_consent', 'record_session']);
    expect([...courseActions(viewer, consent(['therapist']), 'dropped_out')]).toEqual(['manage_consent']);
    expect([...courseActions({ kind: 'patient' }, consent(['therapist']), 'completed')]).toEqual(['withdraw_consent']);
  });

  it('never allows an action on a part the viewer may not see (property)', () => {
    const viewer = fc.oneof(
      fc.constant<Viewer>({ kind: 'patient' }),
      fc.constant<Viewer>({ kind: 'gp' }),
      fc.constant<Viewer>({ kind: 'nav_office' }),
      fc.boolean().map<Viewer>((involved) => ({ kind: 'employer', involved })),
      fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1 }).map<Viewer>((roles) => ({ kind: 'member', roles })),
    );
    const state = fc.option(fc.record({ scope: fc.uniqueArray(fc.constantFrom(...SIDES)), withdrawn: fc.boolean() }), { nil: null });
    fc.assert(
      fc.property(viewer, state, fc.constantFrom('active', 'completed', 'dropped_out') as fc.Arbitrary<'active' | 'completed' | 'dropped_out'>, (v, c, status) => {
        const parts = visibleParts(v, c);
        for (const action of courseActions(v, c, status)) expect(parts.has(PART_OF[action]), `${action} for ${JSON.stringify(v)}`).toBe(true);
      }),
    );
  });
});
