-- Polku schema, step 7: less index work per imported peruste.
--
-- Step 2 gave the search index prefix indexes for 2, 3 and 4 letters: every token
-- longer than four letters wrote four index entries. A 4-letter prefix matches few
-- enough terms that FTS5 merges them about as fast without a prefix index, so the
-- 4-letter one went (an import does a quarter less index work; catalogue search
-- p95 on the large benchmark database unchanged, tests/bench/README.md). The
-- 3-letter one stays: without it, search-as-you-type got slower. Same columns,
-- tokenizer and rowids; the rows are copied over.

CREATE VIRTUAL TABLE catalogue_fts_new USING fts5 (
  kind UNINDEXED,                       -- peruste | unit | requirement
  ref UNINDEXED,                        -- peruste_id | unit_id | requirement_id
  peruste_id UNINDEXED,
  code,                                 -- diaarinumero, koodi uris and values
  title,                                -- names, fi sv en
  body,                                 -- requirement texts and their kohdealue
  tokenize = "unicode61 remove_diacritics 0",
  prefix = '2 3'
);

INSERT INTO catalogue_fts_new (rowid, kind, ref, peruste_id, code, title, body)
  SELECT rowid, kind, ref, peruste_id, code, title, body FROM catalogue_fts;

DROP TABLE catalogue_fts;
ALTER TABLE catalogue_fts_new RENAME TO catalogue_fts;

-- Each criterion belongs to a generic scale, a unit, or an osa-alue of a unit, so
-- two of its three indexes held a NULL for most rows; every lookup compares the
-- column with =, which a partial index without the NULLs still answers.
DROP INDEX criterion_osa_alue;
DROP INDEX criterion_generic;
CREATE INDEX criterion_osa_alue ON criterion (osa_alue_id, level_id) WHERE osa_alue_id IS NOT NULL;
CREATE INDEX criterion_generic ON criterion (generic_scale_id, level_id) WHERE generic_scale_id IS NOT NULL;
