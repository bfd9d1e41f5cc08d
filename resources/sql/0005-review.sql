-- Polku schema, step 5: the teacher review. Every decision of the education provider
-- on a competence, and every reopening of a recognised one, is kept here with who
-- decided and when; the competence row holds only the latest decision.

CREATE TABLE competence_decision (
  decision_id          INTEGER PRIMARY KEY AUTOINCREMENT,
  competence_id        INTEGER NOT NULL REFERENCES competence ON DELETE CASCADE,
  decision             TEXT NOT NULL
                       CHECK (decision IN ('recognised', 'not_recognised', 'more_evidence', 'reopened')),
  comment              TEXT,
  teacher_name         TEXT,          -- who decided (or reopened)
  teacher_organisation TEXT,
  decided_on           TEXT CHECK (decided_on IS NULL OR date(decided_on) IS decided_on),
  reason               TEXT,          -- why a recognised competence was reopened
  recorded_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  CHECK (decision <> 'reopened' OR (reason IS NOT NULL AND reason <> ''))
) STRICT;

CREATE INDEX competence_decision_competence ON competence_decision (competence_id, decision_id);

-- Decisions recorded before this step become the first entries of the history.
INSERT INTO competence_decision (competence_id, decision, comment, teacher_name, teacher_organisation,
                                 decided_on, recorded_at)
SELECT competence_id, teacher_decision, teacher_comment, teacher_name, teacher_organisation,
       decided_on, updated_at
  FROM competence WHERE teacher_decision IS NOT NULL;

-- What waits for a decision, across learners (the review list and the count on
-- the Review section, read after every edit). The store's queries repeat this
-- WHERE clause term by term so that SQLite uses the index.
CREATE INDEX competence_waiting ON competence (learner_id)
  WHERE status IN ('identified', 'demonstrated') AND (teacher_decision IS NULL OR teacher_decision = 'more_evidence');

-- A recognised competence is locked: what the coach recorded stays as the
-- education provider decided on it until the competence is reopened (which
-- moves it out of 'recognised' first). The store refuses such edits with its
-- own message; this keeps every other path honest too.
CREATE TRIGGER competence_recognised_locked BEFORE UPDATE OF own_view, observation, level_id, shown_on,
  evidence, observed_by ON competence
WHEN OLD.status = 'recognised' AND NEW.status = 'recognised' AND (
  OLD.own_view IS NOT NEW.own_view OR OLD.observation IS NOT NEW.observation OR
  OLD.level_id IS NOT NEW.level_id OR OLD.shown_on IS NOT NEW.shown_on OR
  OLD.evidence IS NOT NEW.evidence OR OLD.observed_by IS NOT NEW.observed_by)
BEGIN
  SELECT RAISE (ABORT, 'a recognised competence is locked');
END;
