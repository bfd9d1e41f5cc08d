/* polku-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "polku-test-utils.h"

char *
polku_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir;

  dir = g_dir_make_tmp ("polku-test-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

void
polku_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          polku_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Tests read the national data where the project keeps it, beside the checkout. */
char *
polku_test_shared_data_path (const char *relative)
{
  const char *root = g_getenv ("POLKU_SHARED_DATA");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

GBytes *
polku_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
polku_test_write_file (const char *path,
                       const char *contents,
                       gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

void
polku_test_assert_same_bytes (GBytes     *before,
                              const char *path)
{
  g_autoptr(GBytes) after = polku_test_read_file (path);

  g_assert_cmpuint (g_bytes_get_size (before), ==, g_bytes_get_size (after));
  g_assert_true (g_bytes_equal (before, after));
}

guint
polku_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

PolkuStore *
polku_test_open_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "polku.db", NULL);
  PolkuStore *store;

  store = polku_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

PolkuContext *
polku_test_context_new (PolkuStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.polku.Polku");

  return polku_context_new (store, settings);
}

static int
dump_row (void  *data,
          int    n_columns,
          char **values,
          char **names)
{
  GString *out = data;

  for (int i = 0; i < n_columns; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "", values[i] ? values[i] : "NULL");
  g_string_append_c (out, '\n');
  return 0;
}

/* Every row of every table, in a stable order: compared before and after a
 * failed operation to prove that it changed nothing. */
char *
polku_test_dump (PolkuStore *store)
{
  g_autofree char *path = g_strdup (polku_store_get_path (store));
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      g_autofree char *sql = NULL;

      /* FTS shadow tables mirror their content table; comparing that one is enough. */
      if (strstr (table, "_fts_") != NULL)
        continue;

      g_string_append_printf (out, "== %s\n", table);
      sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", table);
      if (sqlite3_exec (db, sql, dump_row, out, NULL) != SQLITE_OK)
        {
          g_free (sql);
          sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
          g_assert_cmpint (sqlite3_exec (db, sql, dump_row, out, NULL), ==, SQLITE_OK);
        }
    }

  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* For display tests: private user dirs, but the system's XDG_DATA_DIRS stay, since
 * GTK finds icons and MIME types there (G_TEST_OPTION_ISOLATE_DIRS hides them). */
char *
polku_test_isolate_user_dirs (void)
{
  char *dir = polku_test_make_tmpdir ();
  const char *names[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_mkdir_with_parents (path, 0700);
      g_setenv (names[i], path, TRUE);
    }

  return dir;
}
