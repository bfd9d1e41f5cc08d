/* test-store.c: the database foundation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "polku-store.h"
#include "polku-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "polku.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Writes a database that SQLite accepts, with our mark and a given version. */
static void
write_raw_database (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_migrate_empty (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n;

  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  store = polku_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpint (polku_store_get_schema_version (store), ==, polku_store_get_latest_version ());
  g_assert_cmpint (polku_store_query_int (store, "PRAGMA application_id", NULL), ==, POLKU_STORE_APPLICATION_ID);
  g_assert_cmpstr (polku_store_get_path (store), ==, fixture->path);

  n = polku_store_query_int (store, "SELECT count(*) FROM polku_meta WHERE key = 'created'", &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 1);

  g_assert_cmpint (polku_store_query_int (store, "PRAGMA foreign_keys", NULL), ==, 1);
  g_assert_cmpint (polku_store_query_int (store, "PRAGMA secure_delete", NULL), ==, 1);

  /* journal_mode answers text; compare through SQL. */
  n = polku_store_query_int (store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode", &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 1);

  /* Opening again runs no step twice. */
  g_clear_object (&store);
  store = polku_store_open (fixture->path, &error);
  g_assert_no_error (error);
  n = polku_store_query_int (store, "SELECT count(*) FROM polku_meta WHERE key = 'created'", &error);
  g_assert_cmpint (n, ==, 1);
}

static void
test_empty_file_becomes_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  polku_test_write_file (fixture->path, "", 0);
  store = polku_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (polku_store_get_schema_version (store), ==, polku_store_get_latest_version ());
}

static void
test_modes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "deeper", "polku", "polku.db", NULL);
  g_autofree char *nested_dir = g_path_get_dirname (nested);
  g_autofree char *backup = NULL;
  g_autofree char *backup_dir = NULL;
  mode_t old_umask;

  /* A permissive umask must not leak into the files. */
  old_umask = umask (0);
  store = polku_store_open (nested, &error);
  umask (old_umask);
  g_assert_no_error (error);

  g_assert_cmpuint (polku_test_file_mode (nested), ==, 0600);
  g_assert_cmpuint (polku_test_file_mode (nested_dir), ==, 0700);

  backup = polku_store_backup (store, 7, &error);
  g_assert_no_error (error);
  backup_dir = polku_store_get_backup_dir (store);
  g_assert_cmpuint (polku_test_file_mode (backup), ==, 0600);
  g_assert_cmpuint (polku_test_file_mode (backup_dir), ==, 0700);
}

static void
test_default_path (void)
{
  g_autofree char *path = polku_store_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "polku", "polku.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
assert_refused (const char *path,
                GQuark      domain,
                int         code)
{
  g_autoptr(GBytes) before = polku_test_read_file (path);
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *basename = g_path_get_basename (path);

  store = polku_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, domain, code);
  /* The message names the file, so a person knows which one. */
  g_assert_nonnull (strstr (error->message, basename));

  polku_test_assert_same_bytes (before, path);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_text_file (Fixture       *fixture,
                       gconstpointer  data)
{
  polku_test_write_file (fixture->path, "Tämä on tekstitiedosto, ei tietokanta.\n", -1);
  assert_refused (fixture->path, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_short_file (Fixture       *fixture,
                        gconstpointer  data)
{
  polku_test_write_file (fixture->path, "SQLite", -1);
  assert_refused (fixture->path, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_newer_schema (Fixture       *fixture,
                          gconstpointer  data)
{
  write_raw_database (fixture->path,
                      "PRAGMA application_id = 1347374155;"
                      "PRAGMA user_version = 9999;"
                      "CREATE TABLE future (x);");
  assert_refused (fixture->path, POLKU_STORE_ERROR, POLKU_STORE_ERROR_SCHEMA_TOO_NEW);
}

static void
test_refuse_foreign_database (Fixture       *fixture,
                              gconstpointer  data)
{
  write_raw_database (fixture->path,
                      "CREATE TABLE contacts (name TEXT);"
                      "INSERT INTO contacts VALUES ('Matti');");
  assert_refused (fixture->path, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_corrupt (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *garbage = NULL;
  gsize size = 8192;

  /* A real header followed by noise, as a half-copied file would be. */
  garbage = g_malloc (size);
  for (gsize i = 0; i < size; i++)
    garbage[i] = (char) g_random_int_range (0, 256);
  memcpy (garbage, "SQLite format 3", 16);
  polku_test_write_file (fixture->path, garbage, size);

  {
    g_autoptr(GBytes) before = polku_test_read_file (fixture->path);
    g_autoptr(PolkuStore) store = NULL;
    g_autoptr(GError) error = NULL;

    store = polku_store_open (fixture->path, &error);
    g_assert_null (store);
    g_assert_true (g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CORRUPT) ||
                   g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE));
    polku_test_assert_same_bytes (before, fixture->path);
  }
}

static void
test_refuse_directory (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = polku_store_open (fixture->dir, &error);
  g_assert_null (store);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_foreign_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autoptr(GError) error = NULL;

  polku_store_exec (store,
                    "CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY);"
                    "CREATE TEMP TABLE child (id INTEGER PRIMARY KEY,"
                    "  parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);"
                    "INSERT INTO parent (id) VALUES (1);"
                    "INSERT INTO child (parent_id) VALUES (1);",
                    &error);
  g_assert_no_error (error);

  g_assert_false (polku_store_exec (store, "INSERT INTO child (parent_id) VALUES (42)", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  polku_store_exec (store, "DELETE FROM parent WHERE id = 1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM child", NULL), ==, 0);
}

static void
test_transactions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (polku_store_begin (store, &error));
  g_assert_true (polku_store_log_change (store, "test", "outer", NULL, &error));
  g_assert_true (polku_store_begin (store, &error));
  g_assert_true (polku_store_log_change (store, "test", "inner", NULL, &error));
  polku_store_rollback (store);
  g_assert_true (polku_store_in_transaction (store));
  g_assert_true (polku_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (polku_store_in_transaction (store));

  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE kind = 'test'", NULL), ==, 1);
  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE subject = 'inner'", NULL), ==, 0);

  g_assert_true (polku_store_begin (store, &error));
  g_assert_true (polku_store_log_change (store, "test", "lost", NULL, &error));
  polku_store_rollback (store);
  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE kind = 'test'", NULL), ==, 1);

  /* A bad statement reports an error and leaves no transaction open. */
  g_assert_false (polku_store_exec (store, "SELECT * FROM no_such_table", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_FAILED);
}

static void
test_backup_rotation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *first = NULL;
  guint signals = 0;

  g_signal_connect_swapped (store, "backups-changed", G_CALLBACK (count_cb), &signals);

  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *subject = g_strdup_printf ("edit %u", i);
      g_autofree char *path = NULL;

      g_assert_true (polku_store_log_change (store, "test", subject, NULL, &error));
      path = polku_store_backup (store, POLKU_STORE_N_BACKUPS, &error);
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      if (i == 0)
        first = g_strdup (path);
      g_free (newest);
      newest = g_strdup (path);
    }

  g_assert_cmpuint (signals, ==, 9);

  backups = polku_store_list_backups (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, POLKU_STORE_N_BACKUPS);
  g_assert_cmpstr (g_ptr_array_index (backups, backups->len - 1), ==, newest);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));

  /* The newest copy is complete, consistent and a Polku database of its own. */
  {
    g_autoptr(PolkuStore) copy = NULL;
    g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.db", NULL);
    g_autoptr(GBytes) bytes = polku_test_read_file (newest);

    polku_test_write_file (copy_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    copy = polku_store_open (copy_path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (polku_store_query_int (copy, "SELECT count(*) FROM change_log WHERE kind = 'test'", NULL), ==, 9);
    g_assert_cmpint (polku_store_query_int (copy, "PRAGMA integrity_check = 1", NULL), ==, 0);
  }
}

static void
backup_async_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = polku_store_backup_finish (POLKU_STORE (object), result, &error);
  g_assert_no_error (error);
}

static char *
backup_async_wait (PolkuStore *store)
{
  char *path = NULL;

  polku_store_backup_async (store, POLKU_STORE_N_BACKUPS, NULL, backup_async_cb, &path);
  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);

  return path;
}

static void
test_backup_async_skips_unchanged (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  first = backup_async_wait (store);
  second = backup_async_wait (store);
  /* Nothing changed in between: the start-up backup is not repeated. */
  g_assert_cmpstr (first, ==, second);

  g_usleep (20000);
  g_assert_true (polku_store_log_change (store, "test", "changed", NULL, NULL));
  third = backup_async_wait (store);
  g_assert_cmpstr (third, !=, first);

  backups = polku_store_list_backups (store, NULL);
  g_assert_cmpuint (backups->len, ==, 2);
}

/* Opening the database changes its files but not its content: the start-up
 * backup is taken again only after an edit. */
static void
test_backup_async_across_opens (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  {
    g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);

    first = backup_async_wait (store);
  }
  {
    g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);

    second = backup_async_wait (store);
    g_assert_cmpstr (first, ==, second);
    g_assert_true (polku_store_log_change (store, "test", "changed", NULL, NULL));
  }
  {
    g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);

    third = backup_async_wait (store);
    g_assert_cmpstr (third, !=, first);
    backups = polku_store_list_backups (store, NULL);
  }
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (backups, 1), ==, third);
}

/* A copy cut short (written under a temporary name) never counts as the
 * newest backup, and an old one is removed. */
static void
test_backup_unfinished_copy (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autofree char *backup_dir = polku_store_get_backup_dir (store);
  /* Named later than any real backup: it would be the newest if it counted. */
  g_autofree char *part = g_build_filename (backup_dir, "polku-99991231-235959-999999.db.part", NULL);
  g_autofree char *fresh_part = g_build_filename (backup_dir, "polku-99991231-235959-999998.db.part", NULL);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  struct utimbuf old = { 1000000000, 1000000000 };

  g_assert_cmpint (g_mkdir_with_parents (backup_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (part, "SQLite format 3", -1, &error));
  g_assert_true (g_file_set_contents (fresh_part, "SQLite format 3", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_utime (part, &old), ==, 0);

  path = backup_async_wait (store);
  g_assert_true (g_str_has_suffix (path, ".db"));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  /* One being written now (by another backup) is left alone. */
  g_assert_true (g_file_test (fresh_part, G_FILE_TEST_EXISTS));

  backups = polku_store_list_backups (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, path);
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  guint resets = 0;

  g_signal_connect_swapped (store, "reset", G_CALLBACK (count_cb), &resets);

  g_assert_true (polku_store_log_change (store, "test", "kept", NULL, &error));
  backup = polku_store_backup (store, POLKU_STORE_N_BACKUPS, &error);
  g_assert_no_error (error);
  g_assert_true (polku_store_log_change (store, "test", "undone", NULL, &error));

  g_assert_true (polku_store_restore (store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (resets, ==, 1);

  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE subject = 'kept'", NULL), ==, 1);
  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE subject = 'undone'", NULL), ==, 0);
  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE kind = 'restore'", NULL), ==, 1);
  g_assert_cmpint (polku_store_query_int (store, "PRAGMA foreign_keys", NULL), ==, 1);

  /* The state before the restore was kept as a backup of its own. */
  backups = polku_store_list_backups (store, NULL);
  g_assert_cmpuint (backups->len, ==, 2);

  /* And the database still works after it, on disk too. */
  g_clear_object (&store);
  store = polku_test_open_store (fixture->dir);
  g_assert_cmpint (polku_store_query_int (store, "SELECT count(*) FROM change_log WHERE subject = 'undone'", NULL), ==, 0);
}

static void
test_restore_refuses_bad_backup (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PolkuStore) store = polku_test_open_store (fixture->dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (polku_store_log_change (store, "test", "kept", NULL, &error));
  before = polku_test_dump (store);

  polku_test_write_file (bad, "not a database at all, just some text to make it long enough", -1);
  g_assert_false (polku_store_restore (store, bad, &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_assert_false (polku_store_restore (store, "/nonexistent/polku.db", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);

  after = polku_test_dump (store);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("migrate-empty", test_migrate_empty);
  ADD ("empty-file", test_empty_file_becomes_database);
  ADD ("modes", test_modes);
  ADD ("refuse/text-file", test_refuse_text_file);
  ADD ("refuse/short-file", test_refuse_short_file);
  ADD ("refuse/newer-schema", test_refuse_newer_schema);
  ADD ("refuse/foreign-database", test_refuse_foreign_database);
  ADD ("refuse/corrupt", test_refuse_corrupt);
  ADD ("refuse/directory", test_refuse_directory);
  ADD ("foreign-keys", test_foreign_keys);
  ADD ("transactions", test_transactions);
  ADD ("backup/rotation", test_backup_rotation);
  ADD ("backup/async-skips-unchanged", test_backup_async_skips_unchanged);
  ADD ("backup/async-across-opens", test_backup_async_across_opens);
  ADD ("backup/unfinished-copy", test_backup_unfinished_copy);
  ADD ("restore/ok", test_restore);
  ADD ("restore/refuses-bad", test_restore_refuses_bad_backup);
  g_test_add_func ("/store/default-path", test_default_path);

#undef ADD

  return g_test_run ();
}
