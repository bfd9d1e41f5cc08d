/* polku-test-learners.c: shared fixture and helpers of the learner tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-test-learners.h"

static GHashTable *templates;   /* set name → template dir */

static void
changed_cb (PolkuStore *store,
            const char *area,
            Fixture    *fixture)
{
  g_assert_cmpstr (area, ==, "learners");
  fixture->n_changed++;
}

void
lt_import (PolkuStore *store,
           const char *relative)
{
  g_autofree char *path = polku_test_shared_data_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PolkuImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = polku_eperusteet_import_file (store, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
}

static const char *
template_for (const char *set)
{
  static const char * const puu[] = { LT_PUUTEOLLISUUS, NULL };
  static const char * const demo[] = { LT_PUUTEOLLISUUS, LT_AJONEUVO, NULL };
  static const char * const all[] = { LT_PUUTEOLLISUUS, LT_AJONEUVO, LT_LIIKETALOUS, LT_LUONTO, LT_PUUTARHA,
                                      LT_TUVA, LT_TELMA, LT_YTO, NULL };
  static const char * const none[] = { NULL };
  g_autoptr(PolkuStore) store = NULL;
  const char * const *files;
  char *dir;

  if (templates == NULL)
    templates = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  dir = g_hash_table_lookup (templates, set);
  if (dir != NULL)
    return dir;

  if (g_str_equal (set, LT_SET_PUU))
    files = puu;
  else if (g_str_equal (set, LT_SET_DEMO))
    files = demo;
  else if (g_str_equal (set, LT_SET_ALL))
    files = all;
  else
    files = none;

  dir = polku_test_make_tmpdir ();
  store = polku_test_open_store (dir);
  for (guint i = 0; files[i] != NULL; i++)
    lt_import (store, files[i]);
  /* The last connection closing folds the WAL into the file. */
  g_assert_finalize_object (g_steal_pointer (&store));
  g_hash_table_insert (templates, (gpointer) set, dir);
  return dir;
}

void
lt_fixture_setup_catalogue (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *template = g_build_filename (template_for (data != NULL ? data : LT_SET_EMPTY),
                                                "polku.db", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(GBytes) bytes = polku_test_read_file (template);

  fixture->dir = polku_test_make_tmpdir ();
  copy = g_build_filename (fixture->dir, "polku.db", NULL);
  polku_test_write_file (copy, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  fixture->store = polku_test_open_store (fixture->dir);
  fixture->n_changed = 0;
  g_signal_connect (fixture->store, "changed::learners", G_CALLBACK (changed_cb), fixture);
}

void
lt_fixture_teardown (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

void
lt_remove_templates (void)
{
  GHashTableIter iter;
  gpointer dir;

  if (templates == NULL)
    return;

  g_hash_table_iter_init (&iter, templates);
  while (g_hash_table_iter_next (&iter, NULL, &dir))
    polku_test_remove_tree (dir);
  g_clear_pointer (&templates, g_hash_table_unref);
}

gint64
lt_query_id (PolkuStore *store,
             const char *format,
             ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  va_list args;
  gint64 id;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  id = polku_store_query_int (store, sql, &error);
  g_assert_no_error (error);
  return id;
}

gint64
lt_learner_by_last_name (PolkuStore *store,
                         const char *last_name)
{
  gint64 id = lt_query_id (store, "SELECT ifnull ((SELECT learner_id FROM learner WHERE last_name = '%s'), 0)",
                           last_name);

  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
lt_peruste_id (PolkuStore *store,
               const char *diaarinumero)
{
  gint64 id = lt_query_id (store, "SELECT ifnull ((SELECT peruste_id FROM peruste WHERE diaarinumero = '%s'), 0)",
                           diaarinumero);

  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
lt_unit_id (PolkuStore *store,
            const char *diaarinumero,
            const char *koodi_uri)
{
  gint64 id = lt_query_id (store,
                           "SELECT ifnull ((SELECT u.unit_id FROM unit u JOIN peruste p USING (peruste_id) "
                           "WHERE p.diaarinumero = '%s' AND u.koodi_uri = '%s'), 0)",
                           diaarinumero, koodi_uri);

  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
lt_add_learner (PolkuStore *store,
                const char *first_names,
                const char *last_name)
{
  PolkuLearnerRecord record = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 id;

  record.first_names = (char *) first_names;
  record.last_name = (char *) last_name;
  id = polku_store_add_learner (store, &record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

GArray *
lt_requirement_ids (PolkuStore *store,
                    gint64      unit_id)
{
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  requirements = polku_store_catalogue_list_requirements (store, unit_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < requirements->len; i++)
    g_array_append_val (ids, ((PolkuRequirementRecord *) g_ptr_array_index (requirements, i))->requirement_id);

  return ids;
}

GBytes *
lt_read_bytes_or_empty (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_bytes_new (NULL, 0);

  return g_bytes_new_take (contents, length);
}

gboolean
lt_bytes_contain (GBytes     *bytes,
                  const char *needle)
{
  gsize size = 0, length = strlen (needle);
  const guint8 *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; data != NULL && length > 0 && i + length <= size; i++)
    if (data[i] == (guint8) needle[0] && memcmp (data + i, needle, length) == 0)
      return TRUE;

  return FALSE;
}
