/* polku-bench.c: the benchmarks of issue 8, each measuring Polku and its floor
 * in the same run (several runs, median) and printing both and their ratio as
 * RESULT lines for tests/bench/run:
 *
 *   startup  time from process start to the main window's first frame, large
 *            database vs. empty database (needs a display)
 *   memory   peak resident memory with the learner list shown, large vs. empty
 *            (needs a display)
 *   review   the same with the Review page shown
 *   search   per keystroke: the learner list filter and the catalogue search
 *            model vs. the bare SQL query on the same database
 *   import   the shared ePerusteet files through the importer vs. json-glib's
 *            bare parse of the same files
 *   pdf      the learning environment report of the largest workshop: ms per
 *            page vs. plain Pango text on the same number of PDF pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-bench"

#include "config.h"

#include <cairo-pdf.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "polku-bench-common.h"
#include "polku-context.h"
#include "polku-documents.h"
#include "polku-eperusteet.h"
#include "polku-learner-list.h"
#include "polku-pdf-export.h"
#include "polku-print-layout.h"
#include "polku-search-model.h"
#include "polku-store-catalogue-search.h"
#include "polku-store-workshop.h"

static int       runs = 5;
static char     *large_db;
static char     *empty_db;
static char     *polku_exe;
static char     *work_dir;

/* A private temporary directory, removed at exit. */
static const char *
tmp_dir (void)
{
  if (work_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      work_dir = g_dir_make_tmp ("polku-bench-XXXXXX", &error);
      g_assert_no_error (error);
    }
  return work_dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static PolkuStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PolkuStore *store = polku_store_open (path, &error);

  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  return store;
}

/* An empty database next to the large one, for the floors. */
static const char *
get_empty_db (void)
{
  if (empty_db == NULL)
    {
      g_autoptr(PolkuStore) store = NULL;
      g_autofree char *dir = g_build_filename (tmp_dir (), "empty", NULL);

      empty_db = g_build_filename (dir, "polku.db", NULL);
      g_mkdir_with_parents (dir, 0700);
      store = open_store (empty_db);
    }
  return empty_db;
}

/* Start-up and memory: Polku in a child process with the first-frame hook */

typedef struct
{
  double  first_frame_ms;
  double  cpu_ms;          /* the main thread's CPU time until then */
  guint64 peak_kib;
} ChildResult;

/* A runaway child must not take the machine down with it. */
#ifdef __SANITIZE_ADDRESS__
#define CHILD_TIMEOUT_S   300
#else
#define CHILD_TIMEOUT_S   60
#endif
#define CHILD_MEMORY_GIB  6

static void
limit_child (gpointer user_data)
{
#ifndef __SANITIZE_ADDRESS__
  /* (AddressSanitizer reserves terabytes of address space for its shadow.) */
  struct rlimit limit = { (rlim_t) CHILD_MEMORY_GIB << 30, (rlim_t) CHILD_MEMORY_GIB << 30 };

  setrlimit (RLIMIT_AS, &limit);
#endif
}

typedef struct
{
  GMainLoop   *loop;
  GSubprocess *child;
  char        *out;
  GError      *error;
  guint        timeout;
} Wait;

static void
communicated_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Wait *wait = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &wait->out, NULL, &wait->error);
  g_main_loop_quit (wait->loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  Wait *wait = user_data;

  wait->timeout = 0;
  g_subprocess_force_exit (wait->child);
  return G_SOURCE_REMOVE;
}

static gboolean
run_polku (const char  *database,
           const char  *mode,
           ChildResult *result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *config = g_build_filename (tmp_dir (), "config", NULL);
  g_autofree char *settings_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  Wait wait = { 0 };
  const char *line;
  gint64 t0;

  /* Settings in a key file of our own: the welcome assistant already shown,
   * the same window size for both databases. */
  g_mkdir_with_parents (settings_dir, 0700);
  g_file_set_contents (keyfile, "[io/github/polku/Polku]\nwelcome-shown=true\n", -1, NULL);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "POLKU_BENCH_FIRST_FRAME", mode, TRUE);
  g_subprocess_launcher_setenv (launcher, "POLKU_NON_UNIQUE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", FALSE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_subprocess_launcher_unsetenv (launcher, "MALLOC_CHECK_");
  g_subprocess_launcher_set_child_setup (launcher, limit_child, NULL, NULL);

  t0 = g_get_monotonic_time ();
  child = g_subprocess_launcher_spawn (launcher, &error, polku_exe, "--database", database, NULL);
  if (child == NULL)
    {
      g_printerr ("polku-bench: %s\n", error->message);
      return FALSE;
    }

  wait.loop = g_main_loop_new (NULL, FALSE);
  wait.child = child;
  wait.timeout = g_timeout_add_seconds (CHILD_TIMEOUT_S, timeout_cb, &wait);
  g_subprocess_communicate_utf8_async (child, NULL, NULL, communicated_cb, &wait);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  if (wait.timeout != 0)
    g_source_remove (wait.timeout);
  g_clear_error (&wait.error);

  if ((line = strstr (wait.out != NULL ? wait.out : "", "polku-bench-first-frame ")) == NULL)
    {
      g_printerr ("polku-bench: no first frame from %s on %s within %d s and %d GiB (%s)\n", polku_exe, database,
                  CHILD_TIMEOUT_S, CHILD_MEMORY_GIB,
                  g_subprocess_get_if_signaled (child) ? g_strsignal (g_subprocess_get_term_sig (child)) : "exited");
      g_free (wait.out);
      return FALSE;
    }

  {
    char *end = NULL;

    result->first_frame_ms = (g_ascii_strtoll (line + strlen ("polku-bench-first-frame "), &end, 10) - t0) / 1000.0;
    result->cpu_ms = g_ascii_strtoll (end, NULL, 10) / 1000.0;
  }
  line = strstr (wait.out, "polku-bench-memory ");
  result->peak_kib = line != NULL ? g_ascii_strtoull (line + strlen ("polku-bench-memory "), NULL, 10) : 0;
  g_free (wait.out);
  return TRUE;
}

static gboolean
have_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

static int
bench_startup_or_memory (gboolean    memory,
                         const char *section)
{
  g_autoptr(GArray) large = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) large_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) empty_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) large_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) empty_wall = g_array_new (FALSE, FALSE, sizeof (double));
  const char *mode = memory ? section : "1";
  g_autofree char *memory_name = g_strdup_printf ("memory (peak RSS, %s page)", section);
  ChildResult r;

  if (!have_display ())
    {
      g_print ("SKIP %s: no display (run under xvfb-run)\n", memory ? "memory" : "startup");
      return 0;
    }
  if (polku_exe == NULL || large_db == NULL)
    {
      g_printerr ("polku-bench: give --polku EXE and --database FILE\n");
      return 2;
    }

  /* Warm-up (page cache, font cache), then alternate; a single run (the
   * smoke test) only checks that it works. */
  if (runs > 1 && (!run_polku (large_db, mode, &r) || !run_polku (get_empty_db (), mode, &r)))
    goto failed;
  for (int i = 0; i < runs; i++)
    {
      double v;

      if (!run_polku (large_db, mode, &r))
        goto failed;
      v = memory ? r.peak_kib / 1024.0 : r.first_frame_ms;
      g_array_append_val (large, v);
      g_array_append_val (large_cpu, r.cpu_ms);
      g_array_append_val (large_wall, r.first_frame_ms);
      if (!run_polku (get_empty_db (), mode, &r))
        goto failed;
      v = memory ? r.peak_kib / 1024.0 : r.first_frame_ms;
      g_array_append_val (empty, v);
      g_array_append_val (empty_cpu, r.cpu_ms);
      g_array_append_val (empty_wall, r.first_frame_ms);
    }

  if (memory)
    {
      g_autofree char *note = g_strdup_printf ("+%.1f MiB; first frame %.0f vs %.0f ms",
                                               polku_bench_median (large) - polku_bench_median (empty),
                                               polku_bench_median (large_wall), polku_bench_median (empty_wall));

      polku_bench_result (memory_name, polku_bench_median (large), polku_bench_median (empty),
                          "MiB", "≤ +50 MiB", note);
    }
  else
    {
      polku_bench_result ("start-up to first frame (wall)", polku_bench_median (large), polku_bench_median (empty),
                          "ms", "≤ 1.25×", NULL);
      polku_bench_result ("start-up to first frame (main-thread CPU)", polku_bench_median (large_cpu),
                          polku_bench_median (empty_cpu), "ms", "≤ 1.25×", "steadier on a busy machine");
    }
  return 0;

failed:
  polku_bench_result (memory ? memory_name : "start-up to first frame (wall)", NAN, NAN,
                      memory ? "MiB" : "ms", memory ? "≤ +50 MiB" : "≤ 1.25×", "FAILED: no first frame (see stderr)");
  return 1;
}

/* Search and filter, per keystroke */

static const char * const learner_queries[] = { "korhonen", "aino vir", "eli", "mäkelä" };
static const char * const catalogue_queries[] = { "turvallisesti", "asiakaspalvelu", "työkoneiden huolto", "puu" };

static gint64
bare_learner_filter (sqlite3    *db,
                     const char *prefix)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", prefix);
  gint64 n = 0;

  sqlite3_prepare_v2 (db,
                      "SELECT learner_id, first_names, last_name FROM learner WHERE archived = 0 AND "
                      "(first_names || ' ' || last_name) LIKE ?1",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n++;
  sqlite3_finalize (stmt);
  return n;
}

static gint64
bare_catalogue_search (sqlite3    *db,
                       const char *prefix)
{
  g_autofree char *match = polku_catalogue_search_build_match (prefix);
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  if (match == NULL)
    return 0;
  sqlite3_prepare_v2 (db, "SELECT kind, ref, rowid FROM catalogue_fts WHERE catalogue_fts MATCH ?1",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    n++;
  sqlite3_finalize (stmt);
  return n;
}

static void
report_keystrokes (const char *name,
                   GArray     *polku,
                   GArray     *floor)
{
  g_autofree char *title = g_strdup_printf ("%s, p95 per keystroke", name);
  g_autofree char *note = g_strdup_printf ("median %.2f ms vs %.2f ms, %u keystrokes", polku_bench_median (polku),
                                           polku_bench_median (floor), polku->len);

  polku_bench_result (title, polku_bench_percentile (polku, 95), polku_bench_percentile (floor, 95), "ms",
                      "p95 ≤ 16 ms", note);
}

static int
bench_search (void)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(PolkuContext) context = NULL;
  g_autoptr(PolkuLearnerList) learners = NULL;
  g_autoptr(PolkuSearchModel) search = NULL;
  g_autoptr(GArray) learner_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) learner_floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) learner_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) learner_floor_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_floor_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  sqlite3 *db = NULL;
  double t, c;

  if (large_db == NULL)
    {
      g_printerr ("polku-bench: give --database FILE\n");
      return 2;
    }

  store = open_store (large_db);
  settings = g_settings_new_with_backend ("io.github.polku.Polku", backend);
  context = polku_context_new (store, settings);
  if (sqlite3_open_v2 (large_db, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("sqlite3_open_v2 failed");

  /* Loading the whole learner list (what the learners page does at start-up)
   * vs. reading the learner rows. */
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(PolkuLearnerList) list = NULL;
      sqlite3_stmt *stmt = NULL;
      double v;

      t = polku_bench_now_ms ();
      list = polku_learner_list_new (store);
      v = polku_bench_now_ms () - t;
      g_array_append_val (learner_ms, v);

      t = polku_bench_now_ms ();
      sqlite3_prepare_v2 (db, "SELECT * FROM learner", -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
      v = polku_bench_now_ms () - t;
      g_array_append_val (learner_floor, v);
    }
  {
    g_autofree char *note = g_strdup_printf ("%" G_GINT64_FORMAT " learners",
                                             polku_store_query_int (store, "SELECT count(*) FROM learner", NULL));

    polku_bench_result ("learner list load", polku_bench_median (learner_ms), polku_bench_median (learner_floor),
                        "ms", "-", note);
  }
  g_array_set_size (learner_ms, 0);
  g_array_set_size (learner_floor, 0);

  learners = polku_learner_list_new (store);
  search = polku_search_model_new (context);

  for (int r = 0; r < runs; r++)
    {
      for (guint q = 0; q < G_N_ELEMENTS (learner_queries); q++)
        {
          const char *query = learner_queries[q];

          for (const char *end = g_utf8_next_char (query); ; end = g_utf8_next_char (end))
            {
              g_autofree char *prefix = g_strndup (query, end - query);
              double v;

              t = polku_bench_now_ms ();
              c = polku_bench_cpu_ms ();
              polku_learner_list_set_query (learners, prefix);
              (void) g_list_model_get_n_items (G_LIST_MODEL (learners));
              v = polku_bench_now_ms () - t;
              g_array_append_val (learner_ms, v);
              v = polku_bench_cpu_ms () - c;
              g_array_append_val (learner_cpu, v);

              t = polku_bench_now_ms ();
              c = polku_bench_cpu_ms ();
              (void) bare_learner_filter (db, prefix);
              v = polku_bench_now_ms () - t;
              g_array_append_val (learner_floor, v);
              v = polku_bench_cpu_ms () - c;
              g_array_append_val (learner_floor_cpu, v);

              if (*end == '\0')
                break;
            }
          polku_learner_list_set_query (learners, NULL);
        }

      for (guint q = 0; q < G_N_ELEMENTS (catalogue_queries); q++)
        {
          const char *query = catalogue_queries[q];

          for (const char *end = g_utf8_next_char (query); ; end = g_utf8_next_char (end))
            {
              g_autofree char *prefix = g_strndup (query, end - query);
              double v;

              t = polku_bench_now_ms ();
              c = polku_bench_cpu_ms ();
              polku_search_model_set_query (search, prefix);
              (void) g_list_model_get_n_items (G_LIST_MODEL (search));
              v = polku_bench_now_ms () - t;
              g_array_append_val (search_ms, v);
              v = polku_bench_cpu_ms () - c;
              g_array_append_val (search_cpu, v);

              if (r == 0 && g_getenv ("POLKU_BENCH_VERBOSE") != NULL)
                g_printerr ("catalogue search “%s”: %.2f ms, %u items\n", prefix, v,
                            g_list_model_get_n_items (G_LIST_MODEL (search)));

              t = polku_bench_now_ms ();
              c = polku_bench_cpu_ms ();
              (void) bare_catalogue_search (db, prefix);
              v = polku_bench_now_ms () - t;
              g_array_append_val (search_floor, v);
              v = polku_bench_cpu_ms () - c;
              g_array_append_val (search_floor_cpu, v);

              if (*end == '\0')
                break;
            }
          polku_search_model_set_query (search, NULL);
        }
    }

  report_keystrokes ("learner filter", learner_ms, learner_floor);
  report_keystrokes ("learner filter (CPU)", learner_cpu, learner_floor_cpu);
  report_keystrokes ("catalogue search", search_ms, search_floor);
  report_keystrokes ("catalogue search (CPU)", search_cpu, search_floor_cpu);
  sqlite3_close (db);
  return 0;
}

/* Import */

static int
bench_import (void)
{
  g_autofree char *dir = polku_bench_eperusteet_dir ();
  g_autoptr(GPtrArray) paths = polku_bench_list_json (dir);
  g_autoptr(GArray) polku = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) polku_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *note = NULL;

  if (paths->len == 0)
    {
      g_printerr ("polku-bench: no ePerusteet documents in %s\n", dir);
      return 1;
    }

  for (int r = 0; r < runs; r++)
    {
      g_autofree char *db_dir = g_build_filename (tmp_dir (), "import", NULL);
      g_autofree char *db_path = g_build_filename (db_dir, "polku.db", NULL);
      g_autoptr(PolkuStore) store = NULL;
      double t, c, v;

      remove_tree (db_dir);
      g_mkdir_with_parents (db_dir, 0700);
      store = open_store (db_path);

      t = polku_bench_now_ms ();
      c = polku_bench_cpu_ms ();
      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
          g_autoptr(PolkuImportSummary) summary = NULL;
          g_autoptr(GError) error = NULL;

          summary = polku_eperusteet_import_file (store, file, NULL, &error);
          if (summary == NULL)
            g_error ("Import failed: %s", error->message);
        }
      v = polku_bench_now_ms () - t;
      g_array_append_val (polku, v);
      v = polku_bench_cpu_ms () - c;
      g_array_append_val (polku_cpu, v);

      t = polku_bench_now_ms ();
      c = polku_bench_cpu_ms ();
      for (guint i = 0; i < paths->len; i++)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) error = NULL;

          if (!json_parser_load_from_file (parser, g_ptr_array_index (paths, i), &error))
            g_error ("Parse failed: %s", error->message);
        }
      v = polku_bench_now_ms () - t;
      g_array_append_val (floor, v);
      v = polku_bench_cpu_ms () - c;
      g_array_append_val (floor_cpu, v);
    }

  note = g_strdup_printf ("%u files", paths->len);
  polku_bench_result ("import ePerusteet files", polku_bench_median (polku), polku_bench_median (floor), "ms",
                      "≤ 2×", note);
  polku_bench_result ("import ePerusteet files (CPU)", polku_bench_median (polku_cpu), polku_bench_median (floor_cpu),
                      "ms", "≤ 2×", "without the waits for the disk");
  return 0;
}

/* PDF */

static const char floor_text[] =
  "Opiskelija suunnittelee työnsä asiakkaan tilauksen ja työohjeen mukaan, valitsee työhön sopivat "
  "materiaalit ja työvälineet, toimii työturvallisuusohjeiden mukaisesti ja arvioi omaa työtään. ";

/* The floor: the same number of A4 pages of plain wrapped text in a PDF. */
static double
floor_pdf (guint       n_pages,
           const char *path)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GString *text = g_string_new (NULL);
  double t = polku_bench_now_ms ();

  for (guint i = 0; i < 22; i++)
    g_string_append (text, floor_text);

  surface = cairo_pdf_surface_create (path, 595.28, 841.89);
  cr = cairo_create (surface);
  for (guint p = 0; p < n_pages; p++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string ("Sans 10");

      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) ((595.28 - 2 * 56.7) * PANGO_SCALE));
      pango_layout_set_text (layout, text->str, -1);
      cairo_move_to (cr, 56.7, 42.5);
      pango_cairo_show_layout (cr, layout);
      cairo_show_page (cr);
      pango_font_description_free (font);
      g_object_unref (layout);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  g_string_free (text, TRUE);
  return polku_bench_now_ms () - t;
}

/* One document kind: built from the store and written as PDF, per page, vs.
 * the same number of pages of plain text. */
static gboolean
pdf_document (PolkuStore          *store,
              PolkuDocumentKind    kind,
              gint64               id,
              gint64               peruste_id,
              const char          *name,
              const char          *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) polku = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PolkuPrintDocument) probe = NULL;
  g_autofree char *floor_path = g_build_filename (tmp_dir (), "floor.pdf", NULL);
  g_autofree char *note = NULL;
  PolkuDocumentOptions options = { .peruste_id = peruste_id, .printed_on = "2026-01-15" };
  PangoContext *pango;
  guint n_pages;

  /* The page count, outside the timing. */
  probe = polku_document_build (store, kind, id, "fi", &options, &error);
  if (probe == NULL)
    {
      g_printerr ("polku-bench: %s: %s\n", name, error->message);
      return FALSE;
    }
  pango = polku_print_create_pango_context (pango_cairo_font_map_get_default ());
  n_pages = polku_print_document_paginate (probe, pango, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT, &error);
  g_object_unref (pango);
  if (n_pages == 0)
    {
      g_printerr ("polku-bench: %s: %s\n", name, error != NULL ? error->message : "no pages");
      return FALSE;
    }

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(PolkuPrintDocument) doc = NULL;
      double t = polku_bench_now_ms (), v;

      doc = polku_document_build (store, kind, id, "fi", &options, &error);
      if (doc == NULL || !polku_pdf_export_to_file (doc, pdf, &error))
        {
          g_printerr ("polku-bench: %s: %s\n", name, error->message);
          return FALSE;
        }
      v = (polku_bench_now_ms () - t) / n_pages;
      g_array_append_val (polku, v);

      v = floor_pdf (n_pages, floor_path) / n_pages;
      g_array_append_val (floor, v);
    }

  note = g_strdup_printf ("%u pages, %.1f pages/s (floor %.1f pages/s)", n_pages,
                          1000 / polku_bench_median (polku), 1000 / polku_bench_median (floor));
  polku_bench_result (name, polku_bench_median (polku), polku_bench_median (floor), "ms", "-", note);
  return TRUE;
}

static int
bench_pdf (void)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autofree char *pdf = g_build_filename (tmp_dir (), "document.pdf", NULL);
  gint64 workshop_id, peruste_id, plan_learner, certificate_learner;
  gboolean ok = TRUE;

  if (large_db == NULL)
    {
      g_printerr ("polku-bench: give --database FILE\n");
      return 2;
    }
  store = open_store (large_db);

  /* The workshop and qualification with the most mapped tasks; the learner
   * with the longest plan; the one with the most competences identified in
   * a workshop period. */
  workshop_id = polku_store_query_int (store,
                                       "SELECT t.workshop_id FROM task_requirement tr JOIN task t USING (task_id) "
                                       "GROUP BY t.workshop_id ORDER BY count(*) DESC LIMIT 1", NULL);
  peruste_id = polku_store_query_int (store,
                                      "SELECT peruste_id FROM environment_recognition WHERE workshop_id = "
                                      "(SELECT t.workshop_id FROM task_requirement tr JOIN task t USING (task_id) "
                                      " GROUP BY t.workshop_id ORDER BY count(*) DESC LIMIT 1) LIMIT 1", NULL);
  plan_learner = polku_store_query_int (store,
                                        "SELECT p.learner_id FROM plan_unit pu JOIN plan p USING (plan_id) "
                                        "GROUP BY p.learner_id ORDER BY count(*) DESC, p.learner_id LIMIT 1", NULL);
  certificate_learner = polku_store_query_int (store,
                                               "SELECT c.learner_id FROM competence c JOIN learner_period lp USING (learner_id) "
                                               "JOIN requirement r USING (requirement_id) "
                                               "WHERE c.status IN ('identified', 'demonstrated', 'recognised') "
                                               /* Thousands of learners tie on the count: the most units breaks it. */
                                               "GROUP BY c.learner_id ORDER BY count(*) DESC, count(DISTINCT r.unit_id) DESC, "
                                               "c.learner_id LIMIT 1", NULL);
  if (workshop_id <= 0 || peruste_id <= 0 || plan_learner <= 0 || certificate_learner <= 0)
    {
      g_printerr ("polku-bench: the database has no workshop with mapped tasks or no learner with a plan\n");
      return 1;
    }

  ok &= pdf_document (store, POLKU_DOCUMENT_ENVIRONMENT_REPORT, workshop_id, peruste_id,
                      "PDF environment report, per page", pdf);
  ok &= pdf_document (store, POLKU_DOCUMENT_PLAN, plan_learner, 0, "PDF long pathway summary, per page", pdf);
  ok &= pdf_document (store, POLKU_DOCUMENT_CERTIFICATE, certificate_learner, 0, "PDF certificate, per page", pdf);
  return ok ? 0 : 1;
}

int
main (int    argc,
      char **argv)
{
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &large_db, "The large database (polku-bench-generate)", "FILE" },
    { "polku", 0, 0, G_OPTION_ARG_FILENAME, &polku_exe, "The polku executable (start-up, memory)", "EXE" },
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs per measurement (default 5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("startup|memory|review|search|import|pdf|all - Polku benchmarks");
  g_autoptr(GError) error = NULL;
  const char *what;
  int status = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "usage: polku-bench [OPTION…] startup|memory|review|search|import|pdf|all");
      return 2;
    }

  what = argv[1];
  if (g_str_equal (what, "all"))
    status = bench_startup_or_memory (FALSE, NULL) | bench_search () | bench_import () | bench_pdf () |
             bench_startup_or_memory (TRUE, "learners") | bench_startup_or_memory (TRUE, "review");
  else if (g_str_equal (what, "startup"))
    status = bench_startup_or_memory (FALSE, NULL);
  else if (g_str_equal (what, "memory"))
    status = bench_startup_or_memory (TRUE, "learners");
  else if (g_str_equal (what, "review"))
    status = bench_startup_or_memory (TRUE, "review");
  else if (g_str_equal (what, "search"))
    status = bench_search ();
  else if (g_str_equal (what, "import"))
    status = bench_import ();
  else if (g_str_equal (what, "pdf"))
    status = bench_pdf ();
  else
    {
      g_printerr ("polku-bench: unknown benchmark “%s”\n", what);
      status = 2;
    }

  if (work_dir != NULL)
    remove_tree (work_dir);
  return status;
}
