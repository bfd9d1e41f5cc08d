-- Polku schema, step 3: the workshop as a learning environment, its tasks and their
-- mapping to the catalogue, and the written cooperation with education providers.
--
-- Catalogue rows are referred to with ON DELETE RESTRICT: a re-import that drops a
-- mapped requirement or unit cannot delete it and keeps it as retired instead.
-- Dates are ISO 'YYYY-MM-DD'; timestamps ISO UTC ('…T…Z').

-- One database serves one organisation: exactly one row, created here.
CREATE TABLE organisation (
  organisation_id INTEGER PRIMARY KEY CHECK (organisation_id = 1),
  name            TEXT NOT NULL DEFAULT '',
  business_id     TEXT,                 -- Y-tunnus
  address         TEXT,
  postal_code     TEXT,
  municipality    TEXT,
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

INSERT INTO organisation (organisation_id) VALUES (1);

CREATE TABLE workshop (
  workshop_id  INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT NOT NULL CHECK (name <> ''),
  address      TEXT,
  postal_code  TEXT,
  municipality TEXT,
  description  TEXT,                    -- the learning environment
  equipment    TEXT,
  ord          INTEGER NOT NULL DEFAULT 0,
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- Education providers (koulutuksen järjestäjät).
CREATE TABLE provider (
  provider_id INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL CHECK (name <> ''),
  oid         TEXT CHECK (oid IS NULL OR oid GLOB '1.2.246.562.10.[0-9]*'),
  notes       TEXT,
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE UNIQUE INDEX provider_oid ON provider (oid) WHERE oid IS NOT NULL;

-- Contact people of a workshop or of an education provider.
CREATE TABLE contact_person (
  contact_id  INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id INTEGER REFERENCES workshop ON DELETE CASCADE,
  provider_id INTEGER REFERENCES provider ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (name <> ''),
  title       TEXT,
  phone       TEXT,
  email       TEXT,
  ord         INTEGER NOT NULL DEFAULT 0,
  CHECK ((workshop_id IS NULL) <> (provider_id IS NULL))
) STRICT;

CREATE INDEX contact_person_workshop ON contact_person (workshop_id, ord) WHERE workshop_id IS NOT NULL;
CREATE INDEX contact_person_provider ON contact_person (provider_id, ord) WHERE provider_id IS NOT NULL;

-- Real work tasks (työtehtävät). AUTOINCREMENT: an undone delete gets its id back.
CREATE TABLE task (
  task_id     INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id INTEGER NOT NULL REFERENCES workshop ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (title <> ''),
  description TEXT,
  duration    TEXT,                     -- typical duration as the coach says it
  tools       TEXT,                     -- tools and materials
  safety      TEXT,
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ord         INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX task_workshop ON task (workshop_id, ord);

-- What a task teaches, one requirement at a time (who recognised it and when, as in PAIKKO).
CREATE TABLE task_requirement (
  task_id              INTEGER NOT NULL REFERENCES task ON DELETE CASCADE,
  requirement_id       INTEGER NOT NULL REFERENCES requirement ON DELETE RESTRICT,
  mapped_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  recognised_by        TEXT,            -- the coach
  teacher_name         TEXT,
  teacher_organisation TEXT,
  note                 TEXT,
  PRIMARY KEY (task_id, requirement_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX task_requirement_requirement ON task_requirement (requirement_id);

-- What a task teaches by national requirement code: covers every requirement with that
-- koodi_uri in any qualification, also those imported later.
CREATE TABLE task_code (
  task_id              INTEGER NOT NULL REFERENCES task ON DELETE CASCADE,
  koodi_uri            TEXT NOT NULL CHECK (koodi_uri <> ''),
  mapped_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  recognised_by        TEXT,
  teacher_name         TEXT,
  teacher_organisation TEXT,
  note                 TEXT,
  PRIMARY KEY (task_id, koodi_uri)
) STRICT, WITHOUT ROWID;

CREATE INDEX task_code_koodi ON task_code (koodi_uri);

-- A whole unit learnable in a workshop, fully or partly.
CREATE TABLE workshop_unit (
  workshop_id          INTEGER NOT NULL REFERENCES workshop ON DELETE CASCADE,
  unit_id              INTEGER NOT NULL REFERENCES unit ON DELETE RESTRICT,
  extent               TEXT NOT NULL CHECK (extent IN ('full', 'partial')),
  note                 TEXT,
  recognised_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  recognised_by        TEXT,
  teacher_name         TEXT,
  teacher_organisation TEXT,
  PRIMARY KEY (workshop_id, unit_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX workshop_unit_unit ON workshop_unit (unit_id);

-- The recognition of a workshop as a learning environment for one qualification:
-- the header of the learning environment report.
CREATE TABLE environment_recognition (
  workshop_id             INTEGER NOT NULL REFERENCES workshop ON DELETE CASCADE,
  peruste_id              INTEGER NOT NULL REFERENCES peruste ON DELETE RESTRICT,
  recognised_on           TEXT CHECK (recognised_on IS NULL OR date(recognised_on) IS recognised_on),
  recogniser_name         TEXT,
  recogniser_organisation TEXT,
  published_on            TEXT CHECK (published_on IS NULL OR date(published_on) IS published_on),
  note                    TEXT,
  PRIMARY KEY (workshop_id, peruste_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX environment_recognition_peruste ON environment_recognition (peruste_id);

CREATE TABLE agreement (
  agreement_id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind         TEXT NOT NULL CHECK (kind IN ('guidelines', 'cooperation', 'koulutussopimus', 'oppisopimus')),
  provider_id  INTEGER REFERENCES provider ON DELETE RESTRICT,
  workshop_id  INTEGER REFERENCES workshop ON DELETE SET NULL,
  title        TEXT NOT NULL CHECK (title <> ''),
  signed_on    TEXT CHECK (signed_on IS NULL OR date(signed_on) IS signed_on),
  valid_from   TEXT CHECK (valid_from IS NULL OR date(valid_from) IS valid_from),
  valid_to     TEXT CHECK (valid_to IS NULL OR date(valid_to) IS valid_to),
  document     TEXT,                    -- a reference or a file path
  notes        TEXT,
  archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;

CREATE INDEX agreement_provider ON agreement (provider_id);
CREATE INDEX agreement_valid_to ON agreement (valid_to) WHERE archived = 0;

-- The qualifications an agreement covers.
CREATE TABLE agreement_peruste (
  agreement_id INTEGER NOT NULL REFERENCES agreement ON DELETE CASCADE,
  peruste_id   INTEGER NOT NULL REFERENCES peruste ON DELETE RESTRICT,
  PRIMARY KEY (agreement_id, peruste_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX agreement_peruste_peruste ON agreement_peruste (peruste_id);
