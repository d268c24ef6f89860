/**
 * The catalogue module's error codes (issue 11), in the shape of `ERRORS` in platform/errors.ts,
 * which spreads them in. 400: the input is wrong; 409: the state refuses it; 422: well-formed, but
 * not publishable; 403 and 404 as usual.
 */
export const CATALOGUE_ERRORS = {
  CATALOGUE_ENTRY_NOT_FOUND: { status: 404, nb: 'Fant ikke oppslaget i kunnskapsbanken', en: 'Knowledge base entry not found' },
  CATALOGUE_VERSION_NOT_FOUND: { status: 404, nb: 'Fant ikke versjonen', en: 'Version not found' },
  CATALOGUE_NOT_EDITOR: { status: 403, nb: 'Bare redaktører av kunnskapsbanken kan gjøre dette', en: 'Only editors of the knowledge base can do this' },
  CATALOGUE_SLUG_TAKEN: { status: 409, nb: 'Kortnavnet er allerede i bruk for denne typen innhold', en: 'The short name is already in use for this kind of content' },
  CATALOGUE_FILTER_INVALID: { status: 400, nb: 'Ukjent verdi i et filter', en: 'Unknown value in a filter' },
  CATALOGUE_COMPARE_COUNT: { status: 400, nb: 'Velg fra to til fire modeller å sammenligne', en: 'Choose two to four models to compare' },
  CATALOGUE_CONTENT_INVALID: { status: 400, nb: 'Innholdet passer ikke til denne typen oppslag', en: 'The content does not fit this kind of entry' },
  CATALOGUE_TRANSITION_INVALID: {
    status: 409,
    nb: 'Oppslaget kan ikke endres slik i den tilstanden det er i nå',
    en: 'The entry cannot be changed this way in its current state',
  },
  CATALOGUE_REVIEWER_IS_AUTHOR: {
    status: 403,
    nb: 'En annen redaktør enn den som skrev endringene må gjennomgå og publisere dem',
    en: 'Another editor than the one who wrote the changes must review and publish them',
  },
  CATALOGUE_EDIT_CONFLICT: {
    status: 409,
    nb: 'En annen redaktør har lagret en nyere versjon mens du skrev. Se endringene deres før du lagrer.',
    en: 'Another editor saved a newer version while you were writing. See their changes before you save.',
  },
  CATALOGUE_REQUIRED_FIELDS_MISSING: {
    status: 422,
    nb: 'Oppslaget kan ikke publiseres: påkrevde felt mangler',
    en: 'The entry cannot be published: required fields are missing',
  },
  CATALOGUE_NUMBER_NOT_POSITIVE: {
    status: 422,
    nb: 'Oppslaget kan ikke publiseres: innbyggertall, avstand og reisetid må være positive tall (innbyggertall et helt tall)',
    en: 'The entry cannot be published: population, distance and travel time must be positive numbers (population a whole number)',
  },
  CATALOGUE_LINK_BROKEN: {
    status: 422,
    nb: 'Oppslaget kan ikke publiseres: en intern lenke peker til noe som ikke er publisert',
    en: 'The entry cannot be published: an internal link points to something that is not published',
  },
  CATALOGUE_INTERVIEW_ANSWER_INVALID: {
    status: 400,
    nb: 'Et svar gjelder et spørsmål som ikke finnes i intervjuguiden, eller et valg som ikke finnes',
    en: 'An answer concerns a question the interview guide does not have, or a choice that does not exist',
  },
} as const;

export type CatalogueErrorCode = keyof typeof CATALOGUE_ERRORS;
