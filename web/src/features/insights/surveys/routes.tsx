import type { ReactNode } from 'react';
import type { Role } from '../../../api/types';
import { RequireRole } from '../../../app/session/RequireRole';
import { ComposeSurveyPage } from './pages/ComposeSurveyPage';
import { RespondPage } from './pages/RespondPage';
import { SurveyPage } from './pages/SurveyPage';
import { SurveysPage } from './pages/SurveysPage';
import './surveys.css';

/**
 * Pulse surveys (issue 12 point 2), loaded on demand. The organisers' pages need one of the roles
 * that lead collaboration in an area (server: ORGANISER_ROLES); the respondent's page needs no sign-in.
 */
export const SURVEY_ORGANISER_ROLES: readonly Role[] = [
  'advisory_physician',
  'coordinating_physician',
  'nav_manager',
  'municipal_physician',
  'practice_consultant',
  'forum_secretary',
  'admin',
];

const forOrganisers = (page: ReactNode) => <RequireRole roles={SURVEY_ORGANISER_ROLES}>{page}</RequireRole>;

export const SurveysRoute = () => forOrganisers(<SurveysPage />);
export const ComposeSurveyRoute = () => forOrganisers(<ComposeSurveyPage />);
export const SurveyRoute = () => forOrganisers(<SurveyPage />);

// Public: the single-use link is the credential.
export const RespondRoute = () => <RespondPage />;
