-- Reachability and checklists (report 001, notes §7 I and K4): who the advisory physicians are,
-- who is on call, call-back requests from GPs, and the checklists (huskelister) as versioned content.

-- The directory of advisory physicians: one profile per physician (a directory person). A physician
-- serves the NAV offices listed, and their county; call-backs about cases of those offices reach them.
CREATE TABLE advisory_physician_profile (
  person_id       uuid PRIMARY KEY REFERENCES person (id),
  county          text NOT NULL CHECK (length(county) BETWEEN 1 AND 100),
  specialties     text[] NOT NULL DEFAULT '{}',
  nav_office_ids  uuid[] NOT NULL DEFAULT '{}',
  -- The physician's own line for call-backs; the clinicians' line (lege- og behandlertelefonen) is a setting.
  phone           text,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX advisory_physician_profile_county_idx ON advisory_physician_profile (county);
CREATE INDEX advisory_physician_profile_offices_idx ON advisory_physician_profile USING gin (nav_office_ids);

-- The on-call rota (vaktordning): half-open intervals [starts_at, ends_at). Overlaps for one
-- physician are refused by the application, which locks the physician's profile row first, so two
-- concurrent inserts cannot both pass the check.
CREATE TABLE on_call_shift (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id   uuid NOT NULL REFERENCES advisory_physician_profile (person_id),
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL CHECK (ends_at > starts_at),
  note        text CHECK (length(note) <= 500),
  created_by  uuid REFERENCES app_user (id),
  created_at  timestamptz NOT NULL
);
CREATE INDEX on_call_shift_time_idx ON on_call_shift (ends_at, starts_at);
CREATE INDEX on_call_shift_person_idx ON on_call_shift (person_id, starts_at);

-- A GP's request to be called back by an advisory physician about a case (the Kristiansand
-- e-mail address, 001 L3271–3273, as a form with urgency and preferred times).
CREATE TABLE callback_request (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id              uuid NOT NULL REFERENCES sick_case (id),
  citizen_id           uuid NOT NULL REFERENCES citizen (id),
  -- The area: the case's NAV office and that office's county, fixed when the request is made.
  nav_office_id        uuid REFERENCES organisation (id),
  county               text,
  requested_by         uuid NOT NULL REFERENCES app_user (id),
  requester_person_id  uuid NOT NULL REFERENCES person (id),
  gp_office_id         uuid REFERENCES organisation (id),
  reason               text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  urgency              text NOT NULL CHECK (urgency IN ('today', 'within_2_days', 'within_week')),
  preferred_times      jsonb NOT NULL DEFAULT '[]',
  preferred_note       text CHECK (length(preferred_note) <= 500),
  phone                text NOT NULL CHECK (phone ~ '^[2-9][0-9]{7}$'),
  status               text NOT NULL DEFAULT 'requested'
                       CHECK (status IN ('requested', 'claimed', 'called_back', 'no_answer', 'cancelled')),
  claimed_by           uuid REFERENCES app_user (id),
  claimed_at           timestamptz,
  outcome              text CHECK (length(outcome) <= 2000),
  no_answer_count      integer NOT NULL DEFAULT 0 CHECK (no_answer_count >= 0),
  closed_at            timestamptz,
  -- The same key from the same user returns the first answer instead of making a second request.
  idempotency_key      text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
  created_response     jsonb,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  UNIQUE (requested_by, idempotency_key)
);
CREATE INDEX callback_request_open_idx ON callback_request (county, nav_office_id) WHERE status IN ('requested', 'claimed', 'no_answer');
CREATE INDEX callback_request_case_idx ON callback_request (case_id, created_at DESC);
CREATE INDEX callback_request_requester_idx ON callback_request (requested_by, created_at DESC);

-- What happened to a request, for the GP's view of its state; written with each change.
CREATE TABLE callback_request_event (
  id          bigserial PRIMARY KEY,
  request_id  uuid NOT NULL REFERENCES callback_request (id),
  status      text NOT NULL,
  at          timestamptz NOT NULL,
  by_user_id  uuid REFERENCES app_user (id)
);
CREATE INDEX callback_request_event_request_idx ON callback_request_event (request_id, at);

-- Checklists (huskelister): a key with titles, and its versions. A version is never changed: an
-- administrator writes a new one, and the newest published version is the one shown.
CREATE TABLE checklist (
  key       text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]{1,59}$'),
  audience  text NOT NULL CHECK (audience IN ('gp', 'nav')),
  title_nb  text NOT NULL CHECK (length(title_nb) BETWEEN 1 AND 200),
  title_en  text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 200)
);

CREATE TABLE checklist_version (
  checklist_key  text NOT NULL REFERENCES checklist (key),
  version        integer NOT NULL CHECK (version >= 1),
  -- [{ "text_nb": "…", "text_en": "…" }, …]
  items          jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array' AND jsonb_array_length(items) >= 1),
  created_by     uuid REFERENCES app_user (id),
  created_at     timestamptz NOT NULL,
  published      boolean NOT NULL,
  PRIMARY KEY (checklist_key, version)
);

CREATE FUNCTION checklist_version_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'checklist versions are never changed; write a new version' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER checklist_version_no_update BEFORE UPDATE OR DELETE ON checklist_version
  FOR EACH ROW EXECUTE FUNCTION checklist_version_is_append_only();

-- Version 1 of each checklist, from report 001 (../shared/seeds/001_…txt, "L" line numbers) and
-- its notes (../shared/product/notes/001-nav-sykmelder.md, "notes" line numbers). Quoted items keep
-- the report's words; the others are its points in short form.
--   nav_request_to_gp: sharp questions first, one open question last (L3344–3346, notes 267); the
--     tariff matches the information asked for (L3346–3352, notes 109, 267); ask only what is
--     needed, § 21-4 (L1868–1900, notes 193); no whole journals or epikriser (L3253–3260, notes 132,
--     257); answer within the office's deadline (L3326–3330, notes 260, 267); confirm receipt
--     (L3437–3441, notes 268).
--   gp_answer_to_nav: the Kristiansand GP checklist (L3319–3323, notes 266); symptoms apart from
--     function (L1564–1568, notes 131); treatment plan and prognosis (L1536–1540, notes 127);
--     plain language (L1556–1558, notes 130).
--   gp_sick_note: what NAV lacks in sick notes (L1508–1553, notes 123–129) and Kristiansand
--     measure 8 (L3299–3305, notes 264).
INSERT INTO checklist (key, audience, title_nb, title_en) VALUES
  ('nav_request_to_gp', 'nav', 'Huskeliste for forespørsler til fastlegen', 'Checklist for requests to the GP'),
  ('gp_answer_to_nav', 'gp', 'Huskeliste for svar til NAV', 'Checklist for answers to NAV'),
  ('gp_sick_note', 'gp', 'Huskeliste for sykmeldingen', 'Checklist for the sick note');

INSERT INTO checklist_version (checklist_key, version, items, created_by, created_at, published) VALUES
  ('nav_request_to_gp', 1, '[
    {"text_nb": "Send spissede spørsmål til fastlegen der det er mulig, avslutt heller med et åpent spørsmål til slutt.", "text_en": "Send sharp questions to the GP where possible; end with one open question instead."},
    {"text_nb": "Sørg for at L-taksten er riktig med tanke på omfanget av informasjon du ønsker (L40 eller L8).", "text_en": "Make sure the L tariff matches the amount of information you ask for (L40 or L8)."},
    {"text_nb": "Be bare om opplysningene som trengs for oppfølgingen (folketrygdloven § 21-4).", "text_en": "Ask only for the information the follow-up needs (National Insurance Act § 21-4)."},
    {"text_nb": "Be ikke om hele journaler eller epikriser med mindre det faktisk trengs.", "text_en": "Do not ask for whole records or discharge summaries unless they are really needed."},
    {"text_nb": "Svar på fastlegens dialogmeldinger innen fristen kontoret har satt.", "text_en": "Answer the GP''s dialogue messages within the deadline the office has set."},
    {"text_nb": "Bekreft at du har mottatt meldingen fra fastlegen.", "text_en": "Confirm that you have received the GP''s message."}
  ]', NULL, '2024-10-01T00:00:00Z', true),
  ('gp_answer_to_nav', 1, '[
    {"text_nb": "Svar konkret på spissede spørsmål. Ikke send hele epikriser med mindre Nav ber spesifikt om det.", "text_en": "Answer sharp questions concretely. Do not send whole discharge summaries unless NAV asks for them specifically."},
    {"text_nb": "Gi din vurdering av om og hvordan sykdom er årsak til den nedsatte funksjonen som pasienten beskriver. Beskriv hvordan dette konkret gir seg utslag i dagliglivet og opp mot arbeid.", "text_en": "Give your assessment of whether and how illness causes the reduced function the patient describes. Describe concretely how it shows in daily life and in relation to work."},
    {"text_nb": "Skill mellom symptomer og hvordan symptomene påvirker arbeidsevne og funksjon.", "text_en": "Keep symptoms apart from how they affect work capacity and function."},
    {"text_nb": "Beskriv videre behandlingsplan, prognose og forventet varighet.", "text_en": "Describe the further treatment plan, prognosis and expected duration."},
    {"text_nb": "Bruk et klart språk, med minst mulig faguttrykk.", "text_en": "Use plain language, with as little jargon as possible."}
  ]', NULL, '2024-10-01T00:00:00Z', true),
  ('gp_sick_note', 1, '[
    {"text_nb": "Beskriv hva pasienten kan gjøre, ikke bare hva hen ikke kan.", "text_en": "Describe what the patient can do, not only what they cannot."},
    {"text_nb": "Beskriv hvordan sykdommen konkret påvirker funksjon i dagliglivet og i arbeidsoppgavene.", "text_en": "Describe how the illness concretely affects function in daily life and in work tasks."},
    {"text_nb": "Begrunn sykmeldingsgraden, særlig 100 %: hvorfor gradering ikke er mulig og hvordan tilrettelegging er vurdert.", "text_en": "Justify the sick-leave grade, especially 100 %: why graded leave is not possible and how adjustments were assessed."},
    {"text_nb": "Ved åtte uker: dokumenter de medisinske grunnene som hindrer arbeidsrettet aktivitet.", "text_en": "At eight weeks: document the medical reasons that prevent work-related activity."},
    {"text_nb": "Vurder gradert sykmelding, avventende sykmelding eller friskmelding til arbeidsformidling der det er mulig.", "text_en": "Consider graded leave, a pending sick note or friskmelding til arbeidsformidling where possible."},
    {"text_nb": "Gi din egen medisinske vurdering, ikke generell informasjon om diagnosen.", "text_en": "Give your own medical assessment, not general facts about the diagnosis."}
  ]', NULL, '2024-10-01T00:00:00Z', true);
