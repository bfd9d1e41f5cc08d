/* polku-store-catalogue-search.c: what a person types becomes a safe FTS5 query
 * over catalogue_fts; exact code matches come first, then bm25 order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-catalogue-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-catalogue-search.h"
#include "polku-store-private.h"

/* More words than this is not a search but a paste; the rest is ignored. */
#define MAX_TOKENS 16
#define MAX_TOKEN_BYTES 128
#define MAX_CODE_BYTES 64
#define DEFAULT_LIMIT 20

/* Auxiliary methods */

static guint
count_word_chars (const char *token)
{
  guint count = 0;

  for (const char *p = token; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isalnum (g_utf8_get_char (p)))
        count++;
    }

  return count;
}

static void
append_quoted (GString    *out,
               const char *token)
{
  g_string_append_c (out, '"');
  for (const char *p = token; *p != '\0'; p++)
    {
      /* FTS5 strings escape a double quote by doubling it; nothing else is special. */
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* A code is one word with a digit in it: "106945", "tutkinnonosat_106945",
 * "OPH-5410-2021", "59/011/2014". */
static char *
query_as_code (const char *query)
{
  g_autofree char *code = g_strstrip (g_strdup (query));
  gboolean has_digit = FALSE;

  if (*code == '\0' || strlen (code) > MAX_CODE_BYTES)
    return NULL;

  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        return NULL;
      if (g_unichar_isdigit (c))
        has_digit = TRUE;
    }

  return has_digit ? g_steal_pointer (&code) : NULL;
}

static gboolean
already_found (GPtrArray *bucket,
               gint64     id)
{
  for (guint i = 0; i < bucket->len; i++)
    {
      PolkuCatalogueHit *hit = g_ptr_array_index (bucket, i);

      if (hit->id == id)
        return TRUE;
    }

  return FALSE;
}

static int
kind_from_string (const char *kind)
{
  if (g_strcmp0 (kind, "requirement") == 0)
    return POLKU_CATALOGUE_HIT_REQUIREMENT;
  if (g_strcmp0 (kind, "unit") == 0)
    return POLKU_CATALOGUE_HIT_UNIT;
  if (g_strcmp0 (kind, "peruste") == 0)
    return POLKU_CATALOGUE_HIT_PERUSTE;
  return -1;
}

/* The exact and the detail query of a kind return the same columns, so that one
 * reader serves both. */
static PolkuCatalogueHit *
read_hit (PolkuCatalogueHitKind  kind,
          sqlite3_stmt          *stmt)
{
  PolkuCatalogueHit *hit = g_new0 (PolkuCatalogueHit, 1);

  hit->kind = kind;
  switch (kind)
    {
    case POLKU_CATALOGUE_HIT_PERUSTE:
      hit->id = sqlite3_column_int64 (stmt, 0);
      hit->peruste_id = hit->id;
      hit->diaarinumero = _polku_column_dup (stmt, 1);
      hit->code = g_strdup (hit->diaarinumero);
      hit->nimi_fi = _polku_column_dup (stmt, 2);
      hit->nimi_sv = _polku_column_dup (stmt, 3);
      break;

    case POLKU_CATALOGUE_HIT_UNIT:
      hit->id = sqlite3_column_int64 (stmt, 0);
      hit->unit_id = hit->id;
      hit->peruste_id = sqlite3_column_int64 (stmt, 1);
      hit->code = _polku_column_dup (stmt, 2);
      hit->nimi_fi = _polku_column_dup (stmt, 3);
      hit->nimi_sv = _polku_column_dup (stmt, 4);
      hit->peruste_nimi_fi = _polku_column_dup (stmt, 5);
      hit->peruste_nimi_sv = _polku_column_dup (stmt, 6);
      hit->diaarinumero = _polku_column_dup (stmt, 7);
      break;

    case POLKU_CATALOGUE_HIT_REQUIREMENT:
      {
        const char *uri = (const char *) sqlite3_column_text (stmt, 3);
        const char *underscore = uri != NULL ? strrchr (uri, '_') : NULL;

        hit->id = sqlite3_column_int64 (stmt, 0);
        hit->peruste_id = sqlite3_column_int64 (stmt, 1);
        hit->unit_id = sqlite3_column_int64 (stmt, 2);
        hit->code = g_strdup (underscore != NULL ? underscore + 1 : uri);
        hit->nimi_fi = _polku_column_dup (stmt, 4);
        hit->nimi_sv = _polku_column_dup (stmt, 5);
        hit->unit_nimi_fi = _polku_column_dup (stmt, 6);
        hit->unit_nimi_sv = _polku_column_dup (stmt, 7);
        hit->peruste_nimi_fi = _polku_column_dup (stmt, 8);
        hit->peruste_nimi_sv = _polku_column_dup (stmt, 9);
        hit->diaarinumero = _polku_column_dup (stmt, 10);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return hit;
}

#define PERUSTE_COLUMNS \
  "SELECT p.peruste_id, p.diaarinumero, p.nimi_fi, p.nimi_sv FROM peruste p"

#define UNIT_COLUMNS \
  "SELECT u.unit_id, u.peruste_id, u.koodi_arvo, u.nimi_fi, u.nimi_sv," \
  "       p.nimi_fi, p.nimi_sv, p.diaarinumero" \
  "  FROM unit u JOIN peruste p ON p.peruste_id = u.peruste_id"

#define REQUIREMENT_COLUMNS \
  "SELECT r.requirement_id, u.peruste_id, r.unit_id, r.koodi_uri, r.text_fi, r.text_sv," \
  "       u.nimi_fi, u.nimi_sv, p.nimi_fi, p.nimi_sv, p.diaarinumero" \
  "  FROM requirement r" \
  "  JOIN unit u ON u.unit_id = r.unit_id" \
  "  JOIN peruste p ON p.peruste_id = u.peruste_id"

/* ?1 is the code as typed, ?2 in lower case (koodi uris are), ?3 the limit. */
static const char * const exact_sql[POLKU_CATALOGUE_N_HIT_KINDS] = {
  PERUSTE_COLUMNS
  " WHERE p.diaarinumero = ?1 COLLATE NOCASE"
  "    OR EXISTS (SELECT 1 FROM peruste_koulutus k WHERE k.peruste_id = p.peruste_id"
  "                  AND (k.koulutus_arvo = ?1 OR k.koulutus_uri = ?2))"
  " ORDER BY p.nimi_fi LIMIT ?3",

  UNIT_COLUMNS
  " WHERE (u.koodi_arvo = ?1 OR u.koodi_uri = ?2) AND u.retired = 0"
  " ORDER BY p.nimi_fi, u.ord LIMIT ?3",

  REQUIREMENT_COLUMNS
  " WHERE r.koodi_uri IN (?2, 'ammattitaitovaatimukset_' || ?2, 'osaamistavoitteet_' || ?2)"
  "   AND r.retired = 0"
  " ORDER BY p.nimi_fi, u.ord, r.kohdealue_ord, r.ord LIMIT ?3",
};

/* A full text hit found by id; nothing when the item is retired. */
static const char * const detail_sql[POLKU_CATALOGUE_N_HIT_KINDS] = {
  PERUSTE_COLUMNS " WHERE p.peruste_id = ?1",
  UNIT_COLUMNS " WHERE u.unit_id = ?1 AND u.retired = 0",
  REQUIREMENT_COLUMNS " WHERE r.requirement_id = ?1 AND r.retired = 0",
};

/* One pass over every kind: the kind column is not indexed, so a query per kind
 * would rank every match three times. A requirement is found by its own text
 * before its kohdealue heading; names and codes count for the others. */
#define RANKED_SQL \
  "SELECT kind, ref, rowid, rank FROM catalogue_fts" \
  " WHERE catalogue_fts MATCH ?1 AND rank MATCH 'bm25 (0, 0, 0, 4.0, 1.0, 2.0)'" \
  " ORDER BY rank"

/* Ranking costs about a microsecond per match: a query that matches most of the
 * catalogue ("ja", "työ") lists hits in catalogue order instead, in well under
 * a frame, and gets ranked as the person types on. */
#define UNRANKED_SQL \
  "SELECT kind, ref, rowid, 0 FROM catalogue_fts WHERE catalogue_fts MATCH ?1"

#define MAX_RANKED_MATCHES 2000

#define SNIPPET_SQL \
  "SELECT snippet (catalogue_fts, 5, '" POLKU_CATALOGUE_SNIPPET_START "', '" \
  POLKU_CATALOGUE_SNIPPET_END "', '…', 12)" \
  "  FROM catalogue_fts WHERE catalogue_fts MATCH ?1 AND rowid = ?2"

static void
set_search_error (PolkuStore  *store,
                  int          rc,
                  GError     **error)
{
  _polku_store_set_error (error, _polku_store_get_db (store), rc, _("Searching the catalogue"));
}

static gboolean
search_exact (PolkuStore             *store,
              PolkuCatalogueHitKind   kind,
              const char             *code,
              guint                   limit,
              GPtrArray              *bucket,
              GError                **error)
{
  g_autofree char *lower = g_utf8_strdown (code, -1);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _polku_store_prepare (store, exact_sql[kind], error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, code);
  _polku_bind_text (stmt, 2, lower);
  sqlite3_bind_int (stmt, 3, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PolkuCatalogueHit *hit = read_hit (kind, stmt);

      hit->exact = TRUE;
      g_ptr_array_add (bucket, hit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_search_error (store, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
count_matches (PolkuStore  *store,
               const char  *match,
               gint64      *out_count,
               GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _polku_store_prepare (store, "SELECT count (*) FROM catalogue_fts WHERE catalogue_fts MATCH ?1", error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, match);
  rc = sqlite3_step (stmt);
  *out_count = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      set_search_error (store, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Returns the hit, or NULL with @error unset when the item is retired. */
static PolkuCatalogueHit *
lookup_hit (PolkuStore             *store,
            PolkuCatalogueHitKind   kind,
            gint64                  id,
            GError                **error)
{
  PolkuCatalogueHit *hit = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _polku_store_prepare (store, detail_sql[kind], error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    hit = read_hit (kind, stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    set_search_error (store, rc, error);

  return hit;
}

static gboolean
add_snippet (PolkuStore         *store,
             const char         *match,
             gint64              fts_rowid,
             PolkuCatalogueHit  *hit,
             GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _polku_store_prepare (store, SNIPPET_SQL, error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, match);
  sqlite3_bind_int64 (stmt, 2, fts_rowid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    hit->snippet = _polku_column_dup (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_search_error (store, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
buckets_full (GPtrArray **buckets,
              guint       limit)
{
  for (guint i = 0; i < POLKU_CATALOGUE_N_HIT_KINDS; i++)
    {
      if (buckets[i]->len < limit)
        return FALSE;
    }

  return TRUE;
}

static gboolean
search_text (PolkuStore  *store,
             const char  *match,
             guint        limit,
             GPtrArray  **buckets,
             GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n_matches = 0;
  int rc;

  if (buckets_full (buckets, limit))
    return TRUE;

  if (!count_matches (store, match, &n_matches, error))
    return FALSE;
  if (n_matches == 0)
    return TRUE;

  stmt = _polku_store_prepare (store, n_matches <= MAX_RANKED_MATCHES ? RANKED_SQL : UNRANKED_SQL, error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, match);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = kind_from_string ((const char *) sqlite3_column_text (stmt, 0));
      gint64 id = sqlite3_column_int64 (stmt, 1);
      g_autoptr(PolkuCatalogueHit) hit = NULL;
      g_autoptr(GError) local_error = NULL;

      if (kind < 0 || buckets[kind]->len >= limit || already_found (buckets[kind], id))
        continue;

      hit = lookup_hit (store, kind, id, &local_error);
      if (hit == NULL && local_error == NULL)
        continue;

      if (hit != NULL)
        {
          hit->score = sqlite3_column_double (stmt, 3);
          if (kind == POLKU_CATALOGUE_HIT_REQUIREMENT)
            add_snippet (store, match, sqlite3_column_int64 (stmt, 2), hit, &local_error);
        }

      if (local_error != NULL)
        {
          sqlite3_reset (stmt);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      g_ptr_array_add (buckets[kind], g_steal_pointer (&hit));
      if (buckets_full (buckets, limit))
        {
          rc = SQLITE_DONE;
          break;
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_search_error (store, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Public API */

void
polku_catalogue_hit_free (PolkuCatalogueHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->code);
  g_free (hit->nimi_fi);
  g_free (hit->nimi_sv);
  g_free (hit->unit_nimi_fi);
  g_free (hit->unit_nimi_sv);
  g_free (hit->peruste_nimi_fi);
  g_free (hit->peruste_nimi_sv);
  g_free (hit->diaarinumero);
  g_free (hit->snippet);
  g_free (hit);
}

/**
 * polku_catalogue_hit_kind_to_string:
 *
 * Returns: "peruste", "unit" or "requirement"
 */
const char *
polku_catalogue_hit_kind_to_string (PolkuCatalogueHitKind kind)
{
  switch (kind)
    {
    case POLKU_CATALOGUE_HIT_PERUSTE:
      return "peruste";
    case POLKU_CATALOGUE_HIT_UNIT:
      return "unit";
    case POLKU_CATALOGUE_HIT_REQUIREMENT:
      return "requirement";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * polku_catalogue_search_build_match:
 * @query: what a person typed, any text
 *
 * Turns @query into an FTS5 MATCH expression that can never be a syntax error:
 * every word becomes a quoted string (so AND, OR, NEAR, '*', '(' and quotes are
 * only text) and all words must match. Every word is a prefix, the last one so
 * that results follow the typing, the others because Finnish inflects:
 * "ajoneuvo huolto" must find "ajoneuvon huoltotyöt". A single letter is no
 * prefix: it would match nearly everything.
 *
 * Returns: (transfer full) (nullable): the expression, or %NULL when @query has
 *   nothing to search for
 */
char *
polku_catalogue_search_build_match (const char *query)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GPtrArray) tokens = NULL;
  const char *p;

  if (query == NULL)
    return NULL;

  valid = g_utf8_make_valid (query, -1);
  tokens = g_ptr_array_new_with_free_func (g_free);

  p = valid;
  while (*p != '\0' && tokens->len < MAX_TOKENS)
    {
      const char *start;
      g_autofree char *token = NULL;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      /* Cut on a character boundary: a very long "word" is still searched by its start. */
      token = g_strndup (start, p - start);
      if (strlen (token) > MAX_TOKEN_BYTES)
        {
          const char *end = token + MAX_TOKEN_BYTES;

          end = g_utf8_find_prev_char (token, end + 1);
          token[end - token] = '\0';
        }

      /* Words of punctuation only would be empty phrases to the tokenizer. */
      if (count_word_chars (token) > 0)
        g_ptr_array_add (tokens, g_steal_pointer (&token));
    }

  if (tokens->len == 0)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      append_quoted (out, g_ptr_array_index (tokens, i));
      if (count_word_chars (g_ptr_array_index (tokens, i)) > 1)
        g_string_append_c (out, '*');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * polku_store_catalogue_search:
 * @query: what a person typed
 * @limit_per_kind: the most hits of each kind, 0 for the default
 *
 * Searches qualifications, units and requirements. The hits come grouped by kind
 * (perusteet, units, requirements); within a kind, items whose code is exactly
 * @query (a unit code or uri, a diaarinumero, a requirement code) come first,
 * then the full text hits in bm25 order.
 *
 * Returns: (transfer container) (element-type PolkuCatalogueHit): the hits,
 *   empty when @query has nothing to search for
 */
GPtrArray *
polku_store_catalogue_search (PolkuStore  *self,
                              const char  *query,
                              guint        limit_per_kind,
                              GError     **error)
{
  GPtrArray *buckets[POLKU_CATALOGUE_N_HIT_KINDS];
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *match = NULL;
  g_autofree char *code = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (limit_per_kind == 0)
    limit_per_kind = DEFAULT_LIMIT;

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_catalogue_hit_free);
  if (query == NULL)
    return g_steal_pointer (&hits);

  match = polku_catalogue_search_build_match (query);
  if (g_utf8_validate (query, -1, NULL))
    code = query_as_code (query);

  for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    buckets[kind] = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_catalogue_hit_free);

  for (guint kind = 0; ok && code != NULL && kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    ok = search_exact (self, kind, code, limit_per_kind, buckets[kind], error);

  if (ok && match != NULL)
    ok = search_text (self, match, limit_per_kind, buckets, error);

  for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    {
      g_ptr_array_extend_and_steal (hits, buckets[kind]);
    }

  if (!ok)
    return NULL;

  return g_steal_pointer (&hits);
}
