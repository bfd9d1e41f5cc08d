/* polku-store-catalogue.c: the catalogue tables (migration 0002) written from an
 * imported peruste.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-catalogue"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "polku-store-catalogue.h"
#include "polku-store-private.h"

/* A requirement counts as edited in place (not removed and added) when at least
 * this share of its words stayed. */
#define SIMILARITY_THRESHOLD 0.5

/* catalogue_fts rows have fixed rowids, so that a re-import rewrites only the rows
 * whose text changed: peruste_id * 4, unit_id * 4 + 1, requirement_id * 4 + 2. */
#define FTS_ROWID(id, kind) ((id) * 4 + (kind))
#define FTS_PERUSTE 0
#define FTS_UNIT 1
#define FTS_REQUIREMENT 2

typedef struct
{
  gint64    id;
  char     *koodi_uri;
  char     *koodi_arvo;
  char     *nimi_fi;
  char     *nimi_sv;
  char     *nimi_en;
  gboolean  retired;
  gboolean  seen;
} OldUnit;

typedef struct
{
  gint64    id;
  gboolean  retired;
  gboolean  seen;
} OldOsaAlue;

typedef struct
{
  gint64    id;
  gint64    unit_id;
  char     *natural_key;
  char     *text_fi;
  char     *text_sv;
  char     *text_en;
  char     *kohdealue_fi;
  char     *kohdealue_sv;
  char     *kohdealue_en;
  char     *koodi_uri;
  char     *objective_kind;
  char     *source;
  gint64    osa_alue_id;              /* 0 for none */
  gint64    kohdealue_ord;
  gint64    ord;
  gint64    depth;
  gboolean  retired;
  gboolean  matched;
} OldRequirement;

typedef struct
{
  PolkuStore                 *store;
  sqlite3                    *db;
  const PolkuCatalogueDoc    *doc;
  PolkuCatalogueImportResult *result;
  gint64                      peruste_id;

  GHashTable                 *old_units;        /* unit_id → OldUnit */
  GHashTable                 *old_osa_alueet;   /* osa_alue_id → OldOsaAlue */
  GHashTable                 *old_requirements; /* natural_key → OldRequirement */

  gint64                     *unit_ids;
  gint64                     *osa_alue_ids;
  gint64                     *requirement_ids;
  gboolean                   *unit_indexed;       /* its catalogue_fts row is up to date */
  gboolean                   *requirement_indexed;
  gboolean                    reindex_all;        /* the old rows do not follow FTS_ROWID */

  GHashTable                 *statements;       /* SQL text (by address) → statement */
} ImportState;

/* Records */

PolkuCatalogueDoc *
polku_catalogue_doc_new (void)
{
  PolkuCatalogueDoc *doc = g_new0 (PolkuCatalogueDoc, 1);

  doc->strings = g_string_chunk_new (64 * 1024);
  doc->eperusteet_id = POLKU_CATALOGUE_NONE;
  doc->global_version = POLKU_CATALOGUE_NONE;
  doc->koulutukset = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueKoodi));
  doc->osaamisalat = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueKoodi));
  doc->tutkintonimikkeet = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueTutkintonimike));
  doc->suoritustavat = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueSuoritustapa));
  doc->viitteet = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueViite));
  doc->nodes = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueNode));
  doc->generic_scales = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueGenericScale));
  doc->units = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueUnit));
  doc->osa_alueet = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueOsaAlue));
  doc->requirements = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueRequirement));
  doc->criteria = g_array_new (FALSE, TRUE, sizeof (PolkuCatalogueCriterion));

  return doc;
}

void
polku_catalogue_doc_free (PolkuCatalogueDoc *doc)
{
  if (doc == NULL)
    return;

  g_string_chunk_free (doc->strings);
  g_array_unref (doc->koulutukset);
  g_array_unref (doc->osaamisalat);
  g_array_unref (doc->tutkintonimikkeet);
  g_array_unref (doc->suoritustavat);
  g_array_unref (doc->viitteet);
  g_array_unref (doc->nodes);
  g_array_unref (doc->generic_scales);
  g_array_unref (doc->units);
  g_array_unref (doc->osa_alueet);
  g_array_unref (doc->requirements);
  g_array_unref (doc->criteria);
  g_free (doc);
}

/* Returns: (nullable): a copy owned by @doc */
const char *
polku_catalogue_doc_intern (PolkuCatalogueDoc *doc,
                            const char        *text,
                            gssize             length)
{
  g_return_val_if_fail (doc != NULL, NULL);

  if (text == NULL)
    return NULL;

  return g_string_chunk_insert_len (doc->strings, text, length);
}

static void
change_free (gpointer data)
{
  PolkuCatalogueChange *change = data;

  g_free (change->unit_code);
  g_free (change->unit_name);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change->old_kohdealue);
  g_free (change->new_kohdealue);
  g_free (change);
}

void
polku_catalogue_import_result_free (PolkuCatalogueImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->changes, g_ptr_array_unref);
  g_free (result);
}

static void
old_unit_free (gpointer data)
{
  OldUnit *unit = data;

  g_free (unit->koodi_uri);
  g_free (unit->koodi_arvo);
  g_free (unit->nimi_fi);
  g_free (unit->nimi_sv);
  g_free (unit->nimi_en);
  g_free (unit);
}

static void
old_requirement_free (gpointer data)
{
  OldRequirement *req = data;

  g_free (req->natural_key);
  g_free (req->text_fi);
  g_free (req->text_sv);
  g_free (req->text_en);
  g_free (req->kohdealue_fi);
  g_free (req->kohdealue_sv);
  g_free (req->kohdealue_en);
  g_free (req->koodi_uri);
  g_free (req->objective_kind);
  g_free (req->source);
  g_free (req);
}

/* Auxiliary methods */

static inline const char *
text_first (const PolkuCatalogueText *text)
{
  if (text->fi != NULL)
    return text->fi;
  if (text->sv != NULL)
    return text->sv;
  return text->en;
}

/* The document's strings outlive every step of the import, so SQLite need not copy
 * them; the bindings are cleared before the document goes (clear_statements). */
static inline void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static inline void
bind_real (sqlite3_stmt *stmt,
           int           index,
           double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

static inline void
bind_int (sqlite3_stmt *stmt,
          int           index,
          gint64        value)
{
  if (value == POLKU_CATALOGUE_NONE)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, value);
}

static inline void
bind_text3 (sqlite3_stmt             *stmt,
            int                       index,
            const PolkuCatalogueText *text)
{
  bind_text (stmt, index, text->fi);
  bind_text (stmt, index + 1, text->sv);
  bind_text (stmt, index + 2, text->en);
}

/* The store caches statements by their text; thousands of rows per import make
 * even hashing that text show, so this import remembers them by address. */
static sqlite3_stmt *
prepare (ImportState  *state,
         const char   *sql,
         GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (state->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  stmt = _polku_store_prepare (state->store, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (state->statements, (gpointer) sql, stmt);

  return stmt;
}

static gboolean
step_done (ImportState   *state,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  return _polku_store_step_done (state->store, stmt, error);
}

/* For INSERT … RETURNING: the change is made by the first step. */
static gboolean
step_returning_id (ImportState   *state,
                   sqlite3_stmt  *stmt,
                   gint64        *out_id,
                   GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      _polku_store_set_error (error, state->db, rc, _("Writing to the database"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  *out_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Deletes one row by id. A foreign key of later data (ON DELETE RESTRICT) makes
 * the delete fail; then *out_deleted is FALSE and the caller retires the row. */
static gboolean
try_delete (ImportState  *state,
            const char   *sql,
            gint64        id,
            gboolean     *out_deleted,
            GError      **error)
{
  g_autofree char *message = NULL;
  sqlite3_stmt *stmt;
  int rc, extended;

  if ((stmt = prepare (state, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  extended = sqlite3_extended_errcode (state->db);
  if (rc != SQLITE_DONE)
    message = g_strdup (sqlite3_errmsg (state->db));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      *out_deleted = TRUE;
      return TRUE;
    }

  /* ON DELETE RESTRICT runs as a trigger inside SQLite: it reports a trigger
   * constraint with the foreign key message. */
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY || extended == SQLITE_CONSTRAINT_FOREIGNKEY ||
      ((rc == SQLITE_CONSTRAINT_TRIGGER || extended == SQLITE_CONSTRAINT_TRIGGER) &&
       g_str_has_prefix (message, "FOREIGN KEY constraint failed")))
    {
      *out_deleted = FALSE;
      return TRUE;
    }

  _polku_store_set_error (error, state->db, rc, _("Removing an old catalogue entry"));
  return FALSE;
}

static gboolean
exec_with_id (ImportState  *state,
              const char   *sql,
              gint64        id,
              GError      **error)
{
  sqlite3_stmt *stmt;

  if ((stmt = prepare (state, sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (state, stmt, error);
}

static void
add_change (ImportState              *state,
            PolkuCatalogueChangeKind  kind,
            gboolean                  is_unit,
            const char               *unit_code,
            const char               *unit_name,
            const char               *old_text,
            const char               *new_text)
{
  PolkuCatalogueChange *change;

  if (!state->result->updated)
    return;

  change = g_new0 (PolkuCatalogueChange, 1);
  change->kind = kind;
  change->is_unit = is_unit;
  change->unit_code = g_strdup (unit_code);
  change->unit_name = g_strdup (unit_name);
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  g_ptr_array_add (state->result->changes, change);
}

static const char *
unit_code_of (ImportState *state,
              gint64       unit_id)
{
  OldUnit *old = g_hash_table_lookup (state->old_units, &unit_id);

  return old != NULL ? old->koodi_uri : NULL;
}

static const char *
old_unit_name (const OldUnit *old)
{
  if (old->nimi_fi != NULL)
    return old->nimi_fi;
  if (old->nimi_sv != NULL)
    return old->nimi_sv;
  return old->nimi_en;
}

static const char *
unit_name_of (ImportState *state,
              gint64       unit_id)
{
  OldUnit *old = g_hash_table_lookup (state->old_units, &unit_id);

  return old != NULL ? old_unit_name (old) : NULL;
}

static gboolean
delete_fts_row (ImportState  *state,
                gint64        rowid,
                GError      **error)
{
  return exec_with_id (state, "DELETE FROM catalogue_fts WHERE rowid = ?1", rowid, error);
}

/* Step 1: what is there now */

static gboolean
load_old_rows (ImportState  *state,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (state,
                  "SELECT unit_id, koodi_uri, retired, koodi_arvo, nimi_fi, nimi_sv, nimi_en "
                  "FROM unit WHERE peruste_id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->peruste_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OldUnit *unit = g_new0 (OldUnit, 1);

      unit->id = sqlite3_column_int64 (stmt, 0);
      unit->koodi_uri = _polku_column_dup (stmt, 1);
      unit->retired = sqlite3_column_int (stmt, 2) != 0;
      unit->koodi_arvo = _polku_column_dup (stmt, 3);
      unit->nimi_fi = _polku_column_dup (stmt, 4);
      unit->nimi_sv = _polku_column_dup (stmt, 5);
      unit->nimi_en = _polku_column_dup (stmt, 6);
      g_hash_table_insert (state->old_units, &unit->id, unit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = prepare (state,
                  "SELECT o.osa_alue_id, o.retired FROM osa_alue o JOIN unit u USING (unit_id) "
                  "WHERE u.peruste_id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->peruste_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OldOsaAlue *osa_alue = g_new0 (OldOsaAlue, 1);

      osa_alue->id = sqlite3_column_int64 (stmt, 0);
      osa_alue->retired = sqlite3_column_int (stmt, 1) != 0;
      g_hash_table_insert (state->old_osa_alueet, &osa_alue->id, osa_alue);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  stmt = prepare (state,
                  "SELECT r.requirement_id, r.unit_id, r.natural_key, r.text_fi, r.text_sv, r.text_en, "
                  "r.kohdealue_fi, r.kohdealue_sv, r.kohdealue_en, r.koodi_uri, r.kohdealue_ord, r.ord, r.retired, "
                  "r.objective_kind, r.source, coalesce (r.osa_alue_id, 0), r.depth "
                  "FROM requirement r JOIN unit u USING (unit_id) WHERE u.peruste_id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->peruste_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OldRequirement *req = g_new0 (OldRequirement, 1);

      req->id = sqlite3_column_int64 (stmt, 0);
      req->unit_id = sqlite3_column_int64 (stmt, 1);
      req->natural_key = _polku_column_dup (stmt, 2);
      req->text_fi = _polku_column_dup (stmt, 3);
      req->text_sv = _polku_column_dup (stmt, 4);
      req->text_en = _polku_column_dup (stmt, 5);
      req->kohdealue_fi = _polku_column_dup (stmt, 6);
      req->kohdealue_sv = _polku_column_dup (stmt, 7);
      req->kohdealue_en = _polku_column_dup (stmt, 8);
      req->koodi_uri = _polku_column_dup (stmt, 9);
      req->kohdealue_ord = sqlite3_column_int64 (stmt, 10);
      req->ord = sqlite3_column_int64 (stmt, 11);
      req->retired = sqlite3_column_int (stmt, 12) != 0;
      req->objective_kind = _polku_column_dup (stmt, 13);
      req->source = _polku_column_dup (stmt, 14);
      req->osa_alue_id = sqlite3_column_int64 (stmt, 15);
      req->depth = sqlite3_column_int64 (stmt, 16);
      g_hash_table_insert (state->old_requirements, req->natural_key, req);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto failed;

  return TRUE;

failed:
  _polku_store_set_error (error, state->db, rc, _("Reading the catalogue"));
  return FALSE;
}

/* Step 2: lists without identities of their own are replaced. */
static gboolean
delete_replaced_rows (ImportState  *state,
                      GError      **error)
{
  static const char * const statements[] = {
    "DELETE FROM suoritustapa WHERE peruste_id = ?1",
    "DELETE FROM peruste_koulutus WHERE peruste_id = ?1",
    "DELETE FROM peruste_osaamisala WHERE peruste_id = ?1",
    "DELETE FROM peruste_tutkintonimike WHERE peruste_id = ?1",
  };
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      if (!exec_with_id (state, statements[i], state->peruste_id, error))
        return FALSE;
    }

  /* Search rows written otherwise (by an earlier version) cannot be updated row by
   * row: then all of this peruste's rows are rewritten. */
  stmt = prepare (state, "SELECT kind, ref FROM catalogue_fts WHERE rowid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, FTS_ROWID (state->peruste_id, FTS_PERUSTE));
  rc = sqlite3_step (stmt);
  state->reindex_all = !(rc == SQLITE_ROW &&
                         g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "peruste") == 0 &&
                         sqlite3_column_int64 (stmt, 1) == state->peruste_id);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _polku_store_set_error (error, state->db, rc, _("Reading the catalogue"));
      return FALSE;
    }

  if (state->reindex_all)
    return exec_with_id (state, "DELETE FROM catalogue_fts WHERE peruste_id = ?1", state->peruste_id, error);

  return TRUE;
}

static gboolean
write_peruste (ImportState  *state,
               GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *imported_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  sqlite3_stmt *stmt;

  stmt = prepare (state,
                  "INSERT INTO peruste (diaarinumero, eperusteet_id, nimi_fi, nimi_sv, nimi_en, "
                  "koulutustyyppi, tyyppi, toteutus, kielet, voimassaolo_alkaa, voimassaolo_loppuu, "
                  "siirtyma_paattyy, paatospvm, laajuus_yksikko, kuvaus_fi, kuvaus_sv, global_version, "
                  "imported_at, source) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
                  "ON CONFLICT (diaarinumero) DO UPDATE SET eperusteet_id = excluded.eperusteet_id, "
                  "nimi_fi = excluded.nimi_fi, nimi_sv = excluded.nimi_sv, nimi_en = excluded.nimi_en, "
                  "koulutustyyppi = excluded.koulutustyyppi, tyyppi = excluded.tyyppi, "
                  "toteutus = excluded.toteutus, kielet = excluded.kielet, "
                  "voimassaolo_alkaa = excluded.voimassaolo_alkaa, voimassaolo_loppuu = excluded.voimassaolo_loppuu, "
                  "siirtyma_paattyy = excluded.siirtyma_paattyy, paatospvm = excluded.paatospvm, "
                  "laajuus_yksikko = excluded.laajuus_yksikko, kuvaus_fi = excluded.kuvaus_fi, "
                  "kuvaus_sv = excluded.kuvaus_sv, global_version = excluded.global_version, "
                  "imported_at = excluded.imported_at, source = excluded.source "
                  "RETURNING peruste_id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, doc->diaarinumero);
  bind_int (stmt, 2, doc->eperusteet_id);
  bind_text3 (stmt, 3, &doc->nimi);
  bind_text (stmt, 6, doc->koulutustyyppi);
  bind_text (stmt, 7, doc->tyyppi);
  bind_text (stmt, 8, doc->toteutus);
  bind_text (stmt, 9, doc->kielet);
  bind_text (stmt, 10, doc->voimassaolo_alkaa);
  bind_text (stmt, 11, doc->voimassaolo_loppuu);
  bind_text (stmt, 12, doc->siirtyma_paattyy);
  bind_text (stmt, 13, doc->paatospvm);
  bind_text (stmt, 14, doc->laajuus_yksikko);
  bind_text (stmt, 15, doc->kuvaus.fi);
  bind_text (stmt, 16, doc->kuvaus.sv);
  bind_int (stmt, 17, doc->global_version);
  _polku_bind_text (stmt, 18, imported_at);
  bind_text (stmt, 19, doc->source != NULL ? doc->source : "");

  return step_returning_id (state, stmt, &state->peruste_id, error);
}

static gboolean
write_peruste_lists (ImportState  *state,
                     GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  sqlite3_stmt *stmt;

  for (guint i = 0; i < doc->koulutukset->len; i++)
    {
      const PolkuCatalogueKoodi *k = &g_array_index (doc->koulutukset, PolkuCatalogueKoodi, i);

      stmt = prepare (state,
                      "INSERT INTO peruste_koulutus (peruste_id, koulutus_uri, koulutus_arvo, nimi_fi, nimi_sv, nimi_en) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, k->uri);
      bind_text (stmt, 3, k->arvo);
      bind_text3 (stmt, 4, &k->nimi);
      if (!step_done (state, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->osaamisalat->len; i++)
    {
      const PolkuCatalogueKoodi *k = &g_array_index (doc->osaamisalat, PolkuCatalogueKoodi, i);

      stmt = prepare (state,
                      "INSERT INTO peruste_osaamisala (peruste_id, osaamisala_uri, arvo, nimi_fi, nimi_sv, nimi_en, ord) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, k->uri);
      bind_text (stmt, 3, k->arvo);
      bind_text3 (stmt, 4, &k->nimi);
      sqlite3_bind_int (stmt, 7, (int) i);
      if (!step_done (state, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->tutkintonimikkeet->len; i++)
    {
      const PolkuCatalogueTutkintonimike *t = &g_array_index (doc->tutkintonimikkeet, PolkuCatalogueTutkintonimike, i);

      stmt = prepare (state,
                      "INSERT INTO peruste_tutkintonimike (peruste_id, tutkintonimike_uri, osaamisala_uri, "
                      "tutkinnon_osa_uri, arvo, nimi_fi, nimi_sv, nimi_en, ord) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, t->uri);
      bind_text (stmt, 3, t->osaamisala_uri != NULL ? t->osaamisala_uri : "");
      bind_text (stmt, 4, t->tutkinnon_osa_uri);
      bind_text (stmt, 5, t->arvo);
      bind_text3 (stmt, 6, &t->nimi);
      sqlite3_bind_int (stmt, 9, (int) i);
      if (!step_done (state, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->suoritustavat->len; i++)
    {
      const PolkuCatalogueSuoritustapa *s = &g_array_index (doc->suoritustavat, PolkuCatalogueSuoritustapa, i);

      stmt = prepare (state,
                      "INSERT INTO suoritustapa (peruste_id, koodi, laajuus_yksikko) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT DO NOTHING",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, s->koodi);
      bind_text (stmt, 3, s->laajuus_yksikko);
      if (!step_done (state, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Shared by every peruste that embeds the scale: replaced with the newest copy. */
static gboolean
write_generic_scales (ImportState  *state,
                      GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  sqlite3_stmt *stmt;

  for (guint i = 0; i < doc->generic_scales->len; i++)
    {
      const PolkuCatalogueGenericScale *g = &g_array_index (doc->generic_scales, PolkuCatalogueGenericScale, i);

      stmt = prepare (state,
                      "INSERT INTO generic_scale (generic_scale_id, nimi_fi, nimi_sv, nimi_en, scale_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET nimi_fi = excluded.nimi_fi, "
                      "nimi_sv = excluded.nimi_sv, nimi_en = excluded.nimi_en, scale_id = excluded.scale_id",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g->id);
      bind_text3 (stmt, 2, &g->nimi);
      bind_int (stmt, 5, g->scale_id);
      if (!step_done (state, stmt, error))
        return FALSE;

      if (!exec_with_id (state,
                         "DELETE FROM criterion WHERE owner = 'generic' AND generic_scale_id = ?1",
                         g->id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_units (ImportState  *state,
             GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;

  for (guint i = 0; i < doc->units->len; i++)
    {
      const PolkuCatalogueUnit *u = &g_array_index (doc->units, PolkuCatalogueUnit, i);
      OldUnit *old;
      sqlite3_stmt *stmt;

      stmt = prepare (state,
                      "INSERT INTO unit (peruste_id, koodi_uri, koodi_arvo, kind, tyyppi, nimi_fi, nimi_sv, nimi_en, "
                      "kuvaus_fi, kuvaus_sv, osoittamistavat_fi, osoittamistavat_sv, generic_scale_id, scale_id, "
                      "laajuus_min, laajuus_max, embedded, eperusteet_id, ord, retired) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, 0) "
                      "ON CONFLICT (peruste_id, koodi_uri) DO UPDATE SET koodi_arvo = excluded.koodi_arvo, "
                      "kind = excluded.kind, tyyppi = excluded.tyyppi, nimi_fi = excluded.nimi_fi, "
                      "nimi_sv = excluded.nimi_sv, nimi_en = excluded.nimi_en, kuvaus_fi = excluded.kuvaus_fi, "
                      "kuvaus_sv = excluded.kuvaus_sv, osoittamistavat_fi = excluded.osoittamistavat_fi, "
                      "osoittamistavat_sv = excluded.osoittamistavat_sv, generic_scale_id = excluded.generic_scale_id, "
                      "scale_id = excluded.scale_id, laajuus_min = excluded.laajuus_min, "
                      "laajuus_max = excluded.laajuus_max, embedded = excluded.embedded, "
                      "eperusteet_id = excluded.eperusteet_id, ord = excluded.ord, retired = 0 "
                      "RETURNING unit_id",
                      error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, u->koodi_uri);
      bind_text (stmt, 3, u->koodi_arvo);
      bind_text (stmt, 4, u->kind);
      bind_text (stmt, 5, u->tyyppi);
      bind_text3 (stmt, 6, &u->nimi);
      bind_text (stmt, 9, u->kuvaus.fi);
      bind_text (stmt, 10, u->kuvaus.sv);
      bind_text (stmt, 11, u->osoittamistavat.fi);
      bind_text (stmt, 12, u->osoittamistavat.sv);
      bind_int (stmt, 13, u->generic_scale_id);
      bind_int (stmt, 14, u->scale_id);
      bind_real (stmt, 15, u->laajuus_min);
      bind_real (stmt, 16, u->laajuus_max);
      sqlite3_bind_int (stmt, 17, u->embedded ? 1 : 0);
      bind_int (stmt, 18, u->eperusteet_id);
      sqlite3_bind_int (stmt, 19, (int) u->ord);

      if (!step_returning_id (state, stmt, &state->unit_ids[i], error))
        return FALSE;

      old = g_hash_table_lookup (state->old_units, &state->unit_ids[i]);
      if (old == NULL || old->retired)
        {
          state->result->n_units_added++;
          add_change (state, POLKU_CATALOGUE_CHANGE_ADDED, TRUE, u->koodi_uri, text_first (&u->nimi), NULL, NULL);
        }
      if (old != NULL)
        {
          old->seen = TRUE;
          state->unit_indexed[i] = !old->retired && !state->reindex_all &&
                                   g_strcmp0 (old->koodi_arvo, u->koodi_arvo) == 0 &&
                                   g_strcmp0 (old->nimi_fi, u->nimi.fi) == 0 &&
                                   g_strcmp0 (old->nimi_sv, u->nimi.sv) == 0 &&
                                   g_strcmp0 (old->nimi_en, u->nimi.en) == 0;
        }
    }

  return TRUE;
}

static gboolean
write_structure (ImportState  *state,
                 GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  sqlite3_stmt *stmt;

  for (guint i = 0; i < doc->viitteet->len; i++)
    {
      const PolkuCatalogueViite *v = &g_array_index (doc->viitteet, PolkuCatalogueViite, i);

      stmt = prepare (state,
                      "INSERT INTO unit_viite (peruste_id, suoritustapa, unit_id, laajuus, laajuus_max, jarjestys) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, v->suoritustapa);
      sqlite3_bind_int64 (stmt, 3, state->unit_ids[v->unit]);
      bind_real (stmt, 4, v->laajuus);
      bind_real (stmt, 5, v->laajuus_max);
      bind_int (stmt, 6, v->jarjestys);
      if (!step_done (state, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->nodes->len; i++)
    {
      const PolkuCatalogueNode *n = &g_array_index (doc->nodes, PolkuCatalogueNode, i);

      stmt = prepare (state,
                      "INSERT INTO rakenne_node (peruste_id, suoritustapa, path, parent_path, depth, ord, kind, "
                      "nimi_fi, nimi_sv, rooli, laajuus_min, laajuus_max, koko_min, koko_max, osaamisala_uri, "
                      "tutkintonimike_uri, unit_id, mandatory, ctx_osaamisala_uri, ctx_tutkintonimike_uri, "
                      "kuvaus_fi, kuvaus_sv) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                      "?19, ?20, ?21, ?22) ON CONFLICT DO NOTHING",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->peruste_id);
      bind_text (stmt, 2, n->suoritustapa);
      bind_text (stmt, 3, n->path);
      bind_text (stmt, 4, n->parent_path);
      sqlite3_bind_int (stmt, 5, (int) n->depth);
      sqlite3_bind_int (stmt, 6, (int) n->ord);
      bind_text (stmt, 7, n->is_unit ? "unit" : "group");
      bind_text (stmt, 8, n->nimi.fi);
      bind_text (stmt, 9, n->nimi.sv);
      bind_text (stmt, 10, n->rooli);
      bind_real (stmt, 11, n->laajuus_min);
      bind_real (stmt, 12, n->laajuus_max);
      bind_int (stmt, 13, n->koko_min);
      bind_int (stmt, 14, n->koko_max);
      bind_text (stmt, 15, n->osaamisala_uri);
      bind_text (stmt, 16, n->tutkintonimike_uri);
      if (n->unit >= 0)
        sqlite3_bind_int64 (stmt, 17, state->unit_ids[n->unit]);
      if (n->is_unit)
        sqlite3_bind_int (stmt, 18, n->mandatory ? 1 : 0);
      bind_text (stmt, 19, n->ctx_osaamisala_uri != NULL ? n->ctx_osaamisala_uri : "");
      bind_text (stmt, 20, n->ctx_tutkintonimike_uri != NULL ? n->ctx_tutkintonimike_uri : "");
      bind_text (stmt, 21, n->kuvaus.fi);
      bind_text (stmt, 22, n->kuvaus.sv);
      if (!step_done (state, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_osa_alueet (ImportState  *state,
                  GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;

  for (guint i = 0; i < doc->osa_alueet->len; i++)
    {
      const PolkuCatalogueOsaAlue *o = &g_array_index (doc->osa_alueet, PolkuCatalogueOsaAlue, i);
      OldOsaAlue *old;
      sqlite3_stmt *stmt;

      stmt = prepare (state,
                      "INSERT INTO osa_alue (unit_id, koodi_uri, eperusteet_id, variant, tyyppi, nimi_fi, nimi_sv, "
                      "nimi_en, pakollinen_laajuus, valinnainen_laajuus, ord, retired) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0) "
                      "ON CONFLICT (unit_id, koodi_uri, eperusteet_id) DO UPDATE SET variant = excluded.variant, "
                      "tyyppi = excluded.tyyppi, nimi_fi = excluded.nimi_fi, nimi_sv = excluded.nimi_sv, "
                      "nimi_en = excluded.nimi_en, pakollinen_laajuus = excluded.pakollinen_laajuus, "
                      "valinnainen_laajuus = excluded.valinnainen_laajuus, ord = excluded.ord, retired = 0 "
                      "RETURNING osa_alue_id",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, state->unit_ids[o->unit]);
      bind_text (stmt, 2, o->koodi_uri);
      sqlite3_bind_int64 (stmt, 3, o->eperusteet_id);
      bind_text (stmt, 4, o->variant != NULL ? o->variant : "");
      bind_text (stmt, 5, o->tyyppi);
      bind_text3 (stmt, 6, &o->nimi);
      bind_real (stmt, 9, o->pakollinen_laajuus);
      bind_real (stmt, 10, o->valinnainen_laajuus);
      sqlite3_bind_int (stmt, 11, (int) o->ord);
      if (!step_returning_id (state, stmt, &state->osa_alue_ids[i], error))
        return FALSE;

      old = g_hash_table_lookup (state->old_osa_alueet, &state->osa_alue_ids[i]);
      if (old != NULL)
        old->seen = TRUE;
    }

  return TRUE;
}

static gboolean
bind_requirement (ImportState                     *state,
                  sqlite3_stmt                    *stmt,
                  const PolkuCatalogueRequirement *r)
{
  bind_text (stmt, 2, r->natural_key);
  sqlite3_bind_int64 (stmt, 3, state->unit_ids[r->unit]);
  if (r->osa_alue >= 0)
    sqlite3_bind_int64 (stmt, 4, state->osa_alue_ids[r->osa_alue]);
  bind_text (stmt, 5, r->objective_kind);
  bind_text (stmt, 6, r->source);
  bind_text3 (stmt, 7, &r->kohdealue);
  sqlite3_bind_int (stmt, 10, (int) r->kohdealue_ord);
  sqlite3_bind_int (stmt, 11, (int) r->ord);
  sqlite3_bind_int (stmt, 12, (int) r->depth);
  bind_text3 (stmt, 13, &r->text);
  bind_text (stmt, 16, r->koodi_uri);
  return TRUE;
}

static gboolean
update_requirement (ImportState                     *state,
                    gint64                           requirement_id,
                    const PolkuCatalogueRequirement *r,
                    GError                         **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (state,
                  "UPDATE requirement SET natural_key = ?2, unit_id = ?3, osa_alue_id = ?4, objective_kind = ?5, "
                  "source = ?6, kohdealue_fi = ?7, kohdealue_sv = ?8, kohdealue_en = ?9, kohdealue_ord = ?10, "
                  "ord = ?11, depth = ?12, text_fi = ?13, text_sv = ?14, text_en = ?15, koodi_uri = ?16, "
                  "retired = 0 WHERE requirement_id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, requirement_id);
  bind_requirement (state, stmt, r);
  return step_done (state, stmt, error);
}

static gboolean
insert_requirement (ImportState                     *state,
                    const PolkuCatalogueRequirement *r,
                    gint64                          *out_id,
                    GError                         **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (state,
                  "INSERT INTO requirement (natural_key, unit_id, osa_alue_id, objective_kind, source, "
                  "kohdealue_fi, kohdealue_sv, kohdealue_en, kohdealue_ord, ord, depth, text_fi, text_sv, "
                  "text_en, koodi_uri, retired) "
                  "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 0)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_requirement (state, stmt, r);
  if (!step_done (state, stmt, error))
    return FALSE;

  /* A plain insert: cheaper than RETURNING for the thousands of rows of a first import. */
  *out_id = sqlite3_last_insert_rowid (state->db);
  return TRUE;
}

static gboolean
requirement_differs (const OldRequirement            *old,
                     const PolkuCatalogueRequirement *r)
{
  return g_strcmp0 (old->text_fi, r->text.fi) != 0 ||
         g_strcmp0 (old->text_sv, r->text.sv) != 0 ||
         g_strcmp0 (old->text_en, r->text.en) != 0 ||
         g_strcmp0 (old->kohdealue_fi, r->kohdealue.fi) != 0 ||
         g_strcmp0 (old->kohdealue_sv, r->kohdealue.sv) != 0 ||
         g_strcmp0 (old->kohdealue_en, r->kohdealue.en) != 0 ||
         g_strcmp0 (old->koodi_uri, r->koodi_uri) != 0;
}

/* Everything the row holds is as in @r: no need to write it. */
static gboolean
requirement_same_row (ImportState                     *state,
                      const OldRequirement            *old,
                      const PolkuCatalogueRequirement *r)
{
  gint64 osa_alue_id = r->osa_alue >= 0 ? state->osa_alue_ids[r->osa_alue] : 0;

  return !old->retired &&
         !requirement_differs (old, r) &&
         old->unit_id == state->unit_ids[r->unit] &&
         old->osa_alue_id == osa_alue_id &&
         g_strcmp0 (old->objective_kind, r->objective_kind) == 0 &&
         g_strcmp0 (old->source, r->source) == 0 &&
         old->kohdealue_ord == r->kohdealue_ord &&
         old->ord == r->ord &&
         old->depth == r->depth;
}

static const char *
old_text_first (const OldRequirement *old)
{
  if (old->text_fi != NULL)
    return old->text_fi;
  if (old->text_sv != NULL)
    return old->text_sv;
  return old->text_en;
}

/* The natural key without a "#n" repeat suffix. */
static char *
key_without_repeat (const char *key)
{
  const char *hash = strrchr (key, '#');

  if (hash != NULL && hash[1] != '\0' && strspn (hash + 1, "0123456789") == strlen (hash + 1))
    return g_strndup (key, hash - key);

  return g_strdup (key);
}

static GHashTable *
word_set (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *lower = g_utf8_strdown (text != NULL ? text : "", -1);
  const char *p = lower;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        g_hash_table_add (words, g_strndup (start, p - start));
    }

  return words;
}

/* Dice coefficient of the two texts' word sets. */
static double
similarity (const char *a,
            const char *b)
{
  g_autoptr(GHashTable) wa = word_set (a);
  g_autoptr(GHashTable) wb = word_set (b);
  GHashTableIter iter;
  gpointer word;
  guint common = 0, total;

  total = g_hash_table_size (wa) + g_hash_table_size (wb);
  if (total == 0)
    return 0.0;

  g_hash_table_iter_init (&iter, wa);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (wb, word))
      common++;

  return 2.0 * common / total;
}

typedef enum
{
  MATCH_SAME_TEXT,     /* moved to another kohdealue */
  MATCH_SAME_CODE,     /* same national code */
  MATCH_SAME_PLACE,    /* same position, edited text */
} MatchRule;

static gboolean
fallback_matches (const OldRequirement            *old,
                  const PolkuCatalogueRequirement *r,
                  MatchRule                        rule)
{
  switch (rule)
    {
    case MATCH_SAME_TEXT:
      {
        g_autofree char *key = NULL;
        g_autofree char *suffix = NULL;

        if (!g_str_has_prefix (old->natural_key, r->key_scope))
          return FALSE;
        key = key_without_repeat (old->natural_key);
        suffix = g_strconcat ("|", r->key_text, NULL);
        return g_str_has_suffix (key, suffix);
      }

    case MATCH_SAME_CODE:
      return r->koodi_uri != NULL && g_strcmp0 (old->koodi_uri, r->koodi_uri) == 0;

    case MATCH_SAME_PLACE:
      return g_str_has_prefix (old->natural_key, r->key_scope) &&
             old->kohdealue_ord == r->kohdealue_ord &&
             old->ord == r->ord &&
             similarity (old_text_first (old), r->key_text) >= SIMILARITY_THRESHOLD;
    }

  g_assert_not_reached ();
}

static void
add_requirement_change (ImportState                     *state,
                        const OldRequirement            *old,
                        const PolkuCatalogueRequirement *r)
{
  PolkuCatalogueChange *change;
  const char *old_kohdealue = old->kohdealue_fi != NULL ? old->kohdealue_fi :
                              old->kohdealue_sv != NULL ? old->kohdealue_sv : old->kohdealue_en;

  if (!state->result->updated)
    return;

  add_change (state, POLKU_CATALOGUE_CHANGE_CHANGED, FALSE,
              g_array_index (state->doc->units, PolkuCatalogueUnit, r->unit).koodi_uri,
              NULL, old_text_first (old), text_first (&r->text));
  change = g_ptr_array_index (state->result->changes, state->result->changes->len - 1);
  change->old_kohdealue = g_strdup (old_kohdealue);
  change->new_kohdealue = g_strdup (text_first (&r->kohdealue));
}

static gboolean
write_requirements (ImportState  *state,
                    GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) unmatched = NULL;     /* unit_id → GPtrArray of OldRequirement */
  GHashTableIter iter;
  OldRequirement *old;

  /* Same natural key: the same requirement, whatever else changed. */
  for (guint i = 0; i < doc->requirements->len; i++)
    {
      const PolkuCatalogueRequirement *r = &g_array_index (doc->requirements, PolkuCatalogueRequirement, i);

      old = g_hash_table_lookup (state->old_requirements, r->natural_key);
      if (old == NULL || old->matched)
        {
          g_array_append_val (pending, i);
          continue;
        }

      old->matched = TRUE;
      state->requirement_ids[i] = old->id;
      if (requirement_same_row (state, old, r))
        {
          state->requirement_indexed[i] = !state->reindex_all;
          continue;
        }
      if (!update_requirement (state, old->id, r, error))
        return FALSE;
      /* The search row is rewritten only when its text changed. */
      state->requirement_indexed[i] = !old->retired && !state->reindex_all && !requirement_differs (old, r);

      if (old->retired)
        {
          state->result->n_requirements_added++;
          add_change (state, POLKU_CATALOGUE_CHANGE_ADDED, FALSE,
                      g_array_index (doc->units, PolkuCatalogueUnit, r->unit).koodi_uri,
                      NULL, NULL, text_first (&r->text));
        }
      else if (requirement_differs (old, r))
        {
          state->result->n_requirements_changed++;
          add_requirement_change (state, old, r);
        }
    }

  /* The rest: moved, recoded or edited requirements keep their ids when they can be
   * recognised; each old row is used once. */
  unmatched = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_hash_table_iter_init (&iter, state->old_requirements);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &old))
    {
      GPtrArray *list;

      if (old->matched || old->retired)
        continue;
      list = g_hash_table_lookup (unmatched, &old->unit_id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (unmatched, &old->unit_id, list);
        }
      g_ptr_array_add (list, old);
    }

  for (MatchRule rule = MATCH_SAME_TEXT; rule <= MATCH_SAME_PLACE && g_hash_table_size (unmatched) > 0; rule++)
    {
      for (guint j = 0; j < pending->len; j++)
        {
          guint i = g_array_index (pending, guint, j);
          const PolkuCatalogueRequirement *r = &g_array_index (doc->requirements, PolkuCatalogueRequirement, i);
          GPtrArray *list;

          if (state->requirement_ids[i] != 0)
            continue;
          list = g_hash_table_lookup (unmatched, &state->unit_ids[r->unit]);
          if (list == NULL)
            continue;

          for (guint k = 0; k < list->len; k++)
            {
              old = g_ptr_array_index (list, k);
              if (old->matched || !fallback_matches (old, r, rule))
                continue;

              old->matched = TRUE;
              state->requirement_ids[i] = old->id;
              if (!update_requirement (state, old->id, r, error))
                return FALSE;
              state->result->n_requirements_changed++;
              add_requirement_change (state, old, r);
              break;
            }
        }
    }

  for (guint j = 0; j < pending->len; j++)
    {
      guint i = g_array_index (pending, guint, j);
      const PolkuCatalogueRequirement *r = &g_array_index (doc->requirements, PolkuCatalogueRequirement, i);

      if (state->requirement_ids[i] != 0)
        continue;
      if (!insert_requirement (state, r, &state->requirement_ids[i], error))
        return FALSE;
      state->result->n_requirements_added++;
      add_change (state, POLKU_CATALOGUE_CHANGE_ADDED, FALSE,
                  g_array_index (doc->units, PolkuCatalogueUnit, r->unit).koodi_uri,
                  NULL, NULL, text_first (&r->text));
    }

  return TRUE;
}

static int
compare_old_requirements (gconstpointer a,
                          gconstpointer b)
{
  const OldRequirement *ra = *(OldRequirement * const *) a;
  const OldRequirement *rb = *(OldRequirement * const *) b;

  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

static int
compare_old_units (gconstpointer a,
                   gconstpointer b)
{
  const OldUnit *ua = *(OldUnit * const *) a;
  const OldUnit *ub = *(OldUnit * const *) b;

  return ua->id < ub->id ? -1 : ua->id > ub->id;
}

/* Step 3: what disappeared goes, unless later data still refers to it. */
static gboolean
remove_old_rows (ImportState  *state,
                 GError      **error)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GHashTableIter iter;
  gpointer value;

  /* In id order, so that the change lines come out in a stable order. */
  sorted = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, state->old_requirements);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!((OldRequirement *) value)->matched)
      g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_old_requirements);

  for (guint i = 0; i < sorted->len; i++)
    {
      OldRequirement *old = g_ptr_array_index (sorted, i);
      gboolean deleted = FALSE;

      if (!try_delete (state, "DELETE FROM requirement WHERE requirement_id = ?1", old->id, &deleted, error))
        return FALSE;
      if (old->retired)
        continue;
      if (!delete_fts_row (state, FTS_ROWID (old->id, FTS_REQUIREMENT), error))
        return FALSE;

      if (deleted)
        {
          state->result->n_requirements_removed++;
          add_change (state, POLKU_CATALOGUE_CHANGE_REMOVED, FALSE, unit_code_of (state, old->unit_id),
                      unit_name_of (state, old->unit_id), old_text_first (old), NULL);
        }
      else
        {
          if (!exec_with_id (state, "UPDATE requirement SET retired = 1 WHERE requirement_id = ?1", old->id, error))
            return FALSE;
          state->result->n_requirements_retired++;
          add_change (state, POLKU_CATALOGUE_CHANGE_RETIRED, FALSE, unit_code_of (state, old->unit_id),
                      unit_name_of (state, old->unit_id), old_text_first (old), NULL);
        }
    }

  g_hash_table_iter_init (&iter, state->old_osa_alueet);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      OldOsaAlue *old = value;
      gboolean deleted = FALSE;

      if (old->seen)
        continue;
      if (!try_delete (state, "DELETE FROM osa_alue WHERE osa_alue_id = ?1", old->id, &deleted, error))
        return FALSE;
      if (!deleted && !old->retired &&
          !exec_with_id (state, "UPDATE osa_alue SET retired = 1 WHERE osa_alue_id = ?1", old->id, error))
        return FALSE;
    }

  g_ptr_array_set_size (sorted, 0);
  g_hash_table_iter_init (&iter, state->old_units);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!((OldUnit *) value)->seen)
      g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_old_units);

  for (guint i = 0; i < sorted->len; i++)
    {
      OldUnit *old = g_ptr_array_index (sorted, i);
      gboolean deleted = FALSE;

      if (!try_delete (state, "DELETE FROM unit WHERE unit_id = ?1", old->id, &deleted, error))
        return FALSE;
      if (old->retired)
        continue;
      if (!delete_fts_row (state, FTS_ROWID (old->id, FTS_UNIT), error))
        return FALSE;

      if (deleted)
        {
          state->result->n_units_removed++;
          add_change (state, POLKU_CATALOGUE_CHANGE_REMOVED, TRUE, old->koodi_uri, old_unit_name (old), NULL, NULL);
        }
      else
        {
          if (!exec_with_id (state, "UPDATE unit SET retired = 1 WHERE unit_id = ?1", old->id, error))
            return FALSE;
          state->result->n_units_retired++;
          add_change (state, POLKU_CATALOGUE_CHANGE_RETIRED, TRUE, old->koodi_uri, old_unit_name (old), NULL, NULL);
        }
    }

  return TRUE;
}

/* Criteria have no identity of their own: a unit's list is compared as a whole
 * with what is stored, and rewritten only when it differs. */
static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
fingerprint_field (GString    *out,
                   const char *text)
{
  if (text == NULL)
    g_string_append_c (out, '\x01');
  else
    g_string_append (out, text);
  g_string_append_c (out, '\x1f');
}

static void
fingerprint_int (GString *out,
                 gint64   value)
{
  if (value == POLKU_CATALOGUE_NONE)
    g_string_append_c (out, '\x01');
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
  g_string_append_c (out, '\x1f');
}

static void
fingerprint_criterion (ImportState                   *state,
                       GString                       *out,
                       const PolkuCatalogueCriterion *c)
{
  fingerprint_int (out, c->owner);
  fingerprint_int (out, c->osa_alue >= 0 ? state->osa_alue_ids[c->osa_alue] : POLKU_CATALOGUE_NONE);
  fingerprint_int (out, c->area_ord);
  fingerprint_field (out, c->area.fi);
  fingerprint_field (out, c->area.sv);
  fingerprint_field (out, c->area_koodi_uri);
  fingerprint_int (out, c->target_ord);
  fingerprint_field (out, c->target.fi);
  fingerprint_field (out, c->target.sv);
  fingerprint_int (out, c->level_id);
  fingerprint_int (out, c->ord);
  fingerprint_field (out, c->text.fi);
  fingerprint_field (out, c->text.sv);
  fingerprint_field (out, c->text.en);
  g_string_append_c (out, '\x1e');
}

/* unit_id → fingerprint of its stored criteria, in the order they were written. */
static gboolean
load_old_criteria (ImportState  *state,
                   GHashTable   *old,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  GString *current = NULL;
  gint64 current_unit = 0;
  int rc;

  stmt = prepare (state,
                  "SELECT c.unit_id, c.owner, c.osa_alue_id, c.area_ord, c.area_fi, c.area_sv, c.area_koodi_uri, "
                  "c.target_ord, c.target_fi, c.target_sv, c.level_id, c.ord, c.text_fi, c.text_sv, c.text_en "
                  "FROM criterion c JOIN unit u USING (unit_id) WHERE u.peruste_id = ?1 "
                  "ORDER BY c.unit_id, c.criterion_id",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, state->peruste_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PolkuCatalogueCriterion c = { 0 };
      gint64 unit_id = sqlite3_column_int64 (stmt, 0);
      const char *owner = (const char *) sqlite3_column_text (stmt, 1);

#define COLUMN_INT(i) (sqlite3_column_type (stmt, i) == SQLITE_NULL ? POLKU_CATALOGUE_NONE : sqlite3_column_int64 (stmt, i))
#define COLUMN_TEXT(i) ((const char *) sqlite3_column_text (stmt, i))
      if (current == NULL || unit_id != current_unit)
        {
          gint64 *key = g_new (gint64, 1);

          *key = current_unit = unit_id;
          current = g_string_new (NULL);
          g_hash_table_insert (old, key, current);
        }

      c.owner = g_strcmp0 (owner, "osa_alue") == 0 ? POLKU_CATALOGUE_OWNER_OSA_ALUE :
                g_strcmp0 (owner, "unit") == 0 ? POLKU_CATALOGUE_OWNER_UNIT : POLKU_CATALOGUE_OWNER_GENERIC;
      fingerprint_int (current, c.owner);
      fingerprint_int (current, COLUMN_INT (2));
      fingerprint_int (current, COLUMN_INT (3));
      fingerprint_field (current, COLUMN_TEXT (4));
      fingerprint_field (current, COLUMN_TEXT (5));
      fingerprint_field (current, COLUMN_TEXT (6));
      fingerprint_int (current, COLUMN_INT (7));
      fingerprint_field (current, COLUMN_TEXT (8));
      fingerprint_field (current, COLUMN_TEXT (9));
      fingerprint_int (current, COLUMN_INT (10));
      fingerprint_int (current, COLUMN_INT (11));
      fingerprint_field (current, COLUMN_TEXT (12));
      fingerprint_field (current, COLUMN_TEXT (13));
      fingerprint_field (current, COLUMN_TEXT (14));
      g_string_append_c (current, '\x1e');
#undef COLUMN_INT
#undef COLUMN_TEXT
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _polku_store_set_error (error, state->db, rc, _("Reading the catalogue"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_criterion (ImportState                   *state,
                  const PolkuCatalogueCriterion *c,
                  GError                       **error)
{
  static const char * const owners[] = { "generic", "unit", "osa_alue" };
  sqlite3_stmt *stmt;

  stmt = prepare (state,
                  "INSERT INTO criterion (owner, generic_scale_id, unit_id, osa_alue_id, area_ord, area_fi, "
                  "area_sv, area_koodi_uri, target_ord, target_fi, target_sv, level_id, ord, text_fi, "
                  "text_sv, text_en) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, owners[c->owner]);
  if (c->owner == POLKU_CATALOGUE_OWNER_GENERIC)
    sqlite3_bind_int64 (stmt, 2, c->generic_scale_id);
  if (c->owner != POLKU_CATALOGUE_OWNER_GENERIC && c->unit >= 0)
    sqlite3_bind_int64 (stmt, 3, state->unit_ids[c->unit]);
  if (c->owner == POLKU_CATALOGUE_OWNER_OSA_ALUE && c->osa_alue >= 0)
    sqlite3_bind_int64 (stmt, 4, state->osa_alue_ids[c->osa_alue]);
  bind_int (stmt, 5, c->area_ord);
  bind_text (stmt, 6, c->area.fi);
  bind_text (stmt, 7, c->area.sv);
  bind_text (stmt, 8, c->area_koodi_uri);
  bind_int (stmt, 9, c->target_ord);
  bind_text (stmt, 10, c->target.fi);
  bind_text (stmt, 11, c->target.sv);
  sqlite3_bind_int64 (stmt, 12, c->level_id);
  sqlite3_bind_int (stmt, 13, (int) c->ord);
  bind_text3 (stmt, 14, &c->text);
  return step_done (state, stmt, error);
}

static gboolean
write_criteria (ImportState  *state,
                GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  g_autoptr(GHashTable) old = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, string_free);
  g_autofree guint *start = g_new0 (guint, doc->units->len + 2);
  g_autofree guint *next = g_new0 (guint, doc->units->len + 2);
  g_autofree guint *order = g_new (guint, doc->criteria->len + 1);
  g_autoptr(GString) fingerprint = g_string_new (NULL);

  if (state->result->updated && !load_old_criteria (state, old, error))
    return FALSE;

  /* The generic scale's criteria were cleared with the scale. */
  for (guint i = 0; i < doc->criteria->len; i++)
    {
      const PolkuCatalogueCriterion *c = &g_array_index (doc->criteria, PolkuCatalogueCriterion, i);

      if (c->owner == POLKU_CATALOGUE_OWNER_GENERIC || c->unit < 0)
        {
          if (!insert_criterion (state, c, error))
            return FALSE;
        }
      else
        start[c->unit + 1]++;
    }

  /* Each unit's criteria in document order, grouped by unit (a counting sort). */
  for (guint u = 0; u < doc->units->len; u++)
    start[u + 1] += start[u];
  memcpy (next, start, sizeof (guint) * (doc->units->len + 1));
  for (guint i = 0; i < doc->criteria->len; i++)
    {
      const PolkuCatalogueCriterion *c = &g_array_index (doc->criteria, PolkuCatalogueCriterion, i);

      if (c->owner != POLKU_CATALOGUE_OWNER_GENERIC && c->unit >= 0)
        order[next[c->unit]++] = i;
    }

  for (guint u = 0; u < doc->units->len; u++)
    {
      gint64 unit_id = state->unit_ids[u];
      GString *stored = g_hash_table_lookup (old, &unit_id);

      if (stored != NULL)
        {
          g_string_truncate (fingerprint, 0);
          for (guint k = start[u]; k < start[u + 1]; k++)
            fingerprint_criterion (state, fingerprint, &g_array_index (doc->criteria, PolkuCatalogueCriterion, order[k]));
          if (g_string_equal (stored, fingerprint))
            continue;
          if (!exec_with_id (state, "DELETE FROM criterion WHERE unit_id = ?1", unit_id, error))
            return FALSE;
        }

      for (guint k = start[u]; k < start[u + 1]; k++)
        if (!insert_criterion (state, &g_array_index (doc->criteria, PolkuCatalogueCriterion, order[k]), error))
          return FALSE;
    }

  state->result->n_criteria = doc->criteria->len;
  return TRUE;
}

static void
append_words (GString    *out,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, text);
}

static void
append_text3 (GString                  *out,
              const PolkuCatalogueText *text)
{
  append_words (out, text->fi);
  append_words (out, text->sv);
  append_words (out, text->en);
}

static gboolean
insert_fts (ImportState  *state,
            const char   *kind,
            gint64        ref,
            gint64        rowid,
            gboolean      replace,
            GString      *code,
            GString      *title,
            GString      *body,
            GError      **error)
{
  sqlite3_stmt *stmt;

  /* An FTS5 table has no REPLACE: remove an existing row first. */
  if (replace && !delete_fts_row (state, rowid, error))
    return FALSE;

  stmt = prepare (state,
                  "INSERT INTO catalogue_fts (rowid, kind, ref, peruste_id, code, title, body) "
                  "VALUES (?7, ?1, ?2, ?3, ?4, ?5, ?6)",
                  error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 7, rowid);
  bind_text (stmt, 1, kind);
  sqlite3_bind_int64 (stmt, 2, ref);
  sqlite3_bind_int64 (stmt, 3, state->peruste_id);
  bind_text (stmt, 4, code->len > 0 ? code->str : NULL);
  bind_text (stmt, 5, title->len > 0 ? title->str : NULL);
  bind_text (stmt, 6, body->len > 0 ? body->str : NULL);
  return step_done (state, stmt, error);
}

static gboolean
write_search_index (ImportState  *state,
                    GError      **error)
{
  const PolkuCatalogueDoc *doc = state->doc;
  g_autoptr(GString) code = g_string_new (NULL);
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);

  append_words (code, doc->diaarinumero);
  for (guint i = 0; i < doc->koulutukset->len; i++)
    {
      append_words (code, g_array_index (doc->koulutukset, PolkuCatalogueKoodi, i).uri);
      append_words (code, g_array_index (doc->koulutukset, PolkuCatalogueKoodi, i).arvo);
    }
  append_text3 (title, &doc->nimi);
  for (guint i = 0; i < doc->osaamisalat->len; i++)
    append_text3 (body, &g_array_index (doc->osaamisalat, PolkuCatalogueKoodi, i).nimi);
  for (guint i = 0; i < doc->tutkintonimikkeet->len; i++)
    append_text3 (body, &g_array_index (doc->tutkintonimikkeet, PolkuCatalogueTutkintonimike, i).nimi);
  if (!insert_fts (state, "peruste", state->peruste_id, FTS_ROWID (state->peruste_id, FTS_PERUSTE),
                   state->result->updated && !state->reindex_all, code, title, body, error))
    return FALSE;

  for (guint i = 0; i < doc->units->len; i++)
    {
      const PolkuCatalogueUnit *u = &g_array_index (doc->units, PolkuCatalogueUnit, i);

      if (state->unit_indexed[i])
        continue;
      g_string_truncate (code, 0);
      g_string_truncate (title, 0);
      g_string_truncate (body, 0);
      append_words (code, u->koodi_uri);
      append_words (code, u->koodi_arvo);
      append_text3 (title, &u->nimi);
      if (!insert_fts (state, "unit", state->unit_ids[i], FTS_ROWID (state->unit_ids[i], FTS_UNIT),
                       state->result->updated && !state->reindex_all, code, title, body, error))
        return FALSE;
    }

  for (guint i = 0; i < doc->requirements->len; i++)
    {
      const PolkuCatalogueRequirement *r = &g_array_index (doc->requirements, PolkuCatalogueRequirement, i);

      if (state->requirement_indexed[i])
        continue;
      g_string_truncate (code, 0);
      g_string_truncate (title, 0);
      g_string_truncate (body, 0);
      append_words (code, r->koodi_uri);
      append_text3 (body, &r->text);
      append_text3 (body, &r->kohdealue);
      if (!insert_fts (state, "requirement", state->requirement_ids[i],
                       FTS_ROWID (state->requirement_ids[i], FTS_REQUIREMENT),
                       state->result->updated && !state->reindex_all, code, title, body, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
find_peruste (ImportState  *state,
              GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (state, "SELECT peruste_id FROM peruste WHERE diaarinumero = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, state->doc->diaarinumero);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->peruste_id = sqlite3_column_int64 (stmt, 0);
      state->result->updated = TRUE;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _polku_store_set_error (error, state->db, rc, _("Reading the catalogue"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
import_in_transaction (ImportState  *state,
                       GError      **error)
{
  if (!find_peruste (state, error))
    return FALSE;

  if (state->result->updated)
    {
      if (!load_old_rows (state, error) || !delete_replaced_rows (state, error))
        return FALSE;
    }

  return write_peruste (state, error) &&
         write_peruste_lists (state, error) &&
         write_generic_scales (state, error) &&
         write_units (state, error) &&
         write_structure (state, error) &&
         write_osa_alueet (state, error) &&
         write_requirements (state, error) &&
         remove_old_rows (state, error) &&
         write_criteria (state, error) &&
         write_search_index (state, error);
}

/* Drops the bindings that point into the document before it is freed. */
static void
clear_statements (GHashTable *statements)
{
  GHashTableIter iter;
  gpointer stmt;

  g_hash_table_iter_init (&iter, statements);
  while (g_hash_table_iter_next (&iter, NULL, &stmt))
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

/* Public API */

/**
 * polku_store_catalogue_import:
 * @doc: the parsed peruste
 * @out_result: (out) (optional): counts and the changes against the previous import
 *
 * Writes @doc in one transaction. A peruste with the same diaarinumero is updated
 * in place: units keep their ids by koodi_uri and requirements by natural key (or
 * when recognised as moved or edited); what disappeared is deleted, or retired when
 * later data refers to it. On failure nothing was changed.
 */
gboolean
polku_store_catalogue_import (PolkuStore                  *self,
                              const PolkuCatalogueDoc     *doc,
                              PolkuCatalogueImportResult **out_result,
                              GError                     **error)
{
  g_autoptr(PolkuCatalogueImportResult) result = NULL;
  g_autoptr(GHashTable) old_units = NULL;
  g_autoptr(GHashTable) old_osa_alueet = NULL;
  g_autoptr(GHashTable) old_requirements = NULL;
  g_autoptr(GHashTable) statements = NULL;
  g_autofree gint64 *unit_ids = NULL;
  g_autofree gint64 *osa_alue_ids = NULL;
  g_autofree gint64 *requirement_ids = NULL;
  g_autofree gboolean *unit_indexed = NULL;
  g_autofree gboolean *requirement_indexed = NULL;
  ImportState state = { 0 };
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (doc->diaarinumero != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  result = g_new0 (PolkuCatalogueImportResult, 1);
  result->changes = g_ptr_array_new_with_free_func (change_free);
  result->n_units = doc->units->len;
  result->n_requirements = doc->requirements->len;

  old_units = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, old_unit_free);
  old_osa_alueet = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  old_requirements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, old_requirement_free);
  unit_ids = g_new0 (gint64, doc->units->len + 1);
  osa_alue_ids = g_new0 (gint64, doc->osa_alueet->len + 1);
  requirement_ids = g_new0 (gint64, doc->requirements->len + 1);
  unit_indexed = g_new0 (gboolean, doc->units->len + 1);
  requirement_indexed = g_new0 (gboolean, doc->requirements->len + 1);
  statements = g_hash_table_new (g_direct_hash, g_direct_equal);

  state.store = self;
  state.db = _polku_store_get_db (self);
  state.doc = doc;
  state.result = result;
  state.old_units = old_units;
  state.old_osa_alueet = old_osa_alueet;
  state.old_requirements = old_requirements;
  state.unit_ids = unit_ids;
  state.osa_alue_ids = osa_alue_ids;
  state.requirement_ids = requirement_ids;
  state.unit_indexed = unit_indexed;
  state.requirement_indexed = requirement_indexed;
  state.statements = statements;

  /* The CHECKs of these tables are IN lists of fixed words, which this code writes
   * only from constants; SQLite 3.40 builds a temporary index for such a list on
   * every row, a third of the cost of a criterion. */
  polku_store_exec (self, "PRAGMA ignore_check_constraints = ON", NULL);

  ok = polku_store_begin (self, error);
  if (ok && !import_in_transaction (&state, error))
    {
      clear_statements (statements);
      polku_store_rollback (self);
      ok = FALSE;
    }
  else if (ok)
    {
      clear_statements (statements);
      ok = polku_store_commit (self, error);
    }

  polku_store_exec (self, "PRAGMA ignore_check_constraints = OFF", NULL);
  if (!ok)
    return FALSE;

  result->peruste_id = state.peruste_id;
  /* Inside a caller's transaction the change is not visible yet: the caller emits. */
  if (!polku_store_in_transaction (self))
    polku_store_emit_changed (self, "catalogue");

  if (out_result != NULL)
    *out_result = g_steal_pointer (&result);

  return TRUE;
}
