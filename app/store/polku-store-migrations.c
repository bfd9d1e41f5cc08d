/* polku-store-migrations.c: the ordered schema steps, keyed by PRAGMA user_version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-migrations"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-store-private.h"
#include "polku-store-resources.h"

/* A step is never edited once released: later capabilities append new steps. */
const PolkuMigration _polku_store_migrations[] = {
  { 1, "/io/github/polku/Polku/sql/0001-initial.sql" },
  { 2, "/io/github/polku/Polku/sql/0002-catalogue.sql" },
  { 3, "/io/github/polku/Polku/sql/0003-workshop.sql" },
  { 4, "/io/github/polku/Polku/sql/0004-learners.sql" },
  { 5, "/io/github/polku/Polku/sql/0005-review.sql" },
  { 6, "/io/github/polku/Polku/sql/0006-exchange.sql" },
  { 7, "/io/github/polku/Polku/sql/0007-catalogue-fts.sql" },
};

const guint _polku_store_n_migrations = G_N_ELEMENTS (_polku_store_migrations);

static gboolean
run_step (PolkuStore           *self,
          const PolkuMigration *step,
          GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;
  sqlite3 *db = _polku_store_get_db (self);
  char *errmsg = NULL;
  int rc;

  bytes = g_resource_lookup_data (polku_store_get_resource (), step->resource,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_version = g_strdup_printf ("PRAGMA user_version = %d", step->version);

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, sql, NULL, NULL, &errmsg);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, set_version, NULL, NULL, &errmsg);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, &errmsg);

  if (rc != SQLITE_OK)
    {
      g_autofree char *what = NULL;

      /* Translators: %d is the number of a database upgrade step. */
      what = g_strdup_printf (_("Upgrading the database (step %d)"), step->version);
      _polku_store_set_error (error, db, rc, what);
      sqlite3_free (errmsg);
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  g_debug ("Database migrated to version %d", step->version);
  return TRUE;
}

gboolean
_polku_store_migrate (PolkuStore  *self,
                      GError     **error)
{
  int current = polku_store_get_schema_version (self);

  for (guint i = 0; i < _polku_store_n_migrations; i++)
    {
      const PolkuMigration *step = &_polku_store_migrations[i];

      g_assert (step->version == (int) i + 1);

      if (step->version <= current)
        continue;

      if (!run_step (self, step, error))
        return FALSE;
    }

  return TRUE;
}
