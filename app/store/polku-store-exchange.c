/* polku-store-exchange.c: lookups by national codes and exchange UUIDs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-store-exchange.h"
#include "polku-store-private.h"
#include "polku-store-workshop.h"

/* Runs @sql with the text ?1 (and @number as ?2 when it has one) and returns
 * the first column of the first row as an id, the second in @out_second; 0
 * when there is no row. */
static gint64
query_id (PolkuStore  *self,
          const char  *sql,
          const char  *text,
          gint64       number,
          gint64      *out_second,
          GError     **error)
{
  sqlite3_stmt *stmt = _polku_store_prepare (self, sql, error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return 0;

  _polku_bind_text (stmt, 1, text);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, number);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (out_second != NULL)
        *out_second = sqlite3_column_int64 (stmt, 1);
    }
  else if (rc != SQLITE_DONE)
    _polku_store_set_error (error, _polku_store_get_db (self), rc, _("Reading the database"));
  sqlite3_reset (stmt);

  return id;
}

/* Runs @sql with one integer parameter and dups the first row's text columns
 * into @out (an entry may be NULL: not wanted); @gone when there is no row. */
static gboolean
dup_row_texts (PolkuStore  *self,
               const char  *sql,
               gint64       id,
               const char  *gone,
               char       **out[],
               guint        n_out,
               GError     **error)
{
  sqlite3_stmt *stmt = _polku_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      for (guint i = 0; i < n_out; i++)
        if (out[i] != NULL)
          *out[i] = _polku_column_dup (stmt, (int) i);
    }
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, gone);
  else
    _polku_store_set_error (error, _polku_store_get_db (self), rc, _("Reading the database"));
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

char *
polku_store_get_learner_exchange_uuid (PolkuStore  *self,
                                       gint64       learner_id,
                                       GError     **error)
{
  char *uuid = NULL;
  char **out[] = { &uuid };

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  if (dup_row_texts (self, "SELECT exchange_uuid FROM learner WHERE learner_id = ?1", learner_id,
                     _("The learner is no longer in the database."), out, G_N_ELEMENTS (out), error)
      && uuid == NULL)
    g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                 _("The learner has no exchange identifier."));

  return uuid;
}

gint64
polku_store_find_learner_by_exchange_uuid (PolkuStore  *self,
                                           const char  *uuid,
                                           GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (uuid != NULL, 0);

  return query_id (self, "SELECT learner_id FROM learner WHERE exchange_uuid = ?1", uuid, 0, NULL, error);
}

gboolean
polku_store_set_learner_exchange_uuid (PolkuStore  *self,
                                       gint64       learner_id,
                                       const char  *uuid,
                                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  stmt = _polku_store_prepare (self, "UPDATE learner SET exchange_uuid = ?2 WHERE learner_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  _polku_bind_text (stmt, 2, uuid);
  return _polku_store_step_done (self, stmt, error);
}

gint64
polku_store_find_peruste_by_diaarinumero (PolkuStore  *self,
                                          const char  *diaarinumero,
                                          GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (diaarinumero != NULL, 0);

  return query_id (self, "SELECT peruste_id FROM peruste WHERE diaarinumero = ?1", diaarinumero, 0, NULL, error);
}

gint64
polku_store_find_unit_by_koodi_uri (PolkuStore  *self,
                                    gint64       peruste_id,
                                    const char  *koodi_uri,
                                    GError      **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (koodi_uri != NULL, 0);

  return query_id (self,
                   "SELECT unit_id FROM unit WHERE koodi_uri = ?1 AND (?2 = 0 OR peruste_id = ?2) "
                   " ORDER BY retired, unit_id DESC LIMIT 1",
                   koodi_uri, peruste_id, NULL, error);
}

gint64
polku_store_find_requirement_by_key (PolkuStore  *self,
                                     const char  *natural_key,
                                     gint64      *out_unit_id,
                                     GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (natural_key != NULL, 0);

  return query_id (self, "SELECT requirement_id, unit_id FROM requirement WHERE natural_key = ?1",
                   natural_key, 0, out_unit_id, error);
}

gboolean
polku_store_get_requirement_codes (PolkuStore  *self,
                                   gint64       requirement_id,
                                   char       **out_natural_key,
                                   char       **out_unit_koodi_uri,
                                   GError     **error)
{
  char **out[] = { out_natural_key, out_unit_koodi_uri };

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return dup_row_texts (self,
                        "SELECT r.natural_key, u.koodi_uri FROM requirement r JOIN unit u USING (unit_id) "
                        " WHERE r.requirement_id = ?1",
                        requirement_id, _("The requirement is no longer in the catalogue."),
                        out, G_N_ELEMENTS (out), error);
}

gboolean
polku_store_get_unit_codes (PolkuStore  *self,
                            gint64       unit_id,
                            char       **out_koodi_uri,
                            char       **out_koodi_arvo,
                            char       **out_diaarinumero,
                            GError     **error)
{
  char **out[] = { out_koodi_uri, out_koodi_arvo, out_diaarinumero };

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return dup_row_texts (self,
                        "SELECT u.koodi_uri, u.koodi_arvo, p.diaarinumero FROM unit u "
                        "  JOIN peruste p USING (peruste_id) WHERE u.unit_id = ?1",
                        unit_id, _("The unit is no longer in the catalogue."),
                        out, G_N_ELEMENTS (out), error);
}

gint64
polku_store_find_workshop_by_name (PolkuStore  *self,
                                   const char  *name,
                                   GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  return query_id (self, "SELECT workshop_id FROM workshop WHERE name = ?1 ORDER BY archived, workshop_id LIMIT 1",
                   name, 0, NULL, error);
}

/* By OID first (it is unique), then by name; an archived provider only when no
 * active one matches. SQLite's lower() folds ASCII only, so the name is folded
 * here for Ä/Ö. */
gint64
polku_store_find_provider (PolkuStore  *self,
                           const char  *oid,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(GPtrArray) providers = NULL;
  g_autofree char *folded = NULL;
  gint64 found = 0;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);

  if (oid != NULL && *oid != '\0')
    {
      g_autoptr(GError) local_error = NULL;

      found = query_id (self, "SELECT provider_id FROM provider WHERE oid = ?1", oid, 0, NULL, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
      if (found != 0)
        return found;
    }

  if (name == NULL || *name == '\0')
    return 0;

  providers = polku_store_list_providers (self, TRUE, error);
  if (providers == NULL)
    return 0;

  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; i < providers->len; i++)
    {
      PolkuProviderRecord *p = g_ptr_array_index (providers, i);
      g_autofree char *other = g_utf8_casefold (p->name, -1);

      if (g_strcmp0 (g_strstrip (other), g_strstrip (folded)) != 0)
        continue;
      /* A provider with another OID is another organisation of the same name. */
      if (oid != NULL && p->oid != NULL && g_strcmp0 (oid, p->oid) != 0)
        continue;
      if (!p->archived)
        return p->provider_id;
      if (found == 0)
        found = p->provider_id;
    }

  return found;
}

gboolean
polku_store_log_exchange_import (PolkuStore  *self,
                                 const char  *kind,
                                 const char  *sender,
                                 const char  *created,
                                 gint64       learner_id,
                                 gint64       workshop_id,
                                 guint        n_changes,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  stmt = _polku_store_prepare (self,
                               "INSERT INTO exchange_import (kind, sender, created, learner_id, workshop_id, n_changes) "
                               "VALUES (?1, ?2, ?3, NULLIF (?4, 0), NULLIF (?5, 0), ?6)",
                               error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, kind);
  _polku_bind_text (stmt, 2, sender);
  _polku_bind_text (stmt, 3, created);
  sqlite3_bind_int64 (stmt, 4, learner_id);
  sqlite3_bind_int64 (stmt, 5, workshop_id);
  sqlite3_bind_int64 (stmt, 6, n_changes);
  return _polku_store_step_done (self, stmt, error);
}
