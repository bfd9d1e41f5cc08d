/* test-unit-view.c: the unit page and the search results, with real units of
 * every shape, under Xvfb. With POLKU_TEST_SHOTS=DIR it also saves screenshots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "polku-adaptive-columns.h"
#include "polku-eperusteet.h"
#include "polku-search-results.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-utils.h"
#include "polku-unit-view.h"

static const char * const documents[] = {
  "ajoneuvoalan-perustutkinto_OPH-5410-2021.json",
  "liiketalouden-perustutkinto_59-011-2014.json",
  "luonto-ja-ymparistoalan-perustutkinto_62-011-2014.json",
  "puutarha-alan-perustutkinto_OPH-901-2020.json",
  "puuteollisuuden-perustutkinto_OPH-2455-2017.json",
  "tutkintokoulutukseen-valmentava-koulutus_OPH-1488-2021.json",
  "tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json",
  "yhteiset-tutkinnon-osat_OPH-456-2022.json",
};

/* One shape each: generic scale, 1/3/5 own criteria, T1/H2/K3, common units in
 * both shapes, a TUVA part, a TELMA unit. */
static const struct {
  const char *diaarinumero;
  const char *code;
  const char *name;
  guint       n_levels;
  const char *first_level;
} shapes[] = {
  { "OPH-5410-2021", "106945", "Ajoneuvon huoltotyöt", 5, "1" },
  { "OPH-2455-2017", "105444", "Puutuotevalmistuksessa toimiminen", 3, "1" },
  { "62/011/2014", "100431", "Kestävällä tavalla toimiminen", 3, "T1" },
  { "OPH-456-2022", "106727", "Viestintä- ja vuorovaikutusosaaminen", 5, "1" },
  { "59/011/2014", "101053", "Viestintä- ja vuorovaikutusosaaminen", 3, "T1" },
  { "OPH-1488-2021", "101", "Opiskelu- ja urasuunnittelutaidot", 0, NULL },
  { "OPH-2659-2017", "400005", "Ammatillisen toimintakyvyn vahvistaminen", 0, NULL },
};

static char *catalogue_dir;
static PolkuStore *catalogue;

/* Auxiliary */

static void
import_catalogue (void)
{
  catalogue_dir = polku_test_make_tmpdir ();
  catalogue = polku_test_open_store (catalogue_dir);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *relative = g_build_filename ("eperusteet", documents[i], NULL);
      g_autofree char *path = polku_test_shared_data_path (relative);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autoptr(GError) error = NULL;

      summary = polku_eperusteet_import_file (catalogue, file, NULL, &error);
      g_assert_no_error (error);
    }
}

static gint64
query_id (const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 id = polku_store_query_int (catalogue, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
find_unit (const char *diaarinumero,
           const char *code)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT u.unit_id FROM unit u JOIN peruste p ON p.peruste_id = u.peruste_id"
                         " WHERE p.diaarinumero = '%s' AND u.koodi_arvo = '%s'", diaarinumero, code);
  return query_id (sql);
}

/* The first mapped widget of @type (with @css_class): the one on screen. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *css_class)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_mapped (GtkWidget *root,
                GType      type,
                GPtrArray *out)
{
  if (!gtk_widget_get_mapped (root))
    return;

  /* A drop-down's own toggle button is not a level. */
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && !GTK_IS_DROP_DOWN (gtk_widget_get_parent (root)))
    g_ptr_array_add (out, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_mapped (child, type, out);
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

  polku_test_wait_frames (window, 3);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  polku_test_save_png (window, path);
}

/* Tests */

static void
test_unit_shapes (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      GtkWidget *view = polku_unit_view_new ();
      GtkWidget *window = polku_test_present_window (view, 1200, 800);
      g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
      GtkWidget *title;
      GtkWidget *columns;
      GtkStack *stack;

      polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, find_unit (shapes[i].diaarinumero, shapes[i].code));
      polku_test_wait_frames (window, 2);

      stack = GTK_STACK (find_widget (view, GTK_TYPE_STACK, NULL));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "unit");
      title = find_widget (view, GTK_TYPE_LABEL, "title-1");
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, shapes[i].name);

      /* The level switcher shows the levels that have criteria, one button each. */
      collect_mapped (view, GTK_TYPE_TOGGLE_BUTTON, toggles);
      g_assert_cmpuint (toggles->len, ==, shapes[i].n_levels);
      if (toggles->len > 0)
        g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (toggles, 0)), ==, shapes[i].first_level);

      columns = find_widget (view, POLKU_TYPE_ADAPTIVE_COLUMNS, NULL);
      g_assert_true (polku_adaptive_columns_get_wide (POLKU_ADAPTIVE_COLUMNS (columns)));
      polku_test_assert_all_controls_named (window);

      /* Every level can be shown (the last page is the longest). */
      if (toggles->len > 0)
        {
          gtk_toggle_button_set_active (g_ptr_array_index (toggles, toggles->len - 1), TRUE);
          polku_test_wait_frames (window, 1);
          polku_test_assert_all_controls_named (window);
        }

      /* Narrow: the criteria go below the requirements. */
      gtk_window_set_default_size (GTK_WINDOW (window), 420, 800);
      polku_test_wait_frames (window, 3);
      g_assert_false (polku_adaptive_columns_get_wide (POLKU_ADAPTIVE_COLUMNS (columns)));

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_unit_follows_settings (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  GSettings *settings = polku_context_get_settings (context);
  GtkWidget *view = polku_unit_view_new ();
  GtkWidget *window = polku_test_present_window (view, 1000, 700);
  GtkWidget *title;

  polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, find_unit ("OPH-5410-2021", "106945"));
  title = find_widget (view, GTK_TYPE_LABEL, "title-1");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, "Ajoneuvon huoltotyöt");
  g_assert_cmpint (polku_unit_view_get_unit_id (POLKU_UNIT_VIEW (view)), ==, find_unit ("OPH-5410-2021", "106945"));

  g_settings_set_boolean (settings, "show-swedish", TRUE);
  polku_test_wait_frames (window, 1);
  title = find_widget (view, GTK_TYPE_LABEL, "title-1");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, "Fordonsservice");
  g_settings_reset (settings, "show-swedish");
  polku_test_wait_frames (window, 1);

  /* A re-import reloads the page and keeps the highlighted requirement. */
  polku_unit_view_select_requirement (POLKU_UNIT_VIEW (view),
                                      query_id ("SELECT requirement_id FROM requirement"
                                                " WHERE koodi_uri = 'ammattitaitovaatimukset_8005' ORDER BY requirement_id"));
  polku_test_wait_frames (window, 2);
  g_assert_nonnull (find_widget (view, GTK_TYPE_LIST_BOX_ROW, "polku-highlight"));
  polku_store_emit_changed (catalogue, "catalogue");
  polku_test_wait_frames (window, 2);
  g_assert_nonnull (find_widget (view, GTK_TYPE_LIST_BOX_ROW, "polku-highlight"));

  /* A unit the peruste refers to without including it (OPH-901-2020). */
  polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context,
                            query_id ("SELECT unit_id FROM unit WHERE embedded = 0"));
  polku_test_wait_frames (window, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_widget (view, GTK_TYPE_STACK, NULL))), ==, "unit");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (find_widget (view, GTK_TYPE_LABEL, "title-1"))), ==, "Unnamed Unit");

  /* No unit, then a unit that does not exist: a calm status page, no warning. */
  polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_widget (view, GTK_TYPE_STACK, NULL))), ==, "empty");
  polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, 987654321);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_widget (view, GTK_TYPE_STACK, NULL))), ==, "empty");
  polku_test_wait_frames (window, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_requirement (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  GtkWidget *view = polku_unit_view_new ();
  GtkWidget *window = polku_test_present_window (view, 1000, 600);
  GtkScrolledWindow *scroller;
  graphene_point_t criteria_origin;
  GtkWidget *columns;
  GtkWidget *row;
  GtkDropDown *dropdown;
  gint64 last_id;
  gint64 unit_id = find_unit ("OPH-5410-2021", "106945");
  gint64 common_id = find_unit ("OPH-456-2022", "106727");
  g_autofree char *last_sql = NULL;
  g_autofree char *other_sql = NULL;
  guint selected_before;

  /* Right after set_unit, as the search page does: the rows do not exist yet. */
  last_sql = g_strdup_printf ("SELECT requirement_id FROM requirement WHERE unit_id = %" G_GINT64_FORMAT
                              " ORDER BY kohdealue_ord DESC, ord DESC", unit_id);
  last_id = query_id (last_sql);
  polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, unit_id);
  polku_unit_view_select_requirement (POLKU_UNIT_VIEW (view), last_id);
  polku_test_wait_frames (window, 6);

  row = find_widget (view, GTK_TYPE_LIST_BOX_ROW, "polku-highlight");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_focus (row));
  scroller = GTK_SCROLLED_WINDOW (find_widget (view, GTK_TYPE_SCROLLED_WINDOW, NULL));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)), >, 0);

  /* The criteria came along: they sit lower in their column, in view. */
  columns = find_widget (view, POLKU_TYPE_ADAPTIVE_COLUMNS, NULL);
  g_assert_true (polku_adaptive_columns_get_wide (POLKU_ADAPTIVE_COLUMNS (columns)));
  g_assert_true (gtk_widget_compute_point (polku_adaptive_columns_get_end_child (POLKU_ADAPTIVE_COLUMNS (columns)),
                                           columns, &GRAPHENE_POINT_INIT (0, 0), &criteria_origin));
  g_assert_cmpfloat (criteria_origin.y, >, 0);
  maybe_screenshot (window, "unit-select-requirement");

  /* A common unit switches to the osa-alue of the requirement. */
  polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, common_id);
  polku_test_wait_frames (window, 2);
  dropdown = GTK_DROP_DOWN (find_widget (view, GTK_TYPE_DROP_DOWN, NULL));
  selected_before = gtk_drop_down_get_selected (dropdown);
  other_sql = g_strdup_printf ("SELECT r.requirement_id FROM requirement r JOIN osa_alue o ON o.osa_alue_id = r.osa_alue_id"
                               " WHERE r.unit_id = %" G_GINT64_FORMAT " ORDER BY o.ord DESC, r.ord DESC", common_id);
  polku_unit_view_select_requirement (POLKU_UNIT_VIEW (view), query_id (other_sql));
  polku_test_wait_frames (window, 6);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), !=, selected_before);
  row = find_widget (view, GTK_TYPE_LIST_BOX_ROW, "polku-highlight");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  char   *kind;
  gint64  id;
  guint   count;
} Activation;

static void
activated_cb (PolkuSearchResults *results,
              const char         *kind,
              gint64              id,
              Activation         *activation)
{
  g_free (activation->kind);
  activation->kind = g_strdup (kind);
  activation->id = id;
  activation->count++;
}

static void
test_search_results (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  GtkWidget *results = polku_search_results_new ();
  GtkWidget *window = polku_test_present_window (results, 900, 700);
  Activation activation = { NULL, 0, 0 };
  g_autoptr(GPtrArray) status_pages = g_ptr_array_new ();
  GtkWidget *focus;
  GtkWidget *list;
  GtkWidget *row;

  g_signal_connect (results, "activated", G_CALLBACK (activated_cb), &activation);

  /* The query may come before the context. */
  polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), "huoltotyö");
  polku_search_results_set_context (POLKU_SEARCH_RESULTS (results), context);
  polku_test_wait_frames (window, 2);
  g_assert_cmpuint (polku_search_results_get_n_results (POLKU_SEARCH_RESULTS (results)), >, 0);
  polku_test_assert_all_controls_named (window);

  /* Down from the entry lands on the first result; Enter there opens it. */
  g_assert_true (polku_search_results_focus_first (POLKU_SEARCH_RESULTS (results)));
  row = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));
  gtk_widget_activate (row);
  g_assert_cmpuint (activation.count, ==, 1);
  g_assert_cmpstr (activation.kind, ==, "unit");
  g_assert_cmpint (activation.id, ==, find_unit ("OPH-5410-2021", "106945"));

  /* Down runs on from the last unit to the first requirement, Up comes back. */
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  for (guint i = 0; i < 4 && gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_LIST_BOX) == list; i++)
    g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX) != list);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus)), ==, 0);
  g_signal_emit_by_name (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX), "move-cursor",
                         GTK_MOVEMENT_DISPLAY_LINES, -1, FALSE, FALSE);
  g_assert_true (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_LIST_BOX) == list);

  /* The requirements run on from the units for the arrow keys. */
  polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), "työaikoja");
  polku_test_wait_frames (window, 2);
  g_assert_true (polku_search_results_activate_first (POLKU_SEARCH_RESULTS (results)));
  g_assert_cmpstr (activation.kind, ==, "requirement");
  maybe_screenshot (window, "search-results");

  polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), "OPH-5410-2021");
  polku_test_wait_frames (window, 1);
  g_assert_true (polku_search_results_activate_first (POLKU_SEARCH_RESULTS (results)));
  g_assert_cmpstr (activation.kind, ==, "peruste");

  /* Nothing found: the empty state. */
  polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), "qxzqxzqxz");
  polku_test_wait_frames (window, 1);
  g_assert_cmpuint (polku_search_results_get_n_results (POLKU_SEARCH_RESULTS (results)), ==, 0);
  g_assert_false (polku_search_results_focus_first (POLKU_SEARCH_RESULTS (results)));
  g_assert_false (polku_search_results_activate_first (POLKU_SEARCH_RESULTS (results)));
  collect_mapped (window, ADW_TYPE_STATUS_PAGE, status_pages);
  g_assert_cmpuint (status_pages->len, ==, 1);
  g_assert_cmpstr (adw_status_page_get_title (g_ptr_array_index (status_pages, 0)), ==, "No Results");

  /* Hostile input is only text. */
  polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), "\" OR ( NEAR *");
  polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), NULL);
  polku_test_wait_frames (window, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (activation.kind);
}

/* Not a test of behaviour: pictures to look at (POLKU_TEST_SHOTS=DIR). */
static void
test_screenshots (void)
{
  g_autoptr(PolkuContext) context = polku_test_context_new (catalogue);
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct {
    const char *name;
    int         width;
    gboolean    dark;
  } sizes[] = {
    { "wide", 1280, FALSE },
    { "narrow", 420, FALSE },
    { "wide-dark", 1280, TRUE },
    { "narrow-dark", 420, TRUE },
  };

  if (g_getenv ("POLKU_TEST_SHOTS") == NULL)
    {
      g_test_skip ("POLKU_TEST_SHOTS not set");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        {
          GtkWidget *view = polku_unit_view_new ();
          GtkWidget *window;
          g_autofree char *name = NULL;

          adw_style_manager_set_color_scheme (style, sizes[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                   : ADW_COLOR_SCHEME_FORCE_LIGHT);
          window = polku_test_present_window (view, sizes[i].width, 900);
          polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, find_unit (shapes[s].diaarinumero, shapes[s].code));
          name = g_strdup_printf ("unit-%s-%s", shapes[s].code, sizes[i].name);
          maybe_screenshot (window, name);
          gtk_window_destroy (GTK_WINDOW (window));
        }
    }

  /* Swedish, with the Finnish fallbacks marked. */
  g_settings_set_boolean (polku_context_get_settings (context), "show-swedish", TRUE);
  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      GtkWidget *view = polku_unit_view_new ();
      GtkWidget *window;
      g_autofree char *name = NULL;

      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
      window = polku_test_present_window (view, 1280, 900);
      polku_unit_view_set_unit (POLKU_UNIT_VIEW (view), context, find_unit (shapes[s].diaarinumero, shapes[s].code));
      name = g_strdup_printf ("unit-%s-swedish", shapes[s].code);
      maybe_screenshot (window, name);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_settings_reset (polku_context_get_settings (context), "show-swedish");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWidget *results = polku_search_results_new ();
      GtkWidget *window;
      g_autofree char *name = NULL;

      adw_style_manager_set_color_scheme (style, sizes[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      window = polku_test_present_window (results, sizes[i].width, 900);
      polku_search_results_set_context (POLKU_SEARCH_RESULTS (results), context);
      polku_search_results_set_query (POLKU_SEARCH_RESULTS (results), "ajoneuvo huolto");
      name = g_strdup_printf ("search-%s", sizes[i].name);
      maybe_screenshot (window, name);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  user_dirs = polku_test_gtk_init (&argc, &argv);

  import_catalogue ();

  g_test_add_func ("/unit-view/shapes", test_unit_shapes);
  g_test_add_func ("/unit-view/follows-settings", test_unit_follows_settings);
  g_test_add_func ("/unit-view/select-requirement", test_select_requirement);
  g_test_add_func ("/search-results/activated", test_search_results);
  g_test_add_func ("/unit-view/screenshots", test_screenshots);

  status = g_test_run ();

  g_assert_finalize_object (catalogue);
  polku_test_remove_tree (catalogue_dir);
  polku_test_remove_tree (user_dirs);
  return status;
}
