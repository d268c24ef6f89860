import type { FormTemplate } from '../template.js';
import { createRegistry } from '../versions.js';
import { FOLLOW_UP_PLAN_V1 } from './follow-up-plan.js';
import { FUNCTION_IN_WORK_V1 } from './function-in-work.js';
import { ICIT_JOB_LIST_V1 } from './icit-job-list.js';
import { ICIT_OPTIONS_LIST_V1 } from './icit-options-list.js';
import { ICIT_PROBLEM_LIST_V1 } from './icit-problem-list.js';
import { JOB_SUPPORT_PLAN_V1 } from './job-support-plan.js';
import { PROS_AND_CONS_V1 } from './pros-and-cons.js';
import { RETURN_TO_WORK_PLAN_V1 } from './return-to-work-plan.js';

/** Every template version the platform ships. Admin-published versions are stored, not listed here. */
export const SHIPPED_TEMPLATES: readonly FormTemplate[] = [
  FOLLOW_UP_PLAN_V1,
  FUNCTION_IN_WORK_V1,
  ICIT_PROBLEM_LIST_V1,
  ICIT_JOB_LIST_V1,
  ICIT_OPTIONS_LIST_V1,
  RETURN_TO_WORK_PLAN_V1,
  PROS_AND_CONS_V1,
  JOB_SUPPORT_PLAN_V1,
];

/** Built once at start-up; a broken shipped template stops the start (createRegistry throws). */
export const shippedRegistry = () => createRegistry(SHIPPED_TEMPLATES);

export { FOLLOW_UP_PLAN_KEY, FOLLOW_UP_PLAN_V1 } from './follow-up-plan.js';
export { FUNCTION_IN_WORK_KEY, FUNCTION_IN_WORK_V1 } from './function-in-work.js';
export { ICIT_JOB_LIST_KEY, ICIT_JOB_LIST_V1 } from './icit-job-list.js';
export { ICIT_OPTIONS_LIST_KEY, ICIT_OPTIONS_LIST_V1 } from './icit-options-list.js';
export { ICIT_PROBLEM_LIST_KEY, ICIT_PROBLEM_LIST_V1 } from './icit-problem-list.js';
export { JOB_SUPPORT_PLAN_KEY, JOB_SUPPORT_PLAN_V1 } from './job-support-plan.js';
export { PROS_AND_CONS_KEY, PROS_AND_CONS_V1 } from './pros-and-cons.js';
export { RETURN_TO_WORK_PLAN_KEY, RETURN_TO_WORK_PLAN_V1 } from './return-to-work-plan.js';
