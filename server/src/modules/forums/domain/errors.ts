/**
 * The forums module's error codes (issue 9), in the shape of `ERRORS` in platform/errors.ts, which
 * spreads them in. 400: the input is wrong; 409: the state refuses it; 422: well-formed, but not
 * allowed here; 403 and 404 as usual. Add codes here, grouped by the part that raises them.
 */
export const FORUM_ERRORS = {
  FORUM_BODY_NOT_FOUND: { status: 404, nb: 'Fant ikke organet', en: 'Body not found' },
  FORUM_NOT_A_MEMBER: { status: 403, nb: 'Du er ikke medlem av dette organet', en: 'You are not a member of this body' },
} as const;

export type ForumErrorCode = keyof typeof FORUM_ERRORS;
