import { FORUM_ATTACHMENT_ERRORS } from '../submissions/attachments/errors.js';

/**
 * The forums module's error codes (issue 9), in the shape of `ERRORS` in platform/errors.ts, which
 * spreads them in. 400: the input is wrong; 409: the state refuses it; 422: well-formed, but not
 * allowed here; 403 and 404 as usual. Add codes here, grouped by the part that raises them.
 */
export const FORUM_ERRORS = {
  // Attachments on submissions (submissions/attachments/).
  ...FORUM_ATTACHMENT_ERRORS,
  FORUM_BODY_NOT_FOUND: { status: 404, nb: 'Fant ikke organet', en: 'Body not found' },
  FORUM_NOT_A_MEMBER: { status: 403, nb: 'Du er ikke medlem av dette organet', en: 'You are not a member of this body' },
  // Meetings, registrations, coverage and annual documents (meetings/, coverage.ts, annual/).
  FORUM_MEETING_NOT_FOUND: { status: 404, nb: 'Fant ikke møtet', en: 'Meeting not found' },
  FORUM_MEETING_TIME_PAST: { status: 400, nb: 'Et nytt møte kan ikke legges tilbake i tid', en: 'A new meeting cannot be set in the past' },
  FORUM_MEETING_NOT_PLANNED: { status: 409, nb: 'Møtet er allerede holdt eller avlyst', en: 'The meeting has already been held or was cancelled' },
  FORUM_MEETING_NOT_STARTED: { status: 409, nb: 'Referatet kan først skrives når møtet har startet', en: 'The minutes can only be written once the meeting has started' },
  FORUM_MEETING_NOT_HELD: { status: 409, nb: 'Timer kan bare føres for et møte som er holdt', en: 'Hours can only be logged for a meeting that was held' },
  FORUM_AGENDA_ITEM_INVALID: { status: 400, nb: 'Saken kan ikke settes på sakslisten: den hører til et annet organ eller er ikke klar', en: 'The case cannot go on the agenda: it belongs to another body or is not ready' },
  FORUM_MINUTES_ITEM_UNKNOWN: { status: 400, nb: 'Vedtaket gjelder en sak som ikke står på sakslisten', en: 'The decision concerns an item that is not on the agenda' },
  FORUM_MINUTES_PRESENT_INVALID: { status: 400, nb: 'En av de oppgitte møtedeltakerne er ikke medlem med gyldig funksjonstid på møtedagen', en: 'Someone listed as present is not a member with a current term on the day of the meeting' },
  FORUM_REGISTRATION_CLOSED: { status: 409, nb: 'Påmelding er bare mulig til åpne temamøter som ikke er holdt ennå', en: 'Registration is only possible for open thematic meetings not yet held' },
  FORUM_MEETING_FULL: { status: 409, nb: 'Møtet er fullt', en: 'The meeting is full' },
  FORUM_REGISTRATION_DUPLICATE: { status: 409, nb: 'Du er allerede påmeldt dette møtet', en: 'You are already registered for this meeting' },
  FORUM_REGISTRATION_CONTACT_MISSING: { status: 400, nb: 'Oppgi navn og e-postadresse for å melde deg på', en: 'Give your name and e-mail address to register' },
  FORUM_PERIOD_INVALID: { status: 400, nb: 'Perioden er ugyldig: fra-datoen må være før til-datoen, og perioden kan være høyst ti år', en: 'The period is invalid: from must be before to, and the period at most ten years' },
  FORUM_ANNUAL_PUBLISHED: { status: 409, nb: 'Dokumentet er publisert og kan ikke endres', en: 'The document is published and cannot be changed' },
  FORUM_ANNUAL_NOT_FOUND: { status: 404, nb: 'Fant ikke årsplanen eller årsrapporten', en: 'Annual plan or report not found' },
  // Bodies, members and submissions (access.ts, bodies.ts, submissions/).
  FORUM_TERM_ENDED: { status: 403, nb: 'Funksjonstiden din i organet er ute', en: 'Your term in this body has ended' },
  FORUM_NOT_A_MANAGER: { status: 403, nb: 'Bare leder eller sekretær kan gjøre dette', en: 'Only the leader or the secretary can do this' },
  FORUM_SLUG_TAKEN: { status: 409, nb: 'Kortnavnet er allerede i bruk', en: 'The short name is already in use' },
  FORUM_COMPOSITION_INVALID: { status: 400, nb: 'Sammensetningsreglene er ugyldige', en: 'The composition rules are invalid' },
  FORUM_MEMBER_NOT_FOUND: { status: 404, nb: 'Fant ikke medlemmet', en: 'Member not found' },
  FORUM_TERM_INVALID: { status: 400, nb: 'Funksjonstiden kan ikke slutte før den starter', en: 'The term cannot end before it starts' },
  FORUM_HOURS_INVALID: { status: 400, nb: 'Timene må være mellom 0 og 24 og gjelde en gyldig dato', en: 'Hours must be between 0 and 24 on a valid date' },
  FORUM_SUBMISSION_NOT_FOUND: { status: 404, nb: 'Fant ikke saken', en: 'Case not found' },
  FORUM_PERSONAL_DATA: {
    status: 422,
    nb: 'Teksten ser ut til å inneholde opplysninger som kan identifisere en pasient (fødselsnummer, D-nummer eller navn med dato). Fjern dem og beskriv hendelsen uten å identifisere pasienten.',
    en: 'The text seems to contain details that could identify a patient (national identity number, D-number or a name with a date). Remove them and describe the event without identifying the patient.',
  },
  FORUM_TEXT_EMPTY: { status: 400, nb: 'Et påkrevd tekstfelt er tomt', en: 'A required text field is empty' },
  FORUM_TEXT_TOO_LONG: { status: 400, nb: 'Teksten er for lang', en: 'The text is too long' },
  FORUM_FIELD_UNKNOWN: { status: 400, nb: 'Ukjent felt for denne sakstypen', en: 'Unknown field for this kind of case' },
  FORUM_THEME_UNKNOWN: { status: 400, nb: 'Ukjent tema', en: 'Unknown theme' },
  FORUM_SUBMISSION_STATE: { status: 409, nb: 'Saken kan ikke endres slik i den tilstanden den er i nå', en: 'The case cannot be changed this way in its current state' },
  FORUM_MERGE_INVALID: { status: 409, nb: 'Saken kan bare slås sammen med en annen åpen sak i samme organ', en: 'A case can only be merged into another open case of the same body' },
  FORUM_FORWARD_DUE_PAST: { status: 400, nb: 'Svarfristen kan ikke være tilbake i tid', en: 'The reply deadline cannot be in the past' },
  FORUM_REASON_MISSING: { status: 400, nb: 'Skriv en begrunnelse', en: 'Give a reason' },
  // Assessment and recommendations (assessment/, recommendations/, public/).
  FORUM_TEMPLATE_INVALID: { status: 400, nb: 'Vurderingsmalen er ugyldig: sjekk at alle deler og punkter har navn og unike nøkler', en: 'The assessment template is invalid: check that every section and item has a name and a unique key' },
  FORUM_ASSESSMENT_NOT_FOUND: { status: 404, nb: 'Fant ikke vurderingen', en: 'Assessment not found' },
  FORUM_ASSESSMENT_EXISTS: { status: 409, nb: 'Saken er allerede under vurdering', en: 'The case is already being assessed' },
  FORUM_ASSESSMENT_NOT_OPEN: { status: 409, nb: 'Saken må være godtatt før den kan vurderes', en: 'The case must be accepted before it can be assessed' },
  FORUM_ASSESSMENT_CONCLUDED: { status: 409, nb: 'Vurderingen er avsluttet med en konklusjon', en: 'The assessment has been concluded' },
  FORUM_ASSIGNEE_INVALID: { status: 422, nb: 'Bare medlemmer av organet med gyldig funksjonstid kan tildeles vurderingen', en: 'Only members of the body with a current term can be assigned the assessment' },
  FORUM_NOT_ASSIGNED: { status: 403, nb: 'Du er ikke tildelt denne vurderingen', en: 'You are not assigned to this assessment' },
  FORUM_NOT_LEADER: { status: 403, nb: 'Bare lederen kan skrive konklusjonen', en: 'Only the leader can write the conclusion' },
  FORUM_ANSWER_INVALID: { status: 400, nb: 'Svaret gjelder et punkt som ikke finnes i malen, eller er for langt', en: 'The answer concerns an item the template does not have, or is too long' },
  FORUM_RECOMMENDATION_NOT_FOUND: { status: 404, nb: 'Fant ikke anbefalingen', en: 'Recommendation not found' },
  FORUM_RECOMMENDATION_CASES_INVALID: { status: 422, nb: 'Anbefalingen kan bare svare på godtatte saker i samme organ', en: 'A recommendation can only answer accepted cases of the same body' },
  FORUM_RECOMMENDATION_STATE: { status: 409, nb: 'Anbefalingen kan ikke endres slik i den tilstanden den er i nå', en: 'The recommendation cannot be changed this way in its current state' },
  FORUM_RECOMMENDATION_WITHDRAWN: { status: 409, nb: 'Anbefalingen er trukket tilbake', en: 'The recommendation has been withdrawn' },
  FORUM_NOT_APPROVED: { status: 409, nb: 'Anbefalingen må vedtas i et møte i organet før den publiseres', en: 'The recommendation must be approved at a meeting of the body before it is published' },
  FORUM_APPROVAL_MEETING_INVALID: { status: 409, nb: 'Anbefalingen kan bare vedtas i et holdt møte i organet selv', en: 'A recommendation can only be approved at a held meeting of the body itself' },
  FORUM_QUORUM_NOT_MET: { status: 422, nb: 'Organet var ikke vedtaksført i møtet: for få medlemmer til stede', en: 'The body had no quorum at the meeting: too few members present' },
  FORUM_CHANGE_NOTE_MISSING: { status: 400, nb: 'Beskriv hva som er endret i den nye versjonen', en: 'Describe what changed in the new version' },
  FORUM_SOURCE_URL_INVALID: { status: 400, nb: 'Kilden må ha en https-adresse', en: 'The source must have an https address' },
} as const;

export type ForumErrorCode = keyof typeof FORUM_ERRORS;
