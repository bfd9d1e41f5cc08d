-- Polku schema, step 4: learners and their individual pathways: workshop periods
-- (pajajaksot), consents, the pathway plan with its units and planned tasks, guidance
-- and support, check-ins, competence identification and skills demonstrations (näytöt).
--
-- Everything about a person hangs from their learner row with ON DELETE CASCADE, so that
-- erasing that row erases the person (PRAGMA secure_delete overwrites what is deleted).
-- Catalogue rows are referred to with ON DELETE RESTRICT: a re-import retires what is in
-- use instead of deleting it. Dates are ISO 'YYYY-MM-DD', timestamps ISO UTC.
-- Where a teacher copies a field into HOKS, the comment gives the eHOKS / Koski key.

-- National code lists needed at run time (koodisto.opintopolku.fi), with fi/sv names.
CREATE TABLE code (
  koodi_uri TEXT PRIMARY KEY NOT NULL,
  koodisto  TEXT NOT NULL,
  arvo      TEXT NOT NULL,
  versio    INTEGER NOT NULL DEFAULT 1,
  nimi_fi   TEXT NOT NULL,
  nimi_sv   TEXT,
  nimi_en   TEXT,
  ord       INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX code_koodisto ON code (koodisto, ord);

-- urasuunnitelma: the test-environment copy also has a draft _0005 and an odd _004;
-- only the three published codes are kept.
INSERT INTO code (koodi_uri, koodisto, arvo, nimi_fi, nimi_sv, nimi_en, ord) VALUES
  ('urasuunnitelma_0001', 'urasuunnitelma', '0001', 'Jatko-opinnot', 'Fortsatta studier', 'Further studies', 1),
  ('urasuunnitelma_0002', 'urasuunnitelma', '0002', 'Työelämään siirtyminen', 'Övergång till arbetslivet', 'Entering working life', 2),
  ('urasuunnitelma_0003', 'urasuunnitelma', '0003', 'Työuralla eteneminen', 'Karriäravancemang', 'Career advancement', 3),
  ('osaamisenhankkimistapa_koulutussopimus', 'osaamisenhankkimistapa', 'koulutussopimus',
   'Koulutussopimus', 'Utbildningsavtal', 'Training agreement', 1),
  ('osaamisenhankkimistapa_oppisopimus', 'osaamisenhankkimistapa', 'oppisopimus',
   'Oppisopimus', 'Läroavtalsutbildning', 'Apprenticeship agreement', 2),
  ('osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus', 'osaamisenhankkimistapa', 'oppilaitosmuotoinenkoulutus',
   'Oppilaitosmuotoinen koulutus', 'Utbildningen som när-, distansundervisning eller på en arbetsplats',
   'Education as contact instruction, distance learning or at the workplace', 3),
  ('ammatillisennaytonsuorituspaikka_1', 'ammatillisennaytonsuorituspaikka', '1', 'työpaikka', 'arbetsplats', 'workplace', 1),
  ('ammatillisennaytonsuorituspaikka_2', 'ammatillisennaytonsuorituspaikka', '2', 'oppilaitos', 'läroanstalt', 'educational institution', 2),
  ('ammatillisennaytonsuorituspaikka_3', 'ammatillisennaytonsuorituspaikka', '3', 'työpaikka ja oppilaitos',
   'arbetsplats och läroanstalt', 'workplace and educational institution', 3),
  ('ammatillisennaytonarvioinnistapaattaneet_1', 'ammatillisennaytonarvioinnistapaattaneet', '1', 'Opettaja', 'Lärare', 'Teacher', 1),
  ('ammatillisennaytonarvioinnistapaattaneet_2', 'ammatillisennaytonarvioinnistapaattaneet', '2', 'Työntekijä', 'Arbetstagare', 'Employee', 2),
  ('ammatillisennaytonarvioinnistapaattaneet_3', 'ammatillisennaytonarvioinnistapaattaneet', '3', 'Työnantaja/Työelämän edustaja',
   'Arbetsgivare/Företrädare för arbetslivet', 'Employer/representative of working life', 3),
  ('ammatillisennaytonarvioinnistapaattaneet_4', 'ammatillisennaytonarvioinnistapaattaneet', '4', 'Itsenäinen ammatinharjoittaja',
   'Självständig yrkesutövare', 'Self-employed person', 4),
  ('ammatillisennaytonarvioinnistapaattaneet_5', 'ammatillisennaytonarvioinnistapaattaneet', '5', 'Muu koulutuksen järjestäjän edustaja',
   'Annan företrädare för utbildningsanordnaren', 'Other representative of the education provider', 5),
  ('ammatillisennaytonarviointikeskusteluunosallistuneet_1', 'ammatillisennaytonarviointikeskusteluunosallistuneet', '1',
   'Opettaja', 'Lärare', 'Teacher', 1),
  ('ammatillisennaytonarviointikeskusteluunosallistuneet_2', 'ammatillisennaytonarviointikeskusteluunosallistuneet', '2',
   'Työntekijä', 'Arbetstagare', 'Employee', 2),
  ('ammatillisennaytonarviointikeskusteluunosallistuneet_3', 'ammatillisennaytonarviointikeskusteluunosallistuneet', '3',
   'Työnantaja/Työelämän edustaja', 'Arbetsgivare', 'Employer/representative of working life', 3),
  ('ammatillisennaytonarviointikeskusteluunosallistuneet_4', 'ammatillisennaytonarviointikeskusteluunosallistuneet', '4',
   'Itsenäinen ammatinharjoittaja', 'Självständig yrkesutövare', 'Self-employed person', 4),
  ('ammatillisennaytonarviointikeskusteluunosallistuneet_5', 'ammatillisennaytonarviointikeskusteluunosallistuneet', '5',
   'Opiskelija', 'Studerande', 'Student', 5),
  -- The koodisto gives this one's Swedish name in Finnish; the Finnish name stands in.
  ('ammatillisennaytonarviointikeskusteluunosallistuneet_6', 'ammatillisennaytonarviointikeskusteluunosallistuneet', '6',
   'Arviointikeskustelua ei pidetty', NULL, 'No evaluation discussion was held', 6);

-- A young person in the workshop: a trainee (valmentautuja) or a student (opiskelija).
-- Only what the work needs: no identity numbers, no diagnoses.
CREATE TABLE learner (
  learner_id               INTEGER PRIMARY KEY AUTOINCREMENT,
  first_names              TEXT NOT NULL CHECK (first_names <> ''),
  last_name                TEXT,
  preferred_name           TEXT,              -- kutsumanimi
  email                    TEXT,              -- sahkoposti
  phone                    TEXT,              -- puhelinnumero
  status                   TEXT NOT NULL DEFAULT 'valmentautuja'
                           CHECK (status IN ('valmentautuja', 'opiskelija')),
  coach                    TEXT,              -- the workshop coach's name
  workshop_id              INTEGER REFERENCES workshop ON DELETE SET NULL,
  provider_id              INTEGER REFERENCES provider ON DELETE RESTRICT,  -- a student's provider
  student_number           TEXT,
  urasuunnitelma_koodi_uri TEXT REFERENCES code
                           CHECK (urasuunnitelma_koodi_uri IS NULL OR urasuunnitelma_koodi_uri GLOB 'urasuunnitelma_*'),
  special_support          INTEGER NOT NULL DEFAULT 0 CHECK (special_support IN (0, 1)),
  support_measures         TEXT,              -- the measures that help; never diagnoses
  notes                    TEXT,
  archived                 INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  archived_on              TEXT CHECK (archived_on IS NULL OR date(archived_on) IS archived_on),
  created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX learner_workshop ON learner (workshop_id);
CREATE INDEX learner_provider ON learner (provider_id);

-- Workshop periods (pajajaksot): as a trainee, or a student's koulutussopimus or
-- oppisopimus jakso (osaamisenhankkimistapa_koulutussopimus / _oppisopimus).
CREATE TABLE learner_period (
  period_id         INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id        INTEGER NOT NULL REFERENCES learner ON DELETE CASCADE,
  kind              TEXT NOT NULL CHECK (kind IN ('trainee', 'koulutussopimus', 'oppisopimus')),
  workshop_id       INTEGER REFERENCES workshop ON DELETE SET NULL,
  provider_id       INTEGER REFERENCES provider ON DELETE RESTRICT,   -- jarjestajan-edustaja's oppilaitos
  agreement_id      INTEGER REFERENCES agreement ON DELETE SET NULL,
  starts_on         TEXT NOT NULL CHECK (date(starts_on) IS starts_on),                   -- alku
  ends_on           TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),            -- loppu
  part_time_percent INTEGER CHECK (part_time_percent IS NULL OR part_time_percent BETWEEN 1 AND 100), -- osa-aikaisuustieto
  supervisor        TEXT,   -- vastuullinen-tyopaikka-ohjaaja: the coach, at a workshop
  main_tasks        TEXT,   -- keskeiset-tyotehtavat, one per line
  note              TEXT,
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (ends_on IS NULL OR starts_on <= ends_on)
) STRICT;

CREATE INDEX learner_period_learner ON learner_period (learner_id, starts_on);
CREATE INDEX learner_period_workshop ON learner_period (workshop_id);
CREATE INDEX learner_period_provider ON learner_period (provider_id);
CREATE INDEX learner_period_agreement ON learner_period (agreement_id);

-- Consent to share the learner's data with a named education provider; withdrawable.
CREATE TABLE consent (
  consent_id   INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id   INTEGER NOT NULL REFERENCES learner ON DELETE CASCADE,
  provider_id  INTEGER REFERENCES provider ON DELETE RESTRICT,
  recipient    TEXT,        -- the receiver's name when it is not a registered provider
  given_on     TEXT NOT NULL CHECK (date(given_on) IS given_on),
  scope        TEXT NOT NULL CHECK (scope <> ''),
  withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) IS withdrawn_on),
  note         TEXT,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (provider_id IS NOT NULL OR recipient IS NOT NULL),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
) STRICT;

CREATE INDEX consent_learner ON consent (learner_id, given_on);
CREATE INDEX consent_provider ON consent (provider_id);

-- The pathway plan: one per learner, towards a qualification, TUVA or TELMA.
CREATE TABLE plan (
  plan_id            INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id         INTEGER NOT NULL UNIQUE REFERENCES learner ON DELETE CASCADE,
  goal               TEXT,                 -- in the learner's own words
  peruste_id         INTEGER REFERENCES peruste ON DELETE RESTRICT,
  suoritustapa       TEXT,                 -- reformi | ops | naytto
  osaamisala_uri     TEXT,
  tutkintonimike_uri TEXT,
  starts_on          TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
  ends_on            TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;

CREATE INDEX plan_peruste ON plan (peruste_id);

-- The chosen units (hankittavat tutkinnon osat).
CREATE TABLE plan_unit (
  plan_unit_id INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id      INTEGER NOT NULL REFERENCES plan ON DELETE CASCADE,
  unit_id      INTEGER NOT NULL REFERENCES unit ON DELETE RESTRICT,
  group_path   TEXT,        -- the structure group it counts in; NULL: where the structure has it
  credits      REAL CHECK (credits IS NULL OR credits >= 0),   -- NULL: the structure's
  starts_on    TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
  ends_on      TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
  deviations   TEXT,        -- vaatimuksista-tai-tavoitteista-poikkeaminen
  note         TEXT,
  ord          INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (plan_id, unit_id),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;

CREATE INDEX plan_unit_unit ON plan_unit (unit_id);

-- A common unit's chosen osa-alueet; none chosen means all of them.
CREATE TABLE plan_unit_osa_alue (
  plan_unit_id INTEGER NOT NULL REFERENCES plan_unit ON DELETE CASCADE,
  osa_alue_id  INTEGER NOT NULL REFERENCES osa_alue ON DELETE RESTRICT,
  PRIMARY KEY (plan_unit_id, osa_alue_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX plan_unit_osa_alue_osa_alue ON plan_unit_osa_alue (osa_alue_id);

-- The workshop tasks through which a unit will be practised.
CREATE TABLE plan_unit_task (
  plan_unit_id INTEGER NOT NULL REFERENCES plan_unit ON DELETE CASCADE,
  task_id      INTEGER NOT NULL REFERENCES task ON DELETE CASCADE,
  ord          INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_unit_id, task_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX plan_unit_task_task ON plan_unit_task (task_id);

-- Guidance and support measures (ohjaus ja tuki).
CREATE TABLE support_measure (
  measure_id  INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id  INTEGER NOT NULL REFERENCES learner ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('guidance', 'support')),
  description TEXT NOT NULL CHECK (description <> ''),
  responsible TEXT,
  starts_on   TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
  ends_on     TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
  ord         INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;

CREATE INDEX support_measure_learner ON support_measure (learner_id, ord);

-- Check-in meetings.
CREATE TABLE checkin (
  checkin_id   INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id   INTEGER NOT NULL REFERENCES learner ON DELETE CASCADE,
  held_on      TEXT NOT NULL CHECK (date(held_on) IS held_on),
  participants TEXT,
  record       TEXT,
  next_on      TEXT CHECK (next_on IS NULL OR date(next_on) IS next_on),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX checkin_learner ON checkin (learner_id, held_on);

-- Competence identification: one row per learner and requirement (or osa-alue
-- objective), created on the first edit. 'recognised' is set only by the education
-- provider's decision (the teacher review); the teacher_* columns wait for it.
CREATE TABLE competence (
  competence_id        INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id           INTEGER NOT NULL REFERENCES learner ON DELETE CASCADE,
  requirement_id       INTEGER NOT NULL REFERENCES requirement ON DELETE RESTRICT,
  status               TEXT NOT NULL DEFAULT 'not_started'
                       CHECK (status IN ('not_started', 'practising', 'identified', 'demonstrated', 'recognised')),
  own_view             TEXT,         -- the learner's own view
  observation          TEXT,         -- the coach's observation
  level_id             INTEGER REFERENCES scale_level,
  shown_on             TEXT CHECK (shown_on IS NULL OR date(shown_on) IS shown_on),
  evidence             TEXT,
  observed_by          TEXT,
  teacher_decision     TEXT CHECK (teacher_decision IS NULL OR
                                   teacher_decision IN ('recognised', 'not_recognised', 'more_evidence')),
  teacher_comment      TEXT,
  teacher_name         TEXT,
  teacher_organisation TEXT,
  decided_on           TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
  created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (learner_id, requirement_id)
) STRICT;

CREATE INDEX competence_requirement ON competence (requirement_id);
-- Counting a learner's identified competences (the learner list) reads only this index.
CREATE INDEX competence_identified ON competence (learner_id)
  WHERE status IN ('identified', 'demonstrated', 'recognised');

-- The tasks through which it was shown.
CREATE TABLE competence_task (
  competence_id INTEGER NOT NULL REFERENCES competence ON DELETE CASCADE,
  task_id       INTEGER NOT NULL REFERENCES task ON DELETE CASCADE,
  PRIMARY KEY (competence_id, task_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX competence_task_task ON competence_task (task_id);

-- What a competence went through (status and level), written by triggers.
CREATE TABLE competence_history (
  history_id    INTEGER PRIMARY KEY,
  competence_id INTEGER NOT NULL REFERENCES competence ON DELETE CASCADE,
  changed_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  old_status    TEXT,
  new_status    TEXT NOT NULL,
  old_level_id  INTEGER,
  new_level_id  INTEGER
) STRICT;

CREATE INDEX competence_history_competence ON competence_history (competence_id, history_id);

CREATE TRIGGER competence_history_insert AFTER INSERT ON competence
BEGIN
  INSERT INTO competence_history (competence_id, old_status, new_status, old_level_id, new_level_id)
  VALUES (NEW.competence_id, NULL, NEW.status, NULL, NEW.level_id);
END;

CREATE TRIGGER competence_history_update AFTER UPDATE OF status, level_id ON competence
WHEN OLD.status IS NOT NEW.status OR OLD.level_id IS NOT NEW.level_id
BEGIN
  INSERT INTO competence_history (competence_id, old_status, new_status, old_level_id, new_level_id)
  VALUES (NEW.competence_id, OLD.status, NEW.status, OLD.level_id, NEW.level_id);
END;

-- A level must be on the scale of the requirement's unit.
CREATE TRIGGER competence_level_insert BEFORE INSERT ON competence
WHEN NEW.level_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM requirement r JOIN unit u ON u.unit_id = r.unit_id
    JOIN scale_level l ON l.scale_id = u.scale_id
   WHERE r.requirement_id = NEW.requirement_id AND l.level_id = NEW.level_id)
BEGIN
  SELECT RAISE (ABORT, 'the level is not on the unit''s scale');
END;

CREATE TRIGGER competence_level_update BEFORE UPDATE OF level_id ON competence
WHEN NEW.level_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM requirement r JOIN unit u ON u.unit_id = r.unit_id
    JOIN scale_level l ON l.scale_id = u.scale_id
   WHERE r.requirement_id = NEW.requirement_id AND l.level_id = NEW.level_id)
BEGIN
  SELECT RAISE (ABORT, 'the level is not on the unit''s scale');
END;

-- Skills demonstrations (näytöt; eHOKS OsaamisenOsoittaminen, Koski Näyttö).
CREATE TABLE demonstration (
  demonstration_id         INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id               INTEGER NOT NULL REFERENCES learner ON DELETE CASCADE,
  state                    TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'completed', 'cancelled')),
  provider_id              INTEGER REFERENCES provider ON DELETE RESTRICT,  -- jarjestaja
  workshop_id              INTEGER REFERENCES workshop ON DELETE SET NULL,
  starts_on                TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),  -- alku
  ends_on                  TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),        -- loppu
  environment_name         TEXT,   -- nayttoymparisto.nimi
  environment_business_id  TEXT,   -- nayttoymparisto.y-tunnus
  environment_description  TEXT,   -- nayttoymparisto.kuvaus
  content                  TEXT,   -- sisallon-kuvaus: the work situations, one per line
  place_koodi_uri          TEXT REFERENCES code      -- Koski suorituspaikka
                           CHECK (place_koodi_uri IS NULL OR place_koodi_uri GLOB 'ammatillisennaytonsuorituspaikka_*'),
  deviations               TEXT,   -- vaatimuksista-tai-tavoitteista-poikkeaminen
  assessment_discussion_on TEXT CHECK (assessment_discussion_on IS NULL OR
                                       date(assessment_discussion_on) IS assessment_discussion_on),
  notes                    TEXT,
  created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
) STRICT;

CREATE INDEX demonstration_learner ON demonstration (learner_id, starts_on);
CREATE INDEX demonstration_provider ON demonstration (provider_id);
CREATE INDEX demonstration_workshop ON demonstration (workshop_id);

-- The units (and osa-alueet of common units) demonstrated, with the outcome per unit.
CREATE TABLE demonstration_unit (
  demonstration_unit_id INTEGER PRIMARY KEY AUTOINCREMENT,
  demonstration_id      INTEGER NOT NULL REFERENCES demonstration ON DELETE CASCADE,
  unit_id               INTEGER NOT NULL REFERENCES unit ON DELETE RESTRICT,
  osa_alue_id           INTEGER REFERENCES osa_alue ON DELETE RESTRICT,
  outcome               TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'passed', 'failed')),
  level_id              INTEGER REFERENCES scale_level,   -- arviointi.arvosana on the unit's scale
  assessed_on           TEXT CHECK (assessed_on IS NULL OR date(assessed_on) IS assessed_on),
  ord                   INTEGER NOT NULL DEFAULT 0,
  CHECK (level_id IS NULL OR outcome = 'passed')
) STRICT;

CREATE UNIQUE INDEX demonstration_unit_key ON demonstration_unit (demonstration_id, unit_id, ifnull (osa_alue_id, 0));
CREATE INDEX demonstration_unit_unit ON demonstration_unit (unit_id);
CREATE INDEX demonstration_unit_osa_alue ON demonstration_unit (osa_alue_id);

CREATE TRIGGER demonstration_unit_level_insert BEFORE INSERT ON demonstration_unit
WHEN NEW.level_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM unit u JOIN scale_level l ON l.scale_id = u.scale_id
   WHERE u.unit_id = NEW.unit_id AND l.level_id = NEW.level_id)
BEGIN
  SELECT RAISE (ABORT, 'the level is not on the unit''s scale');
END;

CREATE TRIGGER demonstration_unit_level_update BEFORE UPDATE OF level_id ON demonstration_unit
WHEN NEW.level_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM unit u JOIN scale_level l ON l.scale_id = u.scale_id
   WHERE u.unit_id = NEW.unit_id AND l.level_id = NEW.level_id)
BEGIN
  SELECT RAISE (ABORT, 'the level is not on the unit''s scale');
END;

-- Individual assessment criteria (yksilolliset-kriteerit), each tied to a requirement when given.
CREATE TABLE demonstration_criterion (
  criterion_id     INTEGER PRIMARY KEY AUTOINCREMENT,
  demonstration_id INTEGER NOT NULL REFERENCES demonstration ON DELETE CASCADE,
  requirement_id   INTEGER REFERENCES requirement ON DELETE RESTRICT,
  text             TEXT NOT NULL CHECK (text <> ''),
  ord              INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX demonstration_criterion_demonstration ON demonstration_criterion (demonstration_id, ord);
CREATE INDEX demonstration_criterion_requirement ON demonstration_criterion (requirement_id);

-- Assessors: from working life (tyoelama-osaamisen-arvioijat) and from the education
-- provider (koulutuksen-jarjestaja-osaamisen-arvioijat), with Koski's role code.
CREATE TABLE demonstration_assessor (
  assessor_id      INTEGER PRIMARY KEY AUTOINCREMENT,
  demonstration_id INTEGER NOT NULL REFERENCES demonstration ON DELETE CASCADE,
  side             TEXT NOT NULL CHECK (side IN ('working_life', 'provider')),
  name             TEXT NOT NULL CHECK (name <> ''),
  organisation     TEXT,            -- organisaatio.nimi
  business_id      TEXT,            -- organisaatio.y-tunnus
  provider_id      INTEGER REFERENCES provider ON DELETE SET NULL,   -- organisaatio.oppilaitos-oid
  role_koodi_uri   TEXT REFERENCES code   -- arvioinnistaPäättäneet
                   CHECK (role_koodi_uri IS NULL OR role_koodi_uri GLOB 'ammatillisennaytonarvioinnistapaattaneet_*'),
  ord              INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX demonstration_assessor_demonstration ON demonstration_assessor (demonstration_id, ord);
CREATE INDEX demonstration_assessor_provider ON demonstration_assessor (provider_id);

-- Who took part in the assessment discussion (arviointikeskusteluunOsallistuneet).
CREATE TABLE demonstration_participant (
  demonstration_id INTEGER NOT NULL REFERENCES demonstration ON DELETE CASCADE,
  koodi_uri        TEXT NOT NULL REFERENCES code
                   CHECK (koodi_uri GLOB 'ammatillisennaytonarviointikeskusteluunosallistuneet_*'),
  PRIMARY KEY (demonstration_id, koodi_uri)
) STRICT, WITHOUT ROWID;
