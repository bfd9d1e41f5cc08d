/* test-coverage-view.c: the coverage view, its matrix and the learning
 * environment report view, on Puuteollisuuden perustutkinto with a carpentry
 * workshop's tasks mapped through the model. With POLKU_TEST_SHOTS=DIR it
 * also saves screenshots (light and dark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-coverage.h"
#include "polku-coverage-matrix.h"
#include "polku-coverage-view.h"
#include "polku-environment-report-view.h"
#include "polku-task-list.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-workshop.h"

#define DIAARINUMERO "OPH-2455-2017"
#define FURNITURE    "tutkinnonosat_105429"

typedef struct
{
  Fixture        ws;
  PolkuContext  *context;
  gint64         workshop_id;
  gint64         unit_id;
  gint64         peruste_id;
  GPtrArray     *codes;       /* the unit's requirement codes, from the file */
} ViewFixture;

static void
view_fixture_setup (ViewFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(PolkuTaskList) tasks = NULL;
  g_autoptr(PolkuTask) table = NULL;
  g_autoptr(PolkuTask) shelf = NULL;
  g_autoptr(PolkuTask) sanding = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  PolkuStore *store;
  PolkuRecognition who = { .recognised_by = "Aino Valmentaja" };
  const char *titles[] = { "Pöydän kokoaminen", "Hyllyn valmistus", "Pintojen hionta", "Trukin käyttö" };

  ws_fixture_setup_catalogue (&fixture->ws, PUUTEOLLISUUS);
  store = fixture->ws.store;
  fixture->context = polku_test_context_new (store);
  fixture->workshop_id = ws_add_workshop (store, "Puutyöpaja");
  fixture->unit_id = ws_unit_id_of (store, DIAARINUMERO, FURNITURE);
  fixture->peruste_id = ws_peruste_id_of (store, DIAARINUMERO);

  root = ws_read_json (PUUTEOLLISUUS);
  fixture->codes = ws_unit_codes_from_file (root, FURNITURE);
  g_assert_cmpuint (fixture->codes->len, >=, 5);

  /* Through the model, as the mapping page does. */
  tasks = polku_task_list_new (store, fixture->workshop_id);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(PolkuTask) task = polku_task_list_add (tasks, titles[i], &error);

      g_assert_no_error (error);
      if (i == 0)
        table = g_object_ref (task);
      else if (i == 1)
        shelf = g_object_ref (task);
      else if (i == 2)
        sanding = g_object_ref (task);
    }

#define MAP(task, index, by_code) \
  g_assert_true (polku_task_map_requirement (task, ws_requirement_id_of (store, DIAARINUMERO, \
                                                                         g_ptr_array_index (fixture->codes, index)), \
                                             by_code, &who, &error)); \
  g_assert_no_error (error)

  MAP (table, 0, FALSE);
  MAP (table, 2, FALSE);
  MAP (shelf, 2, FALSE);
  MAP (shelf, 3, FALSE);
  MAP (sanding, 1, TRUE);

#undef MAP
}

static void
view_fixture_teardown (ViewFixture   *fixture,
                       gconstpointer  data)
{
  g_clear_pointer (&fixture->codes, g_ptr_array_unref);
  g_clear_object (&fixture->context);
  ws_fixture_teardown (&fixture->ws, data);
}

/* Auxiliary */

static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      polku_test_wait (20);
    }
}

/* Saves what @window shows as a PNG when POLKU_TEST_SHOTS names a folder. */
static void
maybe_screenshot (GtkWidget  *window,
                  const char *name)
{
  const char *dir = g_getenv ("POLKU_TEST_SHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  wait_frames (window, 3);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  polku_test_save_png (window, path);
}

static GtkWidget *
new_window (GtkWidget *child,
            int        width,
            int        height)
{
  GtkWidget *window = adw_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_window_set_content (ADW_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (window, 2);
  return window;
}

static char *
expected_figure (guint n_covered,
                 guint n_total)
{
  return g_strdup_printf ("%u of %u requirements covered (%d %%)", n_covered, n_total,
                          (int) (100.0 * n_covered / n_total + 0.5));
}

static guint
count_uncovered_rows (GtkWidget *root)
{
  guint n = ADW_IS_ACTION_ROW (root) && gtk_widget_has_css_class (root, "polku-uncovered") ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_uncovered_rows (child);
  return n;
}

static GtkWidget *
find_label_prefix (GtkWidget  *root,
                   const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list row whose text starts with @prefix (the unit in the sidebar, not
 * the heading of the unit shown). */
static GtkWidget *
find_row_prefix (GtkWidget  *root,
                 const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix) &&
      gtk_widget_get_ancestor (root, GTK_TYPE_LIST_BOX_ROW) != NULL)
    return gtk_widget_get_ancestor (root, GTK_TYPE_LIST_BOX_ROW);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Tests */

static void
test_coverage_view_figures (ViewFixture   *fixture,
                            gconstpointer  data)
{
  PolkuStore *store = fixture->ws.store;
  g_autoptr(PolkuCoverage) coverage = polku_coverage_new_for_unit (store, fixture->workshop_id, fixture->unit_id);
  GtkWidget *view = polku_coverage_view_new ();
  GtkWidget *window = new_window (view, 1100, 900);
  PolkuCoverageMatrix *matrix;
  g_autofree char *figure = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *problem = NULL;
  GtkWidget *list_button;
  guint n_total, n_covered;

  /* The model: four requirements covered of the unit's, as mapped above. */
  n_total = polku_coverage_get_n_total (coverage);
  n_covered = polku_coverage_get_n_covered (coverage);
  g_assert_cmpuint (n_total, ==, fixture->codes->len);
  g_assert_cmpuint (n_covered, ==, 4);

  polku_coverage_view_set_workshop (POLKU_COVERAGE_VIEW (view), fixture->context, fixture->workshop_id);
  wait_frames (window, 2);

  /* The unit with tasks is chosen by itself and shows the model's figure. */
  figure = expected_figure (n_covered, n_total);
  g_assert_nonnull (find_label_prefix (view, figure));

  matrix = POLKU_COVERAGE_MATRIX (polku_test_find_widget (view, POLKU_TYPE_COVERAGE_MATRIX, 0));
  g_assert_nonnull (matrix);
  g_assert_cmpuint (g_list_model_get_n_items (polku_coverage_matrix_get_tasks (matrix)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (polku_coverage_matrix_get_rows (matrix)), ==, n_total);

  /* Its accessible label says the same in words. */
  summary = g_strdup_printf ("Coverage matrix of %s: %u of %u requirements covered by 4 tasks, %u not covered",
                             polku_coverage_get_name (coverage), n_covered, n_total, n_total - n_covered);
  g_assert_cmpstr (polku_coverage_matrix_get_summary (matrix), ==, summary);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (matrix), GTK_ACCESSIBLE_PROPERTY_LABEL, summary);
  g_assert_null (problem);

  maybe_screenshot (window, "coverage-view-light");

  /* The list: one marked row per requirement not covered. */
  list_button = polku_test_find_widget (view, GTK_TYPE_TOGGLE_BUTTON, 1);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (list_button)), ==, "_List");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (list_button), TRUE);
  wait_frames (window, 2);
  g_assert_cmpuint (count_uncovered_rows (view), ==, n_total - n_covered);
  g_assert_nonnull (polku_test_find_label (view, "Covered by: Pöydän kokoaminen, Hyllyn valmistus"));
  g_assert_nonnull (polku_test_find_label (view, "Covered by: Pintojen hionta (by national code)"));
  maybe_screenshot (window, "coverage-list-light");

  polku_test_assert_all_controls_named (window);

  /* Narrow: the units first, the chosen one a step further, with a way back. */
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 800);
  wait_frames (window, 3);
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (polku_test_find_widget (view, ADW_TYPE_LEAFLET, 0))));
  polku_test_assert_all_controls_named (window);
  maybe_screenshot (window, "coverage-narrow-units");
  g_signal_emit_by_name (find_row_prefix (view, "105429 "), "activate");
  wait_frames (window, 3);
  g_assert_true (gtk_widget_get_mapped (polku_test_find_label (view, "Requirements and Tasks")));
  polku_test_assert_all_controls_named (window);
  maybe_screenshot (window, "coverage-narrow-unit");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_coverage_view_follows_store (ViewFixture   *fixture,
                                  gconstpointer  data)
{
  PolkuStore *store = fixture->ws.store;
  GtkWidget *view = polku_coverage_view_new ();
  GtkWidget *window = new_window (view, 1000, 800);
  PolkuCoverageMatrix *matrix;
  g_autofree char *figure = NULL;
  g_autoptr(PolkuTask) task = NULL;
  g_autoptr(GError) error = NULL;
  gint64 task_id;

  polku_coverage_view_set_workshop (POLKU_COVERAGE_VIEW (view), fixture->context, fixture->workshop_id);
  wait_frames (window, 2);
  matrix = POLKU_COVERAGE_MATRIX (polku_test_find_widget (view, POLKU_TYPE_COVERAGE_MATRIX, 0));

  /* Map one more requirement elsewhere: the figure and the summary follow. */
  task_id = ws_query_id (store, "SELECT task_id FROM task WHERE title = 'Trukin käyttö'");
  task = polku_task_load (store, task_id, &error);
  g_assert_no_error (error);
  g_assert_true (polku_task_map_requirement (task, ws_requirement_id_of (store, DIAARINUMERO,
                                                                        g_ptr_array_index (fixture->codes, 4)),
                                             FALSE, NULL, &error));
  g_assert_no_error (error);
  wait_frames (window, 2);

  figure = expected_figure (5, fixture->codes->len);
  g_assert_nonnull (find_label_prefix (view, figure));
  g_assert_true (strstr (polku_coverage_matrix_get_summary (matrix), "5 of") != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_color_near (GdkTexture *texture,
                guint8      red,
                guint8      green,
                guint8      blue)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint8 *pixels = g_malloc ((gsize) width * height * 4);

  gdk_texture_download (texture, pixels, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      /* Cairo's order on little endian: B G R A. */
      guint8 b = pixels[4 * i], g = pixels[4 * i + 1], r = pixels[4 * i + 2];

      if (ABS (r - red) < 40 && ABS (g - green) < 40 && ABS (b - blue) < 40)
        return TRUE;
    }
  return FALSE;
}

static void
test_coverage_matrix_renders (ViewFixture   *fixture,
                              gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(PolkuTaskList) tasks = NULL;
  g_autoptr(PolkuCoverage) coverage = NULL;
  GtkWidget *view = polku_coverage_view_new ();
  GtkWidget *window = new_window (view, 1100, 900);
  GtkWidget *matrix = NULL;

  polku_coverage_view_set_workshop (POLKU_COVERAGE_VIEW (view), fixture->context, fixture->workshop_id);
  wait_frames (window, 2);
  matrix = polku_test_find_widget (view, POLKU_TYPE_COVERAGE_MATRIX, 0);

  for (guint pass = 0; pass < 2; pass++)
    {
      g_autoptr(GdkTexture) texture = NULL;

      adw_style_manager_set_color_scheme (style, pass == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT : ADW_COLOR_SCHEME_FORCE_DARK);
      wait_frames (window, 3);

      texture = polku_test_render_widget (matrix);
      g_assert_cmpint (gdk_texture_get_width (texture), >, 400);
      g_assert_cmpint (gdk_texture_get_height (texture), >, 100);

      /* The accent marks (blue 3 in light, the lighter accent in dark) and the
       * error red of an uncovered row's sign are there. */
      if (pass == 0)
        {
          g_assert_true (has_color_near (texture, 0x1c, 0x71, 0xd8));
          g_assert_true (has_color_near (texture, 0xc0, 0x1c, 0x28));
        }
      else
        {
          g_assert_true (has_color_near (texture, 0x78, 0xae, 0xed));
          g_assert_true (has_color_near (texture, 0xff, 0x7b, 0x63));
        }

      maybe_screenshot (window, pass == 0 ? "coverage-matrix-light" : "coverage-matrix-dark");
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_coverage_view_empty (ViewFixture   *fixture,
                          gconstpointer  data)
{
  g_autofree char *dir = polku_test_make_tmpdir ();
  g_autoptr(PolkuStore) store = polku_test_open_store (dir);
  g_autoptr(PolkuContext) context = polku_test_context_new (store);
  GtkWidget *view = polku_coverage_view_new ();
  GtkWidget *window = new_window (view, 800, 600);
  gint64 workshop_id = ws_add_workshop (store, "Kahvila");

  /* No qualification imported: the view says what to do. */
  polku_coverage_view_set_workshop (POLKU_COVERAGE_VIEW (view), context, workshop_id);
  wait_frames (window, 2);
  g_assert_nonnull (polku_test_find_label (view, "No Qualifications Yet"));
  polku_test_assert_all_controls_named (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  g_assert_finalize_object (g_steal_pointer (&store));
  polku_test_remove_tree (dir);
}

static void
test_environment_report_view (ViewFixture   *fixture,
                              gconstpointer  data)
{
  PolkuStore *store = fixture->ws.store;
  GtkWidget *view = polku_environment_report_view_new ();
  GtkWidget *window = new_window (view, 1000, 2400);
  g_autoptr(PolkuRecognitionRecord) recognition = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuCoverage) coverage = polku_coverage_new_for_unit (store, fixture->workshop_id, fixture->unit_id);
  g_autofree char *unit_heading = NULL;
  GtkWidget *row;

  polku_environment_report_view_set_workshop (POLKU_ENVIRONMENT_REPORT_VIEW (view), fixture->context,
                                              fixture->workshop_id);
  wait_frames (window, 2);

  /* The page: the qualification, the workshop, the unit learnable here with its
   * requirements and tasks. */
  g_assert_nonnull (polku_test_find_label (view, "Puuteollisuuden perustutkinto"));
  g_assert_nonnull (polku_test_find_label (view, "Puutyöpaja"));
  unit_heading = g_strdup_printf ("105429 %s", polku_coverage_get_name (coverage));
  g_assert_nonnull (polku_test_find_label (view, unit_heading));
  g_assert_nonnull (polku_test_find_label (view, "Pöydän kokoaminen, Hyllyn valmistus"));
  maybe_screenshot (window, "report-view-light");

  /* The recognition is edited here and saved at once. */
  row = polku_test_find_widget (view, ADW_TYPE_ENTRY_ROW, 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Recogniser");
  gtk_editable_set_text (GTK_EDITABLE (row), "Eino Opettaja");
  g_signal_emit_by_name (row, "entry-activated");
  wait_frames (window, 1);

  recognition = polku_store_get_recognition (store, fixture->workshop_id, fixture->peruste_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recognition);
  g_assert_cmpstr (recognition->recogniser_name, ==, "Eino Opettaja");

  polku_test_assert_all_controls_named (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  int status;

  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  /* Polku's own style, as the application loads it. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add ("/coverage-view/" path, ViewFixture, NULL, view_fixture_setup, func, view_fixture_teardown)

  ADD ("figures", test_coverage_view_figures);
  ADD ("follows-store", test_coverage_view_follows_store);
  ADD ("matrix-renders", test_coverage_matrix_renders);
  ADD ("empty", test_coverage_view_empty);
  ADD ("environment-report", test_environment_report_view);

#undef ADD

  status = g_test_run ();
  ws_remove_templates ();
  polku_test_remove_tree (user_dirs);
  return status;
}
