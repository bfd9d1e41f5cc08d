/* polku-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "polku-store-private.h"

struct _PolkuStore
{
  GObject     parent_instance;

  /* Owned */
  char       *path;
  sqlite3    *db;
  GHashTable *statements;

  guint       transaction_depth;
};

G_DEFINE_FINAL_TYPE (PolkuStore, polku_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (polku-store-error-quark, polku_store_error)

enum {
  RESET,
  BACKUPS_CHANGED,
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char sqlite_magic[16] = "SQLite format 3";

/* Auxiliary methods */

void
_polku_store_set_error (GError     **error,
                        sqlite3     *db,
                        int          rc,
                        const char  *what)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      code = POLKU_STORE_ERROR_NOT_A_DATABASE;
      break;
    case SQLITE_CORRUPT:
      code = POLKU_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = POLKU_STORE_ERROR_BUSY;
      break;
    case SQLITE_CONSTRAINT:
      code = POLKU_STORE_ERROR_CONSTRAINT;
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = POLKU_STORE_ERROR_IO;
      break;
    default:
      code = POLKU_STORE_ERROR_FAILED;
      break;
    }

  /* Translators: the first %s says what was being done, the second is SQLite's own message. */
  g_set_error (error, POLKU_STORE_ERROR, code, _("%s failed: %s"), what, message);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  char *errmsg = NULL;
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, &errmsg);
  if (rc != SQLITE_OK)
    {
      _polku_store_set_error (error, db, rc, _("Running a database command"));
      sqlite3_free (errmsg);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *out_value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *out_value = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }

  _polku_store_set_error (error, db, rc, _("Reading the database"));
  sqlite3_finalize (stmt);
  return FALSE;
}

/* Creates the file ourselves so that its mode is 0600 whatever the umask, and
 * refuses anything that is not an SQLite file before SQLite can write to it. */
gboolean
_polku_store_check_file (const char  *path,
                         gboolean    *out_is_new,
                         GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *display = g_filename_display_name (path);
  char header[16];
  GStatBuf st;
  ssize_t n;
  int fd;

  *out_is_new = FALSE;

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT)
        {
          int saved_errno = errno;
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                       _("Cannot open “%s”: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }

      dir = g_path_get_dirname (path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                       _("Cannot create the folder for “%s”: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }

      fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved_errno = errno;
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                       _("Cannot create “%s”: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      /* Another process may have a different umask; the mode must not depend on it. */
      if (fchmod (fd, 0600) != 0)
        g_warning ("Could not set the mode of %s: %s", path, g_strerror (errno));
      close (fd);

      *out_is_new = TRUE;
      return TRUE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a file, so it cannot be a Polku database."), display);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      /* An empty file holds nothing to lose: it becomes a new database. */
      *out_is_new = TRUE;
      return TRUE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                   _("Cannot open “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n != (ssize_t) sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Polku database. It was left as it was."), display);
      return FALSE;
    }

  return TRUE;
}

sqlite3 *
_polku_store_open_db (const char  *path,
                      int          flags,
                      GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      _polku_store_set_error (error, db, rc, _("Opening the database"));
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* Only reads, so that a file we refuse stays byte for byte as it was. */
gboolean
_polku_store_inspect (sqlite3     *db,
                      const char  *path,
                      int         *out_version,
                      gboolean    *out_is_empty,
                      GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) local_error = NULL;
  gint64 app_id = 0, version = 0, n_objects = 0;

  if (!query_int (db, "PRAGMA application_id", &app_id, &local_error) ||
      !query_int (db, "PRAGMA user_version", &version, &local_error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, &local_error))
    {
      if (g_error_matches (local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE))
        g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE,
                     _("“%s” is not a Polku database. It was left as it was."), display);
      else if (g_error_matches (local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CORRUPT))
        g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CORRUPT,
                     _("The database “%s” is damaged. It was left as it was; restore a backup from Preferences or open another database."),
                     display);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_is_empty = (app_id == 0 && version == 0 && n_objects == 0);
  *out_version = (int) version;

  if (*out_is_empty)
    return TRUE;

  if (app_id != POLKU_STORE_APPLICATION_ID)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is a database of another program, not of Polku. It was left as it was."),
                   display);
      return FALSE;
    }

  if (version > polku_store_get_latest_version ())
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was written by a newer version of Polku (database version %d; this version knows up to %d). Update Polku to open it. The file was left as it was."),
                   display, (int) version, polku_store_get_latest_version ());
      return FALSE;
    }

  return TRUE;
}

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

/* GObject overrides */

static void
polku_store_finalize (GObject *object)
{
  PolkuStore *self = (PolkuStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* Leaves the -wal and -shm files out of the folder when we were the last user. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (polku_store_parent_class)->finalize (object);
}

static void
polku_store_class_init (PolkuStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_store_finalize;

  /**
   * PolkuStore::reset:
   *
   * The whole content changed under every model (a backup was restored):
   * reload everything.
   */
  signals [RESET] =
    g_signal_new ("reset",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PolkuStore::backups-changed:
   *
   * A backup was taken or removed.
   */
  signals [BACKUPS_CHANGED] =
    g_signal_new ("backups-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * PolkuStore::changed:
   * @area: what changed, e.g. "catalogue"; also the signal's detail
   *
   * Emitted after a committed change, so that models over that area reload.
   * Connect to "changed::catalogue" for one area only.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
polku_store_init (PolkuStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
}

/* Private API */

sqlite3 *
_polku_store_get_db (PolkuStore *self)
{
  g_assert (POLKU_IS_STORE (self));

  return self->db;
}

/* Statements are cached for the store's lifetime; the caller resets one when done. */
sqlite3_stmt *
_polku_store_prepare (PolkuStore  *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (POLKU_IS_STORE (self));

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _polku_store_set_error (error, self->db, rc, _("Preparing a database query"));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_polku_store_step_done (PolkuStore    *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _polku_store_set_error (error, self->db, rc, _("Writing to the database"));
      return FALSE;
    }

  return TRUE;
}

/* Public API */

char *
polku_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "polku", "polku.db", NULL);
}

int
polku_store_get_latest_version (void)
{
  return _polku_store_migrations[_polku_store_n_migrations - 1].version;
}

/**
 * polku_store_open:
 * @path: the database file; created (mode 0600, folder 0700) when missing
 * @error: a location for a #GError
 *
 * Opens a Polku database and brings its schema up to date. A file that is not
 * a Polku database, is damaged or was written by a newer Polku is refused and
 * left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
PolkuStore *
polku_store_open (const char  *path,
                  GError     **error)
{
  g_autoptr(PolkuStore) self = NULL;
  gboolean is_new = FALSE;
  gboolean is_empty = FALSE;
  int version = 0;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_polku_store_check_file (path, &is_new, error))
    return NULL;

  db = _polku_store_open_db (path, SQLITE_OPEN_READWRITE, error);
  if (db == NULL)
    return NULL;

  if (!_polku_store_inspect (db, path, &version, &is_empty, error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }

  self = g_object_new (POLKU_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = db;

  /* WAL keeps readers (backups, exports) off the writer's back; FULL sync makes a
   * committed edit survive a crash; secure_delete makes an erasure real. */
  if (!exec_sql (db,
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = FULL;"
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA secure_delete = ON;"
                 "PRAGMA temp_store = MEMORY;",
                 error))
    return NULL;

  if (!_polku_store_migrate (self, error))
    return NULL;

  if (is_new || is_empty)
    g_chmod (path, 0600);

  return g_steal_pointer (&self);
}

const char *
polku_store_get_path (PolkuStore *self)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return self->path;
}

int
polku_store_get_schema_version (PolkuStore *self)
{
  gint64 version = -1;

  g_return_val_if_fail (POLKU_IS_STORE (self), -1);

  if (!query_int (self->db, "PRAGMA user_version", &version, NULL))
    return -1;

  return (int) version;
}

gboolean
polku_store_exec (PolkuStore  *self,
                  const char  *sql,
                  GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  return exec_sql (self->db, sql, error);
}

/**
 * polku_store_query_int:
 *
 * Returns: the first column of the first row, or -1 with @error set
 */
gint64
polku_store_query_int (PolkuStore  *self,
                       const char  *sql,
                       GError     **error)
{
  gint64 value = -1;

  g_return_val_if_fail (POLKU_IS_STORE (self), -1);

  if (!query_int (self->db, sql, &value, error))
    return -1;

  return value;
}

/* Nested calls become savepoints so that a model operation can wrap smaller ones. */
gboolean
polku_store_begin (PolkuStore  *self,
                   GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (self->transaction_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT polku_%u", self->transaction_depth);

  if (!exec_sql (self->db, sql, error))
    return FALSE;

  self->transaction_depth++;
  return TRUE;
}

gboolean
polku_store_commit (PolkuStore  *self,
                    GError     **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE polku_%u", self->transaction_depth - 1);

  if (!exec_sql (self->db, sql, error))
    {
      polku_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth--;
  return TRUE;
}

void
polku_store_rollback (PolkuStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (POLKU_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO polku_%u; RELEASE polku_%u",
                           self->transaction_depth - 1, self->transaction_depth - 1);

  /* Cached statements may hold read cursors that block a rollback. */
  if (self->transaction_depth == 1)
    {
      GHashTableIter iter;
      gpointer stmt;

      g_hash_table_iter_init (&iter, self->statements);
      while (g_hash_table_iter_next (&iter, NULL, &stmt))
        sqlite3_reset (stmt);
    }

  if (!exec_sql (self->db, sql, NULL))
    g_warning ("Rollback failed: %s", sqlite3_errmsg (self->db));

  self->transaction_depth--;
}

gboolean
polku_store_in_transaction (PolkuStore *self)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return self->transaction_depth > 0;
}

gboolean
polku_store_log_change (PolkuStore  *self,
                        const char  *kind,
                        const char  *subject,
                        const char  *detail,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  stmt = _polku_store_prepare (self,
                               "INSERT INTO change_log (kind, subject, detail) VALUES (?1, ?2, ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, kind);
  _polku_bind_text (stmt, 2, subject);
  _polku_bind_text (stmt, 3, detail);

  return _polku_store_step_done (self, stmt, error);
}

void
_polku_store_emit_reset (PolkuStore *self)
{
  g_signal_emit (self, signals [RESET], 0);
}

void
_polku_store_emit_backups_changed (PolkuStore *self)
{
  g_signal_emit (self, signals [BACKUPS_CHANGED], 0);
}

/**
 * polku_store_emit_changed:
 * @area: the area that changed ("catalogue", "workshop", ...)
 *
 * Tells the models over @area to reload; call after the commit.
 */
void
polku_store_emit_changed (PolkuStore *self,
                          const char *area)
{
  g_return_if_fail (POLKU_IS_STORE (self));
  g_return_if_fail (area != NULL);

  g_signal_emit (self, signals [CHANGED], g_quark_from_string (area), area);
}
