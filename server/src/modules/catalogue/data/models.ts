/**
 * All 23 collaboration models of report 002 (Norut Alta for KS, 2013), as shipped content, in the
 * report's order: chapter 2 (levels 1 and 2) then chapter 3 (level 3).
 */
import type { CollaborationModelContent } from '../domain/model.js';
import { HOSPITAL_MODELS } from './models-hospital.js';
import { MUNICIPAL_MODELS_A } from './models-municipal-a.js';
import { MUNICIPAL_MODELS_B } from './models-municipal-b.js';

export const COLLABORATION_MODELS: readonly CollaborationModelContent[] = [
  ...MUNICIPAL_MODELS_A,
  ...MUNICIPAL_MODELS_B,
  ...HOSPITAL_MODELS,
];
