-- Polku schema, step 6: exchange files. A learner travels between databases (the
-- workshop's and the school's) under a random exchange UUID, never under a local
-- row id or an identity number. Created with the learner; kept when the learner is
-- updated; a learner received in a package keeps the sender's UUID.

ALTER TABLE learner ADD COLUMN exchange_uuid TEXT
  CHECK (exchange_uuid IS NULL OR length(exchange_uuid) = 36);

-- A version 4 UUID from SQLite's random bytes.
UPDATE learner SET exchange_uuid =
  lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
  lower(hex(randomblob(6)));

CREATE UNIQUE INDEX learner_exchange_uuid ON learner (exchange_uuid);

CREATE TRIGGER learner_exchange_uuid_insert AFTER INSERT ON learner
WHEN NEW.exchange_uuid IS NULL
BEGIN
  UPDATE learner SET exchange_uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
    lower(hex(randomblob(6)))
  WHERE learner_id = NEW.learner_id;
END;

-- Where each received exchange file came from, so that a file read twice is known.
CREATE TABLE exchange_import (
  import_id    INTEGER PRIMARY KEY AUTOINCREMENT,
  kind         TEXT NOT NULL CHECK (kind IN ('package', 'decisions', 'task-map')),
  sender       TEXT NOT NULL,
  created      TEXT NOT NULL,         -- the file's own creation time
  learner_id   INTEGER REFERENCES learner ON DELETE SET NULL,
  workshop_id  INTEGER REFERENCES workshop ON DELETE SET NULL,
  n_changes    INTEGER NOT NULL DEFAULT 0,
  imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
