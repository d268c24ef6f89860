import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsentRecipient, TeamMemberRole } from '../../../platform/db/schema-teams.js';
import { COURSE_PARTS, sideOfRole, visibleParts, type ConsentState, type CoursePart, type Viewer } from './visibility.js';

const ROLES: TeamMemberRole[] = ['team_lead', 'cognitive_therapist', 'job_specialist', 'nav_adviser', 'nurse', 'resource_doctor', 'other'];
const RECIPIENTS: ConsentRecipient[] = ['therapist', 'job_specialist', 'nav', 'employer'];

const viewerArb: fc.Arbitrary<Viewer> = fc.oneof(
  fc.constant({ kind: 'patient' as const }),
  fc.constant({ kind: 'gp' as const }),
  fc.constant({ kind: 'referrer' as const }),
  fc.record({ kind: fc.constant('member' as const), roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 }) }),
  fc.constant({ kind: 'nav_office' as const }),
  fc.record({ kind: fc.constant('employer' as const), involved: fc.boolean() }),
);
const consentArb: fc.Arbitrary<ConsentState | null> = fc.option(fc.record({ scope: fc.uniqueArray(fc.constantFrom(...RECIPIENTS), { maxLength: 4 }), withdrawn: fc.boolean() }), { nil: null });

/** Written out apart from the code: what each consent side may ever see. */
const SIDE_MAY_SEE: Record<ConsentRecipient, readonly CoursePart[]> = {
  therapist: COURSE_PARTS,
  job_specialist: ['identity', 'referral', 'summary', 'sessions', 'goals', 'mapping_forms', 'job_support_plan', 'final_report'],
  nav: ['identity', 'summary', 'sessions', 'goals', 'final_report'],
  employer: ['identity', 'goals'],
};

/** The consent sides a viewer acts on (the patient and the GP stand outside consent). */
function sidesOf(viewer: Viewer): ConsentRecipient[] {
  if (viewer.kind === 'member') return viewer.roles.map(sideOfRole);
  if (viewer.kind === 'nav_office') return ['nav'];
  if (viewer.kind === 'employer') return viewer.involved ? ['employer'] : [];
  return [];
}

describe('what a viewer sees of a course', () => {
  it('shows nothing to a side outside the consent, nor to anyone it covered after withdrawal', () => {
    fc.assert(
      fc.property(viewerArb, consentArb, (viewer, consent) => {
        if (viewer.kind === 'patient' || viewer.kind === 'gp' || viewer.kind === 'referrer') return;
        const parts = visibleParts(viewer, consent);
        const covered = consent !== null && !consent.withdrawn && sidesOf(viewer).some((side) => consent.scope.includes(side));
        if (!covered) expect([...parts]).toEqual([]);
      }),
    );
  });

  it('never shows a part outside what the named sides may see (the table of ADR 0004)', () => {
    fc.assert(
      fc.property(viewerArb, consentArb, (viewer, consent) => {
        if (viewer.kind === 'patient' || viewer.kind === 'gp' || viewer.kind === 'referrer' || !consent) return;
        const allowed = new Set(sidesOf(viewer).filter((s) => consent.scope.includes(s)).flatMap((side) => SIDE_MAY_SEE[side]));
        for (const part of visibleParts(viewer, consent)) expect(allowed.has(part), part).toBe(true);
      }),
    );
  });

  it('never shows the employer health content, whatever the consent', () => {
    fc.assert(
      fc.property(consentArb, fc.boolean(), (consent, involved) => {
        const parts = visibleParts({ kind: 'employer', involved }, consent);
        for (const part of ['referral', 'summary', 'sessions', 'mapping_forms', 'job_support_plan', 'final_report', 'gp_updates'] as const) expect(parts.has(part)).toBe(false);
      }),
    );
  });

  it('shows someone who referred without being the GP only the referral, whatever the consent', () => {
    fc.assert(
      fc.property(consentArb, (consent) => {
        expect([...visibleParts({ kind: 'referrer' }, consent)].sort()).toEqual(['identity', 'referral']);
      }),
    );
  });

  it('shows the patient everything, always', () => {
    fc.assert(
      fc.property(consentArb, (consent) => {
        expect([...visibleParts({ kind: 'patient' }, consent)].sort()).toEqual([...COURSE_PARTS].sort());
      }),
    );
  });

  it('shows the GP the course while consent lasts, and only the referral and the updates sent after withdrawal', () => {
    fc.assert(
      fc.property(consentArb, (consent) => {
        const parts = visibleParts({ kind: 'gp' }, consent);
        expect(parts.has('job_support_plan')).toBe(false);
        if (consent === null || consent.withdrawn) expect([...parts].sort()).toEqual(['gp_updates', 'identity', 'referral']);
        else expect(parts.has('final_report') && parts.has('summary')).toBe(true);
      }),
    );
  });

  it('never shows more as the consent narrows (monotone in the scope)', () => {
    fc.assert(
      fc.property(viewerArb, consentArb, fc.constantFrom(...RECIPIENTS), (viewer, consent, dropped) => {
        if (!consent) return;
        const narrower = { ...consent, scope: consent.scope.filter((s) => s !== dropped) };
        const before = visibleParts(viewer, consent);
        for (const part of visibleParts(viewer, narrower)) expect(before.has(part)).toBe(true);
      }),
    );
  });
});
