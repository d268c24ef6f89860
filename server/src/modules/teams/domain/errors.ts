/**
 * The teams module's error codes (issue 8), in the shape of `ERRORS` in platform/errors.ts, which
 * spreads them in. 400: the input is wrong; 409: the state refuses it; 422: well-formed, but not
 * allowed here; 403 and 404 as usual. Add codes here, grouped by the part that raises them.
 */
export const TEAM_ERRORS = {
  TEAM_NOT_FOUND: { status: 404, nb: 'Fant ikke teamet', en: 'Team not found' },
  TEAM_NOT_A_MEMBER: { status: 403, nb: 'Du er ikke medlem av dette teamet', en: 'You are not a member of this team' },
} as const;

export type TeamErrorCode = keyof typeof TEAM_ERRORS;
