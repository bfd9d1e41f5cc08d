/* polku-store-backup.c: consistent copies with SQLite's backup API, and restore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "polku-store-private.h"

typedef struct
{
  char  *db_path;
  char  *backup_dir;
  char  *stem;
  guint  keep;
  gboolean only_if_changed;
} BackupJob;

static void
backup_job_free (gpointer data)
{
  BackupJob *job = data;

  g_free (job->db_path);
  g_free (job->backup_dir);
  g_free (job->stem);
  g_free (job);
}

static char *
backup_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Backups are named stem-YYYYMMDD-HHMMSS-µs.db, so name order is time order. */
static GPtrArray *
list_backups (const char  *backup_dir,
              const char  *stem,
              GError     **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  const char *name;

  dir = g_dir_open (backup_dir, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&paths);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
        g_ptr_array_add (paths, g_build_filename (backup_dir, name, NULL));
    }

  g_ptr_array_sort (paths, compare_strings);
  return g_steal_pointer (&paths);
}

/* A copy in progress is written under this suffix and renamed when it is
 * complete, so that a copy cut short (Polku quit, the machine stopped) never
 * counts as a backup. */
#define PART_SUFFIX ".part"

/* Copies cut short are removed once surely nobody writes them any more. */
#define STALE_PART_AGE (10 * 60 * G_USEC_PER_SEC)

static gint64
mtime_of (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;

  return (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
}

static void
remove_stale_parts (const char *backup_dir,
                    const char *stem)
{
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GDir) dir = g_dir_open (backup_dir, 0, NULL);
  gint64 now = g_get_real_time ();
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      /* stem-….db.part and SQLite's stem-….db.part-journal */
      if (!g_str_has_prefix (name, prefix) || strstr (name, ".db" PART_SUFFIX) == NULL)
        continue;

      path = g_build_filename (backup_dir, name, NULL);
      if (now - mtime_of (path) > STALE_PART_AGE && g_unlink (path) != 0)
        g_warning ("Could not remove the unfinished backup %s: %s", path, g_strerror (errno));
    }
}

static gboolean
append_query (sqlite3    *db,
              const char *sql,
              GString    *out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;

  ok = sqlite3_step (stmt) == SQLITE_ROW;
  for (int i = 0; ok && i < sqlite3_column_count (stmt); i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, i);

      g_string_append_printf (out, "%s,", text != NULL ? text : "-");
    }
  g_string_append_c (out, ';');
  sqlite3_finalize (stmt);
  return ok;
}

/* What the content looks like, cheaply: the schema's version and size and,
 * per table, the number of rows, the highest rowid and the latest updated_at.
 * An insert or a delete changes the first two (the change log and the
 * competence history grow with every logged or recorded edit), an edit of a
 * record with updated_at the third. File times cannot tell: every start-up
 * writes the write-ahead log, whether anything changed or not. (An edit that
 * touches none of these, say a renamed task, waits for the next one.)
 *
 * Returns: (nullable): the fingerprint; %NULL if it cannot be read (then the
 *   database counts as changed) */
static char *
content_fingerprint (sqlite3 *db)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rowid = g_array_new (FALSE, FALSE, sizeof (gboolean));
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Not the schema cookie: the backup API changes it in the copy. */
  if (!append_query (db, "PRAGMA user_version", out) ||
      !append_query (db, "SELECT count(*), total(length(sql)) FROM sqlite_schema", out))
    return NULL;

  if (sqlite3_prepare_v2 (db,
                          "SELECT name, sql NOT LIKE '%WITHOUT ROWID%' FROM sqlite_schema "
                          " WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                          " ORDER BY name",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean has_rowid = sqlite3_column_int (stmt, 1);

      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_array_append_val (rowid, has_rowid);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      char *sql = sqlite3_mprintf ("SELECT 1 FROM pragma_table_info(%Q) WHERE name = 'updated_at'", table);
      gboolean has_updated_at, ok;

      ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK;
      sqlite3_free (sql);
      if (!ok)
        return NULL;
      has_updated_at = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_finalize (stmt);

      sql = sqlite3_mprintf ("SELECT %Q, count(*), %s, %s FROM \"%w\"", table,
                             g_array_index (rowid, gboolean, i) ? "max(rowid)" : "NULL",
                             has_updated_at ? "max(updated_at)" : "NULL", table);
      ok = append_query (db, sql, out);
      sqlite3_free (sql);
      if (!ok)
        return NULL;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether the newest backup holds what the database holds now. */
static gboolean
same_content (sqlite3    *source,
              const char *backup_path)
{
  g_autofree char *now = content_fingerprint (source);
  g_autofree char *then = NULL;
  sqlite3 *backup = NULL;

  if (now == NULL)
    return FALSE;

  if (sqlite3_open_v2 (backup_path, &backup, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    then = content_fingerprint (backup);
  sqlite3_close_v2 (backup);

  return g_strcmp0 (now, then) == 0;
}

static gboolean
copy_database (sqlite3     *source,
               const char  *dest_path,
               GError     **error)
{
  g_autofree char *display = g_filename_display_name (dest_path);
  g_autofree char *part_path = g_strconcat (dest_path, PART_SUFFIX, NULL);
  sqlite3_backup *backup;
  sqlite3 *dest;
  gboolean is_new;
  int rc;

  g_unlink (part_path);
  if (!_polku_store_check_file (part_path, &is_new, error))
    return FALSE;

  dest = _polku_store_open_db (part_path, SQLITE_OPEN_READWRITE, error);
  if (dest == NULL)
    return FALSE;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      _polku_store_set_error (error, dest, sqlite3_errcode (dest), _("Taking a backup"));
      sqlite3_close_v2 (dest);
      g_unlink (part_path);
      return FALSE;
    }

  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10000);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      _polku_store_set_error (error, dest, rc, _("Taking a backup"));
      sqlite3_close_v2 (dest);
      g_unlink (part_path);
      return FALSE;
    }

  /* A backup is a single self-contained file, whatever journal the source uses. */
  sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  sqlite3_close_v2 (dest);
  g_chmod (part_path, 0600);

  /* Only a complete copy gets a backup's name. */
  if (g_rename (part_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (part_path);
      /* Translators: the first %s is the backup's file name, the second why it failed. */
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                   _("Cannot save the backup “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static char *
run_backup (sqlite3     *source,
            BackupJob   *job,
            GError     **error)
{
  g_autoptr(GPtrArray) existing = NULL;
  g_autofree char *path = NULL;

  if (g_mkdir_with_parents (job->backup_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (job->backup_dir);

      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                   _("Cannot create the backup folder “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }

  remove_stale_parts (job->backup_dir, job->stem);

  existing = list_backups (job->backup_dir, job->stem, error);
  if (existing == NULL)
    return NULL;

  if (job->only_if_changed && existing->len > 0)
    {
      const char *newest = g_ptr_array_index (existing, existing->len - 1);

      if (same_content (source, newest))
        return g_strdup (newest);
    }

  /* Microseconds in the name keep name order equal to time order. */
  do
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");

      g_free (path);
      path = g_strdup_printf ("%s/%s-%s.db", job->backup_dir, job->stem, stamp);
    }
  while (g_file_test (path, G_FILE_TEST_EXISTS));

  if (!copy_database (source, path, error))
    return NULL;

  g_ptr_array_add (existing, g_strdup (path));
  g_ptr_array_sort (existing, compare_strings);

  for (guint i = 0; i + job->keep < existing->len; i++)
    {
      const char *old = g_ptr_array_index (existing, i);

      if (g_unlink (old) != 0)
        g_warning ("Could not remove old backup %s: %s", old, g_strerror (errno));
    }

  return g_steal_pointer (&path);
}

static BackupJob *
backup_job_new (PolkuStore *self,
                guint       keep,
                gboolean    only_if_changed)
{
  BackupJob *job = g_new0 (BackupJob, 1);

  job->db_path = g_strdup (polku_store_get_path (self));
  job->backup_dir = polku_store_get_backup_dir (self);
  job->stem = backup_stem (job->db_path);
  job->keep = MAX (keep, 1);
  job->only_if_changed = only_if_changed;

  return job;
}

/* Public API */

char *
polku_store_get_backup_dir (PolkuStore *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  dir = g_path_get_dirname (polku_store_get_path (self));
  return g_build_filename (dir, "backups", NULL);
}

/**
 * polku_store_list_backups:
 *
 * Returns: (transfer full) (element-type filename): backup paths, oldest first
 */
GPtrArray *
polku_store_list_backups (PolkuStore  *self,
                          GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *stem = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  dir = polku_store_get_backup_dir (self);
  stem = backup_stem (polku_store_get_path (self));

  return list_backups (dir, stem, error);
}

/**
 * polku_store_backup:
 * @keep: how many backups to keep; older ones are removed
 *
 * Takes a consistent copy into `backups/` beside the database.
 *
 * Returns: (transfer full): the path of the new backup, or %NULL with @error set
 */
char *
polku_store_backup (PolkuStore  *self,
                    guint        keep,
                    GError     **error)
{
  BackupJob *job;
  char *path;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  job = backup_job_new (self, keep, FALSE);
  path = run_backup (_polku_store_get_db (self), job, error);
  backup_job_free (job);

  if (path != NULL)
    _polku_store_emit_backups_changed (self);

  return path;
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupJob *job = task_data;
  GError *error = NULL;
  sqlite3 *source;
  char *path;

  /* Our own read-only connection: SQLite connections stay on one thread each. */
  source = _polku_store_open_db (job->db_path, SQLITE_OPEN_READONLY, &error);
  if (source == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  path = run_backup (source, job, &error);
  sqlite3_close_v2 (source);

  if (path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

/**
 * polku_store_backup_async:
 *
 * Takes a backup in a worker thread, unless nothing changed since the newest one.
 */
void
polku_store_backup_async (PolkuStore          *self,
                          guint                keep,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (POLKU_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_store_backup_async);
  g_task_set_task_data (task, backup_job_new (self, keep, TRUE), backup_job_free);
  g_task_run_in_thread (task, backup_thread);
}

char *
polku_store_backup_finish (PolkuStore    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  char *path;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  path = g_task_propagate_pointer (G_TASK (result), error);
  if (path != NULL)
    _polku_store_emit_backups_changed (self);

  return path;
}

/**
 * polku_store_restore:
 * @backup_path: a backup taken by polku_store_backup()
 *
 * Replaces the whole content with the backup's, after taking a backup of the
 * current state so that the restore itself can be undone. Emits
 * #PolkuStore::reset on success.
 */
gboolean
polku_store_restore (PolkuStore  *self,
                     const char  *backup_path,
                     GError     **error)
{
  g_autofree char *safety = NULL;
  sqlite3_backup *backup;
  gboolean is_new = FALSE, is_empty = FALSE;
  int version = 0;
  sqlite3 *source;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (!polku_store_in_transaction (self), FALSE);

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (backup_path);

      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                   _("The backup “%s” does not exist."), display);
      return FALSE;
    }

  if (!_polku_store_check_file (backup_path, &is_new, error))
    return FALSE;

  source = _polku_store_open_db (backup_path, SQLITE_OPEN_READONLY, error);
  if (source == NULL)
    return FALSE;

  if (!_polku_store_inspect (source, backup_path, &version, &is_empty, error))
    {
      sqlite3_close_v2 (source);
      return FALSE;
    }

  safety = polku_store_backup (self, POLKU_STORE_N_BACKUPS + 1, error);
  if (safety == NULL)
    {
      sqlite3_close_v2 (source);
      return FALSE;
    }

  db = _polku_store_get_db (self);
  backup = sqlite3_backup_init (db, "main", source, "main");
  if (backup == NULL)
    {
      _polku_store_set_error (error, db, sqlite3_errcode (db), _("Restoring a backup"));
      sqlite3_close_v2 (source);
      return FALSE;
    }

  do
    rc = sqlite3_backup_step (backup, -1);
  while (rc == SQLITE_OK);
  sqlite3_backup_finish (backup);
  sqlite3_close_v2 (source);

  if (rc != SQLITE_DONE)
    {
      _polku_store_set_error (error, db, rc, _("Restoring a backup"));
      return FALSE;
    }

  /* An older backup comes back at its own schema version. */
  if (!_polku_store_migrate (self, error))
    return FALSE;

  {
    g_autofree char *name = g_path_get_basename (backup_path);

    if (!polku_store_log_change (self, "restore", name, NULL, error))
      return FALSE;
  }

  _polku_store_emit_reset (self);
  return TRUE;
}
