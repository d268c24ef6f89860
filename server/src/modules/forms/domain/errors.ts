/**
 * The form engine's error codes (issue 7), in the shape of `ERRORS` in platform/errors.ts so the
 * lead can spread them into that table. 400 for wrong input, 409 for a refusal by state, 404 for
 * what does not exist, 422 for a template an admin may not publish.
 */
export const FORM_ERRORS = {
  // Templates and their versions (versions.ts).
  FORM_TEMPLATE_UNKNOWN: { status: 404, nb: 'Fant ikke skjemamalen', en: 'Form template not found' },
  FORM_TEMPLATE_VERSION_UNKNOWN: { status: 404, nb: 'Denne versjonen av skjemamalen finnes ikke', en: 'This version of the form template does not exist' },
  FORM_TEMPLATE_VERSION_NOT_HIGHER: {
    status: 409,
    nb: 'En ny versjon må ha et høyere versjonsnummer enn den siste publiserte',
    en: 'A new version needs a higher version number than the latest published one',
  },
  FORM_TEMPLATE_KEY_MISMATCH: { status: 400, nb: 'Versjonen hører til en annen skjemamal', en: 'The version belongs to another form template' },
  FORM_TEMPLATE_INVALID: { status: 422, nb: 'Skjemamalen har feil og kan ikke publiseres', en: 'The form template has errors and cannot be published' },

  // What is wrong with a template (validate-template.ts); reported inside FORM_TEMPLATE_INVALID.
  FORM_TEMPLATE_KEY_INVALID: {
    status: 422,
    nb: 'Nøkkelen til skjemamalen kan bare ha små bokstaver a–z, tall og bindestrek',
    en: 'The template key may only contain lower-case letters a–z, digits and hyphens',
  },
  FORM_TEMPLATE_VERSION_INVALID: { status: 422, nb: 'Versjonsnummeret må være et helt tall fra 1 og oppover', en: 'The version number must be a whole number from 1 up' },
  FORM_TEMPLATE_EMPTY: { status: 422, nb: 'Skjemamalen og hver del av den må ha minst ett felt', en: 'The template and each of its sections need at least one field' },
  FORM_TEMPLATE_ID_INVALID: {
    status: 422,
    nb: 'En id må begynne med liten bokstav og bare ha bokstaver a–z og tall',
    en: 'An id must start with a lower-case letter and contain only letters a–z and digits',
  },
  FORM_TEMPLATE_ID_DUPLICATE: { status: 422, nb: 'Samme id er brukt to ganger', en: 'The same id is used twice' },
  FORM_TEMPLATE_TEXT_MISSING: { status: 422, nb: 'En tekst mangler på bokmål eller engelsk', en: 'A text is missing in bokmål or English' },
  FORM_TEMPLATE_CONDITION_INVALID: {
    status: 422,
    nb: 'En betingelse må vise til et tidligere felt og til verdier feltet kan ha',
    en: 'A condition must refer to an earlier field and to values that field can have',
  },
  FORM_TEMPLATE_OPTIONS_INVALID: {
    status: 422,
    nb: 'Et valgfelt må ha minst ett alternativ, og hvert alternativ en egen verdi',
    en: 'A choice field needs at least one option, and each option a value of its own',
  },
  FORM_TEMPLATE_SCALE_INVALID: {
    status: 422,
    nb: 'En skala må gå fra et lavere til et høyere tall i hele steg, med tekst i begge ender',
    en: 'A scale must run from a lower to a higher number in whole steps, with texts at both ends',
  },
  FORM_TEMPLATE_TEXT_LIMIT_INVALID: { status: 422, nb: 'Et tekstfelt må ha en gyldig makslengde', en: 'A text field needs a valid maximum length' },
  FORM_TEMPLATE_TABLE_INVALID: {
    status: 422,
    nb: 'En tabell må ha kolonner med egne id-er og gyldig minste og største antall rader',
    en: 'A table needs columns with ids of their own and a valid minimum and maximum number of rows',
  },
  FORM_TEMPLATE_APPROVAL_INVALID: { status: 422, nb: 'Et godkjenningsfelt må ha en kjent rolle', en: 'An approval field needs a known role' },
  FORM_TEMPLATE_VISIBILITY_CONFLICT: {
    status: 422,
    nb: 'Et felt arbeidsgiveren ser, kan ikke være medisinsk eller avhenge av svar arbeidsgiveren ikke ser',
    en: 'A field the employer sees cannot be medical or depend on answers the employer does not see',
  },

  // Filled-in values (values.ts, render.ts).
  FORM_VALUES_INVALID: { status: 400, nb: 'Skjemaet har feil som må rettes', en: 'The form has errors that must be corrected' },
  FORM_VALUES_MALFORMED: { status: 400, nb: 'Skjemadataene kunne ikke leses', en: 'The form data could not be read' },
  FORM_FIELD_UNKNOWN: { status: 400, nb: 'Feltet finnes ikke i denne versjonen av skjemaet', en: 'The field does not exist in this version of the form' },
  FORM_VALUE_WRONG_TYPE: { status: 400, nb: 'Svaret har feil form for dette feltet', en: 'The answer has the wrong form for this field' },
  FORM_VALUE_NOT_AN_OPTION: { status: 400, nb: 'Svaret er ikke et av alternativene', en: 'The answer is not one of the options' },
  FORM_VALUE_OUT_OF_RANGE: { status: 400, nb: 'Tallet er utenfor skalaen', en: 'The number is outside the scale' },
  FORM_VALUE_TOO_LONG: { status: 400, nb: 'Teksten er for lang', en: 'The text is too long' },
  FORM_REQUIRED_MISSING: { status: 400, nb: 'Feltet må fylles ut', en: 'This field is required' },
  FORM_TABLE_ROWS: { status: 400, nb: 'Tabellen har for få eller for mange rader', en: 'The table has too few or too many rows' },
  FORM_APPROVAL_ROLE_MISMATCH: { status: 400, nb: 'Godkjenningen er gitt av feil rolle', en: 'The approval was given by the wrong role' },

  // A filled form's life (lifecycle.ts, sharing.ts).
  FORM_TEMPLATE_MISMATCH: {
    status: 409,
    nb: 'Skjemaet ble laget med en annen versjon av malen',
    en: 'The form was made with another version of the template',
  },
  FORM_APPROVED_LOCKED: {
    status: 409,
    nb: 'Skjemaet er godkjent og kan ikke endres. Lag et nytt utkast for å gjøre endringer.',
    en: 'The form is approved and cannot be changed. Create a new draft to make changes.',
  },
  FORM_ALREADY_DRAFT: { status: 409, nb: 'Skjemaet er et utkast og kan endres direkte', en: 'The form is a draft and can be changed directly' },
  FORM_ALREADY_SHARED: { status: 409, nb: 'Skjemaet er allerede delt', en: 'The form has already been shared' },
  FORM_NOT_APPROVED: { status: 409, nb: 'Skjemaet må være godkjent før det kan deles', en: 'The form must be approved before it can be shared' },
  FORM_APPROVAL_NOT_EXPECTED: {
    status: 400,
    nb: 'Skjemaet ber ikke om godkjenning fra denne rollen',
    en: 'The form does not ask for approval from this role',
  },
  FORM_APPROVAL_REQUIRED: { status: 400, nb: 'Skjemaet må godkjennes av en bestemt rolle. Oppgi hvem som godkjenner.', en: 'The form must be approved by a given role. Say who approves.' },
  FOLLOW_UP_PLAN_NO_WORK_TASKS: {
    status: 422,
    nb: 'Oppfølgingsplanen må beskrive minst én konkret arbeidsoppgave før den kan deles',
    en: 'The follow-up plan must describe at least one concrete work task before it can be shared',
  },
  FOLLOW_UP_PLAN_NOT_APPROVED: {
    status: 409,
    nb: 'Både arbeidstakeren og nærmeste leder må godkjenne oppfølgingsplanen før den deles',
    en: 'Both the employee and the nearest manager must approve the follow-up plan before it is shared',
  },
} as const satisfies Record<string, { status: number; nb: string; en: string }>;

export type FormErrorCode = keyof typeof FORM_ERRORS;
