/* polku-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define POLKU_STORE_ERROR (polku_store_error_quark ())

typedef enum
{
  POLKU_STORE_ERROR_FAILED,
  POLKU_STORE_ERROR_NOT_A_DATABASE,
  POLKU_STORE_ERROR_CORRUPT,
  POLKU_STORE_ERROR_SCHEMA_TOO_NEW,
  POLKU_STORE_ERROR_BUSY,
  POLKU_STORE_ERROR_CONSTRAINT,
  POLKU_STORE_ERROR_IO,
  POLKU_STORE_ERROR_NOT_FOUND,
  POLKU_STORE_ERROR_INVALID,
} PolkuStoreError;

/* Polku's mark in the SQLite header ('POLK'), so that we never touch a database
 * written by another program. */
#define POLKU_STORE_APPLICATION_ID 0x504F4C4B

#define POLKU_STORE_N_BACKUPS 7

#define POLKU_TYPE_STORE (polku_store_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStore, polku_store, POLKU, STORE, GObject)

GQuark       polku_store_error_quark            (void);

char        *polku_store_default_path           (void);
PolkuStore  *polku_store_open                   (const char   *path,
                                                 GError      **error);
const char  *polku_store_get_path               (PolkuStore   *self);
int          polku_store_get_schema_version     (PolkuStore   *self);
int          polku_store_get_latest_version     (void);

gboolean     polku_store_begin                  (PolkuStore   *self,
                                                 GError      **error);
gboolean     polku_store_commit                 (PolkuStore   *self,
                                                 GError      **error);
void         polku_store_rollback               (PolkuStore   *self);
gboolean     polku_store_in_transaction         (PolkuStore   *self);

gboolean     polku_store_exec                   (PolkuStore   *self,
                                                 const char   *sql,
                                                 GError      **error);
gint64       polku_store_query_int              (PolkuStore   *self,
                                                 const char   *sql,
                                                 GError      **error);

gboolean     polku_store_log_change             (PolkuStore   *self,
                                                 const char   *kind,
                                                 const char   *subject,
                                                 const char   *detail,
                                                 GError      **error);

void         polku_store_emit_changed           (PolkuStore   *self,
                                                 const char   *area);

/* Backups: consistent copies taken with SQLite's backup API. */
char        *polku_store_get_backup_dir         (PolkuStore   *self);
GPtrArray   *polku_store_list_backups           (PolkuStore   *self,
                                                 GError      **error);
char        *polku_store_backup                 (PolkuStore   *self,
                                                 guint         keep,
                                                 GError      **error);
void         polku_store_backup_async           (PolkuStore          *self,
                                                 guint                keep,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
char        *polku_store_backup_finish          (PolkuStore   *self,
                                                 GAsyncResult *result,
                                                 GError      **error);
gboolean     polku_store_restore                (PolkuStore   *self,
                                                 const char   *backup_path,
                                                 GError      **error);

G_END_DECLS
