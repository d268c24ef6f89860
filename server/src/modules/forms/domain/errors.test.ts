import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERRORS } from '../../../platform/errors.js';
import { FORM_ERRORS, type FormErrorCode } from './errors.js';
import type { LifecycleCode } from './lifecycle.js';
import type { ParseResult } from './render.js';
import type { TemplateProblemCode } from './validate-template.js';
import type { ValueProblemCode } from './values.js';
import type { Lookup, PublishRefusal } from './versions.js';

type Refused<T> = T extends { ok: false; code: infer C } ? C : never;

describe('form error codes', () => {
  it('defines every code the form domain can return', () => {
    type DomainCode = TemplateProblemCode | ValueProblemCode | LifecycleCode | PublishRefusal['code'] | Refused<Lookup> | Refused<ParseResult>;
    expectTypeOf<DomainCode>().toExtend<FormErrorCode>();
    for (const code of ['FORM_VALUE_WRONG_TYPE', 'FORM_VALUE_NOT_AN_OPTION', 'FORM_VALUE_OUT_OF_RANGE', 'FORM_VALUE_TOO_LONG', 'FORM_FIELD_UNKNOWN', 'FORM_REQUIRED_MISSING', 'FORM_TABLE_ROWS', 'FORM_TEMPLATE_VERSION_UNKNOWN', 'FOLLOW_UP_PLAN_NO_WORK_TASKS', 'FOLLOW_UP_PLAN_NOT_APPROVED']) {
      expect(FORM_ERRORS).toHaveProperty(code);
    }
  });

  it('uses 400 for wrong input, 404 for what does not exist, 409 for refusals by state, 422 for templates that cannot be published', () => {
    for (const code of ['FORM_VALUE_WRONG_TYPE', 'FORM_REQUIRED_MISSING', 'FORM_TABLE_ROWS', 'FORM_FIELD_UNKNOWN'] as const) expect(FORM_ERRORS[code].status, code).toBe(400);
    for (const code of ['FORM_TEMPLATE_UNKNOWN', 'FORM_TEMPLATE_VERSION_UNKNOWN'] as const) expect(FORM_ERRORS[code].status, code).toBe(404);
    for (const code of ['FORM_APPROVED_LOCKED', 'FORM_ALREADY_SHARED', 'FOLLOW_UP_PLAN_NOT_APPROVED', 'FORM_TEMPLATE_VERSION_NOT_HIGHER'] as const) expect(FORM_ERRORS[code].status, code).toBe(409);
    for (const code of ['FORM_TEMPLATE_INVALID', 'FORM_TEMPLATE_CONDITION_INVALID', 'FOLLOW_UP_PLAN_NO_WORK_TASKS'] as const) expect(FORM_ERRORS[code].status, code).toBe(422);
  });

  it('has the shape of the platform errors, texts in both languages, and no code the platform table already uses', () => {
    for (const [code, def] of Object.entries(FORM_ERRORS)) {
      expect(code).toMatch(/^(FORM|FOLLOW_UP_PLAN)_[A-Z0-9_]+$/);
      expect(Object.keys(def).sort()).toEqual(['en', 'nb', 'status']);
      expect(def.nb.trim()).not.toBe('');
      expect(def.en.trim()).not.toBe('');
      // Either not there yet, or spread in unchanged.
      const platform = (ERRORS as Record<string, unknown>)[code];
      if (platform !== undefined) expect(platform, code).toEqual(def);
    }
  });
});
