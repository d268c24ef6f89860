import { describe, expect, it } from 'vitest';
import { checkNewConsent, normaliseScope, planConsentChange, type CurrentConsent } from './consent.js';

const today = '2026-03-10';
const current: CurrentConsent = { scope: ['therapist', 'job_specialist'], givenOn: '2026-03-01', withdrawn: false };

describe('consent at referral', () => {
  it('is required, names the treating side, and is dated today or up to 30 days back', () => {
    expect(checkNewConsent(undefined, today)).toBe('TEAM_CONSENT_MISSING');
    expect(checkNewConsent({ scope: [], givenOn: today }, today)).toBe('TEAM_CONSENT_MISSING');
    expect(checkNewConsent({ scope: ['nav'], givenOn: today }, today)).toBe('TEAM_CONSENT_THERAPIST_REQUIRED');
    expect(checkNewConsent({ scope: ['therapist'] }, today)).toBe('TEAM_CONSENT_DATE_REQUIRED');
    expect(checkNewConsent({ scope: ['therapist'], givenOn: '2026-03-11' }, today)).toBe('TEAM_CONSENT_DATE_INVALID');
    expect(checkNewConsent({ scope: ['therapist'], givenOn: '2026-02-07' }, today)).toBe('TEAM_CONSENT_DATE_INVALID');
    expect(checkNewConsent({ scope: ['therapist'], givenOn: '2026-02-31' }, today)).toBe('TEAM_CONSENT_DATE_INVALID');
    expect(checkNewConsent({ scope: ['therapist', 'nav'], givenOn: '2026-02-08' }, today)).toBeNull();
  });

  it('keeps each recipient once, in one order', () => {
    expect(normaliseScope(['employer', 'therapist', 'employer', 'nav'])).toEqual(['therapist', 'nav', 'employer']);
  });
});

describe('changing consent', () => {
  it('narrows at once, keeping the day it was given', () => {
    expect(planConsentChange(current, { scope: ['therapist'] }, today)).toEqual({ kind: 'narrow', scope: ['therapist'], givenOn: '2026-03-01', removed: ['job_specialist'] });
  });

  it('widens only with the day the wider consent was given, not before the current one nor in the future', () => {
    expect(planConsentChange(current, { scope: ['therapist', 'job_specialist', 'nav'] }, today)).toEqual({ problem: 'TEAM_CONSENT_DATE_REQUIRED' });
    expect(planConsentChange(current, { scope: ['therapist', 'nav'], givenOn: '2026-02-28' }, today)).toEqual({ problem: 'TEAM_CONSENT_DATE_INVALID' });
    expect(planConsentChange(current, { scope: ['therapist', 'nav'], givenOn: '2026-03-11' }, today)).toEqual({ problem: 'TEAM_CONSENT_DATE_INVALID' });
    expect(planConsentChange(current, { scope: ['nav', 'therapist'], givenOn: today }, today)).toEqual({ kind: 'widen', scope: ['therapist', 'nav'], givenOn: today, added: ['nav'], removed: ['job_specialist'] });
  });

  it('treats dropping the treating side as withdrawal, and the same scope as no change', () => {
    expect(planConsentChange(current, { scope: ['job_specialist'] }, today)).toEqual({ kind: 'withdraw', removed: ['therapist', 'job_specialist'] });
    expect(planConsentChange(current, { scope: ['job_specialist', 'therapist'] }, today)).toEqual({ kind: 'same' });
  });

  it('refuses any change after withdrawal, and without a consent', () => {
    expect(planConsentChange({ ...current, withdrawn: true }, { scope: ['therapist'] }, today)).toEqual({ problem: 'TEAM_CONSENT_WITHDRAWN' });
    expect(planConsentChange(null, { scope: ['therapist'] }, today)).toEqual({ problem: 'TEAM_CONSENT_MISSING' });
  });
});
