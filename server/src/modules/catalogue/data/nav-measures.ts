/**
 * NAV's measures and sick-leave options for GPs (issue 11, point 3): sick-leave options and dialogue
 * meetings first, then work-oriented measures, benefits and local practices.
 */
import type { NavMeasureEntry } from '../domain/knowledge.js';
import { SICK_LEAVE_MEASURES } from './nav-measures-sick-leave.js';
import { WORK_MEASURES } from './nav-measures-work.js';

export const NAV_MEASURES: readonly NavMeasureEntry[] = [...SICK_LEAVE_MEASURES, ...WORK_MEASURES];
