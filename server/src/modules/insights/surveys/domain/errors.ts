/**
 * The pulse surveys' error codes (issue 12 point 2), in the shape of `ERRORS` in platform/errors.ts,
 * which spreads them in. 400: the input is wrong; 404: not there; 409: the state refuses it;
 * 422: well-formed but nobody to send it to. The respondent's three refusals (unknown link,
 * answered already, closed) each have their own code so the page can say which.
 */
export const SURVEY_ERRORS = {
  SURVEY_NOT_FOUND: { status: 404, nb: 'Fant ikke spørreundersøkelsen', en: 'Survey not found' },
  SURVEY_NO_QUESTIONS: { status: 400, nb: 'En spørreundersøkelse må ha minst ett spørsmål', en: 'A survey needs at least one question' },
  SURVEY_QUESTION_UNKNOWN: { status: 400, nb: 'Et av spørsmålene finnes ikke i spørsmålsbanken', en: 'One of the questions is not in the question bank' },
  SURVEY_QUESTION_DUPLICATE: { status: 400, nb: 'Det samme spørsmålet er valgt to ganger', en: 'The same question was chosen twice' },
  SURVEY_AUDIENCE_MISSING: { status: 400, nb: 'Velg hvem undersøkelsen skal sendes til: fastleger, NAV-veiledere eller begge', en: 'Choose whom the survey goes to: GPs, NAV advisers or both' },
  SURVEY_AREA_INVALID: {
    status: 400,
    nb: 'Ugyldig område: oppgi kommunenumre med fire sifre eller et fylkesnummer med to, og kommunene må ligge i fylket',
    en: 'Invalid area: give four-digit municipality numbers or a two-digit county number, and the municipalities must lie in the county',
  },
  SURVEY_AREA_UNKNOWN: { status: 404, nb: 'Ukjent område: ingen virksomheter i katalogen ligger der', en: 'Unknown area: no organisations in the directory are there' },
  SURVEY_PERIOD_INVALID: { status: 400, nb: 'Sluttdatoen kan ikke være før i dag', en: 'The closing date cannot be before today' },
  SURVEY_PERIOD_TOO_LONG: { status: 400, nb: 'En pulsundersøkelse kan være åpen i høyst 90 dager', en: 'A pulse survey can be open for at most 90 days' },
  SURVEY_NOT_DRAFT: { status: 409, nb: 'Undersøkelsen er allerede åpnet', en: 'The survey has already been opened' },
  SURVEY_NOT_OPEN: { status: 409, nb: 'Undersøkelsen er ikke åpen', en: 'The survey is not open' },
  SURVEY_NO_RECIPIENTS: { status: 422, nb: 'Ingen i området har rollen undersøkelsen skal til', en: 'Nobody in the area has the role the survey is for' },
  SURVEY_NOT_YOURS: { status: 403, nb: 'Bare den som laget undersøkelsen (eller en administrator) kan åpne eller lukke den', en: 'Only whoever made the survey (or an administrator) can open or close it' },
  SURVEY_LINK_UNKNOWN: { status: 404, nb: 'Lenken er ikke gyldig. Sjekk at du har brukt hele lenken fra invitasjonen.', en: 'The link is not valid. Check that you used the whole link from the invitation.' },
  SURVEY_ALREADY_ANSWERED: { status: 409, nb: 'Denne lenken er allerede brukt. Hver invitasjon kan besvares én gang.', en: 'This link has already been used. Each invitation can be answered once.' },
  SURVEY_CLOSED: { status: 409, nb: 'Undersøkelsen er lukket og tar ikke imot flere svar', en: 'The survey is closed and takes no more answers' },
  SURVEY_ANSWER_INCOMPLETE: { status: 400, nb: 'Svar på alle spørsmålene (velg «Vet ikke» om du er usikker)', en: "Answer every question (choose “Don't know” if unsure)" },
  SURVEY_ANSWER_INVALID: { status: 400, nb: 'Et svar passer ikke til spørsmålene i denne undersøkelsen', en: 'An answer does not fit the questions of this survey' },
} as const;
