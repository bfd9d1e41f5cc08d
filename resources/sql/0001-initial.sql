-- Polku schema, step 1: what every later step builds on.
-- Each step runs in one transaction; PRAGMA user_version is set by the migrator.

PRAGMA application_id = 1347374155; -- 'POLK'

CREATE TABLE polku_meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

-- Every change a person makes that others may need to audit (reopened decisions,
-- erasures, restores) is kept here; later steps add more kinds.
CREATE TABLE change_log (
  id          INTEGER PRIMARY KEY,
  happened_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  kind        TEXT NOT NULL,
  subject     TEXT,
  detail      TEXT
) STRICT;

INSERT INTO polku_meta (key, value) VALUES ('created', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
