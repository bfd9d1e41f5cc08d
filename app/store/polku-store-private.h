/* polku-store-private.h: for the store's own table files only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "polku-store.h"

G_BEGIN_DECLS

typedef struct
{
  int         version;
  const char *resource;
} PolkuMigration;

extern const PolkuMigration _polku_store_migrations[];
extern const guint _polku_store_n_migrations;

sqlite3      *_polku_store_get_db         (PolkuStore   *self);
sqlite3_stmt *_polku_store_prepare        (PolkuStore   *self,
                                           const char   *sql,
                                           GError      **error);
gboolean      _polku_store_step_done      (PolkuStore   *self,
                                           sqlite3_stmt *stmt,
                                           GError      **error);
void          _polku_store_set_error      (GError      **error,
                                           sqlite3      *db,
                                           int           rc,
                                           const char   *what);
gboolean      _polku_store_check_file     (const char   *path,
                                           gboolean     *out_is_new,
                                           GError      **error);
sqlite3      *_polku_store_open_db        (const char   *path,
                                           int           flags,
                                           GError      **error);
gboolean      _polku_store_inspect        (sqlite3      *db,
                                           const char   *path,
                                           int          *out_version,
                                           gboolean     *out_is_empty,
                                           GError      **error);
void          _polku_store_emit_reset     (PolkuStore   *self);
void          _polku_store_emit_backups_changed (PolkuStore *self);
gboolean      _polku_store_migrate        (PolkuStore   *self,
                                           GError      **error);

/* Binds text or NULL; SQLITE_TRANSIENT keeps callers free to pass temporaries. */
static inline int
_polku_bind_text (sqlite3_stmt *stmt,
                  int           index,
                  const char   *text)
{
  if (text == NULL)
    return sqlite3_bind_null (stmt, index);
  return sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static inline char *
_polku_column_dup (sqlite3_stmt *stmt,
                   int           index)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, index));
}

G_END_DECLS
