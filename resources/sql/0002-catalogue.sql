-- Polku schema, step 2: the qualification catalogue imported from ePerusteet.
--
-- Natural keys: a peruste is its diaarinumero; a unit is (diaarinumero, koodi_uri);
-- a requirement is its natural_key (see app/exchange/polku-eperusteet.c). Integer ids
-- exist so that workshop data can refer to rows cheaply; a re-import keeps them by
-- upserting on the natural keys. Later steps that refer to units or requirements
-- must use ON DELETE RESTRICT, so that a re-import keeps (as retired) what is in use.

CREATE TABLE peruste (
  peruste_id         INTEGER PRIMARY KEY,
  diaarinumero       TEXT NOT NULL UNIQUE,
  eperusteet_id      INTEGER NOT NULL,
  nimi_fi            TEXT,
  nimi_sv            TEXT,
  nimi_en            TEXT,
  koulutustyyppi     TEXT NOT NULL,
  tyyppi             TEXT,
  toteutus           TEXT,
  kielet             TEXT,
  voimassaolo_alkaa  TEXT,             -- ISO dates, Europe/Helsinki
  voimassaolo_loppuu TEXT,
  siirtyma_paattyy   TEXT,
  paatospvm          TEXT,
  laajuus_yksikko    TEXT,             -- OSAAMISPISTE, or VIIKKO for TUVA
  kuvaus_fi          TEXT,
  kuvaus_sv          TEXT,
  global_version     INTEGER,
  imported_at        TEXT NOT NULL,
  source             TEXT NOT NULL     -- 'file:<name>' or 'api:<url>'
) STRICT;

CREATE TABLE peruste_koulutus (
  peruste_id    INTEGER NOT NULL REFERENCES peruste ON DELETE CASCADE,
  koulutus_uri  TEXT NOT NULL,
  koulutus_arvo TEXT,
  nimi_fi       TEXT,
  nimi_sv       TEXT,
  nimi_en       TEXT,
  PRIMARY KEY (peruste_id, koulutus_uri)
) STRICT;

CREATE TABLE peruste_osaamisala (
  peruste_id     INTEGER NOT NULL REFERENCES peruste ON DELETE CASCADE,
  osaamisala_uri TEXT NOT NULL,
  arvo           TEXT,
  nimi_fi        TEXT,
  nimi_sv        TEXT,
  nimi_en        TEXT,
  ord            INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (peruste_id, osaamisala_uri)
) STRICT;

CREATE TABLE peruste_tutkintonimike (
  peruste_id         INTEGER NOT NULL REFERENCES peruste ON DELETE CASCADE,
  tutkintonimike_uri TEXT NOT NULL,
  osaamisala_uri     TEXT NOT NULL DEFAULT '',
  tutkinnon_osa_uri  TEXT,
  arvo               TEXT,
  nimi_fi            TEXT,
  nimi_sv            TEXT,
  nimi_en            TEXT,
  ord                INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (peruste_id, tutkintonimike_uri, osaamisala_uri)
) STRICT;

CREATE TABLE suoritustapa (
  peruste_id      INTEGER NOT NULL REFERENCES peruste ON DELETE CASCADE,
  koodi           TEXT NOT NULL,       -- reformi | ops | naytto
  laajuus_yksikko TEXT,
  PRIMARY KEY (peruste_id, koodi)
) STRICT;

CREATE TABLE generic_scale (
  generic_scale_id INTEGER PRIMARY KEY, -- geneerinenArviointiasteikko.id (6783341)
  nimi_fi          TEXT,
  nimi_sv          TEXT,
  nimi_en          TEXT,
  scale_id         INTEGER
) STRICT;

-- Seeded here: levels 1–4 are never embedded in documents.
CREATE TABLE scale_level (
  level_id  INTEGER PRIMARY KEY,       -- ePerusteet osaamistaso id
  scale_id  INTEGER NOT NULL,          -- 1 pass/fail, 2 T1/H2/K3, 3 1–5
  ord       INTEGER NOT NULL,
  label_fi  TEXT NOT NULL,
  label_sv  TEXT NOT NULL,
  label_en  TEXT NOT NULL,
  koodi_uri TEXT
) STRICT;

INSERT INTO scale_level VALUES
  (1, 1, 1, 'Hyväksytty', 'Godkänd', 'Pass', 'arviointiasteikkoammatillinenhyvaksyttyhylatty_hyvaksytty'),
  (2, 2, 1, 'Tyydyttävä T1', 'Nöjaktig T1', 'Satisfactory T1', 'arviointiasteikkoammatillinent1k3_1'),
  (3, 2, 2, 'Hyvä H2', 'God H2', 'Good H2', 'arviointiasteikkoammatillinent1k3_2'),
  (4, 2, 3, 'Kiitettävä K3', 'Berömlig K3', 'Excellent K3', 'arviointiasteikkoammatillinent1k3_3'),
  (5, 3, 1, 'Tyydyttävä 1', 'Nöjaktiga 1', 'Satisfactory 1', 'arviointiasteikkoammatillinen15_1'),
  (6, 3, 2, 'Tyydyttävä 2', 'Nöjaktiga 2', 'Satisfactory 2', 'arviointiasteikkoammatillinen15_2'),
  (7, 3, 3, 'Hyvä 3', 'Goda 3', 'Good 3', 'arviointiasteikkoammatillinen15_3'),
  (8, 3, 4, 'Hyvä 4', 'Goda 4', 'Good 4', 'arviointiasteikkoammatillinen15_4'),
  (9, 3, 5, 'Kiitettävä 5', 'Berömliga 5', 'Excellent 5', 'arviointiasteikkoammatillinen15_5');

-- A unit as one peruste uses it: a tutkinnon osa, or a TUVA koulutuksen osa.
CREATE TABLE unit (
  unit_id            INTEGER PRIMARY KEY,
  peruste_id         INTEGER NOT NULL REFERENCES peruste ON DELETE CASCADE,
  koodi_uri          TEXT NOT NULL,    -- tutkinnonosat_106945 | koulutuksenosattuva_101 | eperusteet:<id>
  koodi_arvo         TEXT,
  kind               TEXT NOT NULL CHECK (kind IN ('tutkinnon_osa', 'koulutuksen_osa')),
  tyyppi             TEXT,             -- normaali | tutke2 | reformi_tutke2 | (TUVA) yhteinen | valinnainen
  nimi_fi            TEXT,
  nimi_sv            TEXT,
  nimi_en            TEXT,
  kuvaus_fi          TEXT,
  kuvaus_sv          TEXT,
  osoittamistavat_fi TEXT,             -- ways of demonstrating, clean text
  osoittamistavat_sv TEXT,
  generic_scale_id   INTEGER REFERENCES generic_scale,
  scale_id           INTEGER,          -- 1, 2 or 3; NULL when the unit has no assessment
  laajuus_min        REAL,             -- TUVA weeks
  laajuus_max        REAL,
  embedded           INTEGER NOT NULL DEFAULT 1,
  eperusteet_id      INTEGER,
  ord                INTEGER NOT NULL DEFAULT 0,
  retired            INTEGER NOT NULL DEFAULT 0,
  UNIQUE (peruste_id, koodi_uri)
) STRICT;

-- tutkinnonOsaViitteet[]: credits sit on the link, not on the unit.
CREATE TABLE unit_viite (
  peruste_id  INTEGER NOT NULL,
  suoritustapa TEXT NOT NULL,
  unit_id     INTEGER NOT NULL REFERENCES unit ON DELETE CASCADE,
  laajuus     REAL,
  laajuus_max REAL,
  jarjestys   INTEGER,
  PRIMARY KEY (peruste_id, suoritustapa, unit_id),
  FOREIGN KEY (peruste_id, suoritustapa) REFERENCES suoritustapa ON DELETE CASCADE
) STRICT;

-- The structure tree (rakenne), one row per node; path = child indexes from the root.
CREATE TABLE rakenne_node (
  peruste_id             INTEGER NOT NULL,
  suoritustapa           TEXT NOT NULL,
  path                   TEXT NOT NULL,    -- '0', '0.1', '0.1.3'
  parent_path            TEXT,
  depth                  INTEGER NOT NULL,
  ord                    INTEGER NOT NULL, -- preorder position, for listing the tree in order
  kind                   TEXT NOT NULL CHECK (kind IN ('group', 'unit')),
  nimi_fi                TEXT,
  nimi_sv                TEXT,
  rooli                  TEXT,             -- määritelty | määrittelemätön | osaamisala | tutkintonimike | vieras
  laajuus_min            REAL,
  laajuus_max            REAL,
  koko_min               INTEGER,
  koko_max               INTEGER,
  osaamisala_uri         TEXT,
  tutkintonimike_uri     TEXT,
  unit_id                INTEGER REFERENCES unit ON DELETE CASCADE,
  mandatory              INTEGER,          -- on unit leaves: taken from the group they sit in
  ctx_osaamisala_uri     TEXT NOT NULL DEFAULT '',
  ctx_tutkintonimike_uri TEXT NOT NULL DEFAULT '',
  kuvaus_fi              TEXT,
  kuvaus_sv              TEXT,
  PRIMARY KEY (peruste_id, suoritustapa, path),
  FOREIGN KEY (peruste_id, suoritustapa) REFERENCES suoritustapa ON DELETE CASCADE
) STRICT;

CREATE INDEX rakenne_node_unit ON rakenne_node (unit_id);

-- Common units' subject areas (osa-alueet).
CREATE TABLE osa_alue (
  osa_alue_id         INTEGER PRIMARY KEY,
  unit_id             INTEGER NOT NULL REFERENCES unit ON DELETE CASCADE,
  koodi_uri           TEXT NOT NULL,    -- ammatillisenoppiaineet_vvai22
  eperusteet_id       INTEGER NOT NULL,
  variant             TEXT NOT NULL DEFAULT '',  -- language variant (kielikoodi) or ''
  tyyppi              TEXT,
  nimi_fi             TEXT,
  nimi_sv             TEXT,
  nimi_en             TEXT,
  pakollinen_laajuus  REAL,
  valinnainen_laajuus REAL,
  ord                 INTEGER NOT NULL DEFAULT 0,
  retired             INTEGER NOT NULL DEFAULT 0,
  UNIQUE (unit_id, koodi_uri, eperusteet_id)
) STRICT;

-- Skill requirements (ammattitaitovaatimukset), objectives (osaamistavoitteet) and goals.
CREATE TABLE requirement (
  requirement_id INTEGER PRIMARY KEY,
  natural_key    TEXT NOT NULL UNIQUE,
  unit_id        INTEGER NOT NULL REFERENCES unit ON DELETE CASCADE,
  osa_alue_id    INTEGER REFERENCES osa_alue ON DELETE CASCADE,
  objective_kind TEXT,                  -- pakollinen | valinnainen (common units)
  source         TEXT NOT NULL,         -- 2019 | html | osaalue2020 | osaalue2014 | telma | tuva
  kohdealue_fi   TEXT,
  kohdealue_sv   TEXT,
  kohdealue_en   TEXT,
  kohdealue_ord  INTEGER NOT NULL DEFAULT 0,
  ord            INTEGER NOT NULL,
  depth          INTEGER NOT NULL DEFAULT 0,
  text_fi        TEXT,
  text_sv        TEXT,
  text_en        TEXT,
  koodi_uri      TEXT,                  -- ammattitaitovaatimukset_8005 | osaamistavoitteet_1297
  retired        INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX requirement_unit ON requirement (unit_id, kohdealue_ord, ord);
CREATE INDEX requirement_koodi ON requirement (koodi_uri) WHERE koodi_uri IS NOT NULL;

-- Assessment criteria: of the generic scale, of a unit, or of an osa-alue.
CREATE TABLE criterion (
  criterion_id     INTEGER PRIMARY KEY,
  owner            TEXT NOT NULL CHECK (owner IN ('generic', 'unit', 'osa_alue')),
  generic_scale_id INTEGER REFERENCES generic_scale ON DELETE CASCADE,
  unit_id          INTEGER REFERENCES unit ON DELETE CASCADE,
  osa_alue_id      INTEGER REFERENCES osa_alue ON DELETE CASCADE,
  area_ord         INTEGER,
  area_fi          TEXT,                -- arvioinnin kohdealue
  area_sv          TEXT,
  area_koodi_uri   TEXT,
  target_ord       INTEGER,
  target_fi        TEXT,                -- arvioinnin kohde
  target_sv        TEXT,
  level_id         INTEGER NOT NULL REFERENCES scale_level,
  ord              INTEGER NOT NULL,
  text_fi          TEXT,
  text_sv          TEXT,
  text_en          TEXT
) STRICT;

CREATE INDEX criterion_unit ON criterion (unit_id, level_id);
CREATE INDEX criterion_osa_alue ON criterion (osa_alue_id, level_id);
CREATE INDEX criterion_generic ON criterion (generic_scale_id, level_id);

-- One search over names, codes and requirement texts. unicode61 folds case but keeps
-- ä, ö and å apart (remove_diacritics 0), so Finnish words match as typed; the prefix
-- indexes make search-as-you-type cheap.
CREATE VIRTUAL TABLE catalogue_fts USING fts5 (
  kind UNINDEXED,                       -- peruste | unit | requirement
  ref UNINDEXED,                        -- peruste_id | unit_id | requirement_id
  peruste_id UNINDEXED,
  code,                                 -- diaarinumero, koodi uris and values
  title,                                -- names, fi sv en
  body,                                 -- requirement texts and their kohdealue
  tokenize = "unicode61 remove_diacritics 0",
  prefix = '2 3 4'
);
