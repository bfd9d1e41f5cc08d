/* polku-test-workshop.c: shared fixture and helpers of the workshop store tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "polku-test-workshop.h"

void
ws_changed_cb (PolkuStore *store,
               const char *area,
               Fixture    *fixture)
{
  g_assert_cmpstr (area, ==, "workshop");
  fixture->n_changed++;
}

void
ws_fixture_setup (Fixture       *fixture,
                  gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
  fixture->store = polku_test_open_store (fixture->dir);
  g_signal_connect (fixture->store, "changed::workshop", G_CALLBACK (ws_changed_cb), fixture);
}

/* Importing is the slow part (seconds under the sanitizers): each peruste is
 * imported once into a template database that the tests start from a copy of. */
static GHashTable *templates;   /* relative data path → template directory */

const char *
ws_catalogue_template (const char *relative)
{
  g_autoptr(PolkuImportSummary) summary = NULL;
  g_autoptr(PolkuStore) store = NULL;
  char *dir;

  if (templates == NULL)
    templates = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  dir = g_hash_table_lookup (templates, relative);
  if (dir != NULL)
    return dir;

  dir = polku_test_make_tmpdir ();
  store = polku_test_open_store (dir);
  summary = ws_import (store, relative);
  /* The last connection closing folds the WAL into the file. */
  g_assert_finalize_object (g_steal_pointer (&store));
  g_hash_table_insert (templates, (gpointer) relative, dir);
  return dir;
}

void
ws_fixture_setup_catalogue (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *template = g_build_filename (ws_catalogue_template (data), "polku.db", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(GBytes) bytes = polku_test_read_file (template);

  fixture->dir = polku_test_make_tmpdir ();
  copy = g_build_filename (fixture->dir, "polku.db", NULL);
  polku_test_write_file (copy, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  fixture->store = polku_test_open_store (fixture->dir);
  g_signal_connect (fixture->store, "changed::workshop", G_CALLBACK (ws_changed_cb), fixture);
}

void
ws_remove_templates (void)
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

void
ws_fixture_teardown (Fixture       *fixture,
                     gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

PolkuImportSummary *
ws_import (PolkuStore *store,
           const char *relative)
{
  g_autofree char *path = polku_test_shared_data_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PolkuImportSummary *summary;

  summary = polku_eperusteet_import_file (store, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  return summary;
}

JsonNode *
ws_read_json (const char *relative)
{
  g_autofree char *path = polku_test_shared_data_path (relative);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

JsonObject *
ws_find_unit_json (JsonNode   *root,
                   const char *koodi_uri)
{
  JsonArray *units = json_object_get_array_member (json_node_get_object (root), "tutkinnonOsat");

  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *unit = json_array_get_object_element (units, i);

      if (json_object_has_member (unit, "koodiUri") &&
          g_strcmp0 (json_object_get_string_member_with_default (unit, "koodiUri", NULL), koodi_uri) == 0)
        return unit;
    }

  g_assert_not_reached ();
}

/* In the 2018 shape each requirement has one arvioinnin kohdealue carrying its
 * national code: the file's own count of the unit's requirements. */
GPtrArray *
ws_unit_codes_from_file (JsonNode   *root,
                         const char *koodi_uri)
{
  JsonObject *unit = ws_find_unit_json (root, koodi_uri);
  JsonArray *areas;
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  areas = json_object_get_array_member (json_object_get_object_member (unit, "arviointi"),
                                        "arvioinninKohdealueet");
  for (guint i = 0; i < json_array_get_length (areas); i++)
    {
      JsonObject *area = json_array_get_object_element (areas, i);
      JsonObject *koodi = json_object_get_object_member (area, "koodi");

      g_assert_nonnull (koodi);
      g_ptr_array_add (codes, g_strdup (json_object_get_string_member (koodi, "uri")));
    }

  return codes;
}

/* The unit's credits as the file's structure link (reformi) gives them. */
double
ws_unit_credits_from_file (JsonNode   *root,
                           const char *koodi_uri)
{
  JsonObject *unit = ws_find_unit_json (root, koodi_uri);
  g_autofree char *unit_id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (unit, "id"));
  JsonArray *ways = json_object_get_array_member (json_node_get_object (root), "suoritustavat");

  for (guint i = 0; i < json_array_get_length (ways); i++)
    {
      JsonObject *way = json_array_get_object_element (ways, i);
      JsonArray *links = json_object_get_array_member (way, "tutkinnonOsaViitteet");

      if (g_strcmp0 (json_object_get_string_member (way, "suoritustapakoodi"), "reformi") != 0)
        continue;

      for (guint j = 0; j < json_array_get_length (links); j++)
        {
          JsonObject *link = json_array_get_object_element (links, j);
          JsonNode *target = json_object_get_member (link, "_tutkinnonOsa");
          g_autofree char *target_id = NULL;

          if (json_node_get_value_type (target) == G_TYPE_STRING)
            target_id = g_strdup (json_node_get_string (target));
          else
            target_id = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (target));

          if (g_strcmp0 (target_id, unit_id) == 0)
            return json_object_get_double_member (link, "laajuus");
        }
    }

  g_assert_not_reached ();
}


gint64
ws_query_id (PolkuStore *store,
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
ws_peruste_id_of (PolkuStore *store,
                  const char *diaarinumero)
{
  return ws_query_id (store, "SELECT peruste_id FROM peruste WHERE diaarinumero = '%s'", diaarinumero);
}

gint64
ws_unit_id_of (PolkuStore *store,
               const char *diaarinumero,
               const char *koodi_uri)
{
  return ws_query_id (store,
                   "SELECT u.unit_id FROM unit u JOIN peruste p USING (peruste_id) "
                   "WHERE p.diaarinumero = '%s' AND u.koodi_uri = '%s'",
                   diaarinumero, koodi_uri);
}

gint64
ws_requirement_id_of (PolkuStore *store,
                      const char *diaarinumero,
                      const char *koodi_uri)
{
  return ws_query_id (store,
                   "SELECT r.requirement_id FROM requirement r JOIN unit u USING (unit_id) "
                   "JOIN peruste p USING (peruste_id) "
                   "WHERE p.diaarinumero = '%s' AND r.koodi_uri = '%s' AND r.osa_alue_id IS NULL",
                   diaarinumero, koodi_uri);
}

gint64
ws_add_workshop (PolkuStore *store,
                 const char *name)
{
  PolkuWorkshopRecord record = { .name = (char *) name };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = polku_store_add_workshop (store, &record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
ws_add_task (PolkuStore *store,
             gint64      workshop_id,
             const char *title)
{
  PolkuTaskRecord record = { .workshop_id = workshop_id, .title = (char *) title, .active = TRUE };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = polku_store_add_task (store, &record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
ws_map (PolkuStore *store,
        gint64      task_id,
        gint64      requirement_id)
{
  g_autoptr(GError) error = NULL;

  polku_store_map_requirement (store, task_id, requirement_id, NULL, &error);
  g_assert_no_error (error);
}

char *
ws_task_titles (GPtrArray *tasks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tasks->len; i++)
    {
      PolkuTaskRecord *task = g_ptr_array_index (tasks, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", task->title);
    }

  return g_string_free (out, FALSE);
}

char *
ws_list_task_titles (PolkuStore *store,
                     gint64      workshop_id)
{
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GError) error = NULL;

  tasks = polku_store_list_tasks (store, workshop_id, TRUE, &error);
  g_assert_no_error (error);
  return ws_task_titles (tasks);
}

GDate *
ws_date_new (const char *iso)
{
  GDate *date = g_date_new ();

  g_assert_true (polku_date_parse_iso (iso, date));
  return date;
}

/* Direct and code mappings together. */
gint64
ws_count_mappings (PolkuStore *store)
{
  return ws_query_id (store, "SELECT (SELECT count(*) FROM task_requirement) + "
                             "(SELECT count(*) FROM task_code) + (SELECT count(*) FROM workshop_unit)");
}
