/* test-catalogue-page.c: the Qualifications section with real perusteet, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "polku-application.h"
#include "polku-catalogue-page.h"
#include "polku-download-dialog.h"
#include "polku-eperusteet.h"
#include "polku-peruste-list.h"
#include "polku-peruste-row.h"
#include "polku-peruste-view.h"
#include "polku-search-results.h"
#include "polku-store-catalogue-read.h"
#include "polku-structure-row.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-utils.h"
#include "polku-unit-view.h"
#include "polku-window.h"

#define AJONEUVO    "eperusteet/ajoneuvoalan-perustutkinto_OPH-5410-2021.json"
#define LIIKETALOUS "eperusteet/liiketalouden-perustutkinto_59-011-2014.json"
#define TELMA       "eperusteet/tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json"

static PolkuApplication *test_app;

/* A database with AJONEUVO, LIIKETALOUS and TELMA imported once, copied for each test
 * that needs them: importing is slow under the sanitizers. */
static char *seed_dir;

typedef struct
{
  char               *dir;
  PolkuStore         *store;
  PolkuContext       *context;
  GtkWindow          *window;
  PolkuCataloguePage *page;
} Fixture;

static void
import (PolkuStore *store,
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

static void
present_page (Fixture *fixture,
              int      width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 700);
  fixture->page = POLKU_CATALOGUE_PAGE (polku_catalogue_page_new ());
  polku_catalogue_page_set_context (fixture->page, fixture->context);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
copy_seed (const char *dir)
{
  g_autofree char *seed = NULL;
  g_autofree char *target = g_build_filename (dir, "polku.db", NULL);
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;

  if (seed_dir == NULL)
    {
      PolkuStore *store;

      seed_dir = polku_test_make_tmpdir ();
      store = polku_test_open_store (seed_dir);
      import (store, AJONEUVO);
      import (store, LIIKETALOUS);
      import (store, TELMA);
      g_assert_finalize_object (store);
    }

  seed = g_build_filename (seed_dir, "polku.db", NULL);
  from = g_file_new_for_path (seed);
  g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
  if (GPOINTER_TO_INT (data))
    copy_seed (fixture->dir);
  fixture->store = polku_test_open_store (fixture->dir);
  fixture->context = polku_test_context_new (fixture->store);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
      gtk_window_destroy (fixture->window);
      g_assert_null (fixture->page);
    }

  g_settings_reset (polku_context_get_settings (fixture->context), "show-swedish");
  g_clear_object (&fixture->context);
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static PolkuPerusteRow *
find_peruste_row (GtkWidget  *root,
                  const char *diaarinumero)
{
  PolkuPerusteRow *row;

  for (guint i = 0; (row = (PolkuPerusteRow *) polku_test_find_widget (root, POLKU_TYPE_PERUSTE_ROW, i)); i++)
    if (g_strcmp0 (polku_peruste_get_diaarinumero (polku_peruste_row_get_peruste (row)), diaarinumero) == 0)
      return row;

  return NULL;
}

static PolkuStructureRow *
find_structure_row_by_code (GtkWidget  *root,
                            const char *code)
{
  PolkuStructureRow *row;

  for (guint i = 0; (row = (PolkuStructureRow *) polku_test_find_widget (root, POLKU_TYPE_STRUCTURE_ROW, i)); i++)
    if (g_strcmp0 (polku_structure_node_get_code (polku_structure_row_get_node (row)), code) == 0)
      return row;

  return NULL;
}

/* Expands, in the tree model as a program would, the groups leading to osaamisala_1008's
 * mandatory units. */
static void
expand_to_osaamisala (PolkuPerusteView *view,
                      const char       *osaamisala_uri)
{
  GtkTreeListModel *tree = polku_peruste_view_get_structure_model (view);

  g_assert_nonnull (tree);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, i);
      g_autoptr(PolkuStructureNode) node = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (polku_structure_node_get_osaamisala_uri (node), osaamisala_uri) == 0)
        {
          /* The osaamisala, and its first group (Pakolliset tutkinnon osat). */
          g_autoptr(GtkTreeListRow) first = NULL;

          gtk_tree_list_row_set_expanded (row, TRUE);
          first = gtk_tree_list_row_get_child_row (row, 0);
          g_assert_nonnull (first);
          gtk_tree_list_row_set_expanded (first, TRUE);
          return;
        }
    }

  g_assert_not_reached ();
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  present_page (fixture, 900);

  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "empty");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "No Qualifications Yet"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "Download from ePerusteet…"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "Import a File…"));
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  /* An import elsewhere (the download dialog, the command line) fills the page. */
  import (fixture->store, TELMA);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "none");
  g_assert_cmpuint (polku_test_count_widgets (GTK_WIDGET (fixture->page), POLKU_TYPE_PERUSTE_ROW), ==, 1);
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));
}

static void
test_browse (Fixture       *fixture,
             gconstpointer  data)
{
  PolkuPerusteView *view;
  PolkuPerusteRow *ajoneuvo, *liiketalous;
  PolkuStructureRow *unit_row;
  PolkuStructureNode *unit;
  PolkuUnitView *unit_view;
  GtkWidget *expired;

  present_page (fixture, 1100);

  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "none");
  g_assert_cmpuint (polku_test_count_widgets (GTK_WIDGET (fixture->page), POLKU_TYPE_PERUSTE_ROW), ==, 3);
  ajoneuvo = find_peruste_row (GTK_WIDGET (fixture->page), "OPH-5410-2021");
  liiketalous = find_peruste_row (GTK_WIDGET (fixture->page), "59/011/2014");
  g_assert_nonnull (ajoneuvo);
  g_assert_nonnull (liiketalous);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (ajoneuvo), "Ajoneuvoalan perustutkinto"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (ajoneuvo), "Valid from 1.8.2022"));

  /* Only the expired peruste wears the badge. */
  expired = polku_test_find_label (GTK_WIDGET (liiketalous), "Expired");
  g_assert_nonnull (expired);
  g_assert_true (gtk_widget_get_visible (expired));
  g_assert_false (gtk_widget_get_visible (polku_test_find_label (GTK_WIDGET (ajoneuvo), "Expired")));
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  /* Choosing it in the sidebar shows the peruste. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (ajoneuvo)), "row-activated", ajoneuvo);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "peruste");
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (ajoneuvo)));

  view = POLKU_PERUSTE_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_PERUSTE_VIEW, 0));
  g_assert_cmpstr (polku_peruste_view_get_title (view), ==, "Ajoneuvoalan perustutkinto");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "OPH-5410-2021"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "Vocational qualification"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "351301 Ajoneuvoalan perustutkinto"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "180 credits in all"));

  /* The top groups are open, the deeper ones closed. */
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "Ammatilliset tutkinnon osat"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "Ajoneuvotekniikan osaamisala"));
  g_assert_null (find_structure_row_by_code (GTK_WIDGET (view), "106945"));

  expand_to_osaamisala (view, "osaamisala_1008");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  unit_row = find_structure_row_by_code (GTK_WIDGET (view), "106945");
  g_assert_nonnull (unit_row);
  unit = polku_structure_row_get_node (unit_row);
  g_assert_cmpstr (polku_structure_node_get_name (unit), ==, "Ajoneuvon huoltotyöt");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (unit_row), "Ajoneuvon huoltotyöt"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (unit_row), "25 credits"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (unit_row), "Mandatory"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "Pakolliset tutkinnon osat"));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "60 credits"));
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  /* A reload (another import, a restored backup) keeps the tree as it was opened. */
  polku_store_emit_changed (fixture->store, "catalogue");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "peruste");
  unit_row = find_structure_row_by_code (GTK_WIDGET (view), "106945");
  g_assert_nonnull (unit_row);
  unit = polku_structure_row_get_node (unit_row);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (find_peruste_row (GTK_WIDGET (fixture->page),
                                                                                   "OPH-5410-2021"))));
  g_assert_false (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (find_peruste_row (GTK_WIDGET (fixture->page),
                                                                                    "59/011/2014"))));
  /* The sidebar's rows were made anew. */
  ajoneuvo = find_peruste_row (GTK_WIDGET (fixture->page), "OPH-5410-2021");
  liiketalous = find_peruste_row (GTK_WIDGET (fixture->page), "59/011/2014");

  /* Activating the unit opens the unit page; Back returns to the peruste. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (unit_row)), "row-activated", unit_row);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "unit");
  unit_view = POLKU_UNIT_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_UNIT_VIEW, 0));
  g_assert_cmpint (polku_unit_view_get_unit_id (unit_view), ==, polku_structure_node_get_unit_id (unit));
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (ajoneuvo)));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "Ajoneuvoalan perustutkinto"));
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "catalogue.go-back", NULL));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "peruste");
  g_assert_false (polku_catalogue_page_go_back (fixture->page));

  /* A group row opens and closes. */
  {
    GtkTreeListModel *tree = polku_peruste_view_get_structure_model (view);
    g_autoptr(GtkTreeListRow) first = gtk_tree_list_model_get_row (tree, 0);
    PolkuStructureRow *first_row = POLKU_STRUCTURE_ROW (polku_test_find_widget (GTK_WIDGET (view), POLKU_TYPE_STRUCTURE_ROW, 0));

    g_assert_true (polku_structure_row_get_list_row (first_row) == first);
    g_assert_true (gtk_tree_list_row_get_expanded (first));
    g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (first_row)), "row-activated", first_row);
    g_assert_false (gtk_tree_list_row_get_expanded (first));

    g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (first_row)), "row-activated", first_row);
    g_assert_true (gtk_tree_list_row_get_expanded (first));
  }

  /* The other peruste has two ways of completing it. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (liiketalous)), "row-activated", liiketalous);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (polku_peruste_view_get_title (view), ==, "Liiketalouden perustutkinto");
  {
    GtkDropDown *dropdown = GTK_DROP_DOWN (polku_test_find_widget (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, 0));
    GtkTreeListModel *before = polku_peruste_view_get_structure_model (view);
    g_autoptr(GPtrArray) naytto = NULL;
    guint n_top = 0;

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 2);
    g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);

    /* The näyttö tree replaces the curriculum one. */
    gtk_drop_down_set_selected (dropdown, 1);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
    g_assert_true (polku_peruste_view_get_structure_model (view) != before);
    naytto = polku_store_list_structure (fixture->store, polku_peruste_view_get_peruste_id (view), "naytto", NULL);
    for (guint i = 0; i < naytto->len; i++)
      if (((PolkuStructureNodeRecord *) g_ptr_array_index (naytto, i))->depth == 1)
        n_top++;
    g_assert_cmpuint (g_list_model_get_n_items (gtk_tree_list_model_get_model (polku_peruste_view_get_structure_model (view))),
                      ==, n_top);
    polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));
  }

  /* Expand All and Collapse All, on a small tree. */
  g_assert_true (polku_catalogue_page_show_diaarinumero (fixture->page, "OPH-2659-2017"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  {
    GtkTreeListModel *tree = polku_peruste_view_get_structure_model (view);
    guint n_collapsed;

    polku_peruste_view_expand_all (view, FALSE);
    n_collapsed = g_list_model_get_n_items (G_LIST_MODEL (tree));
    polku_peruste_view_expand_all (view, TRUE);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), >, n_collapsed);
    g_assert_cmpuint (polku_test_count_widgets (GTK_WIDGET (view), POLKU_TYPE_STRUCTURE_ROW), ==,
                      g_list_model_get_n_items (G_LIST_MODEL (tree)));
    g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "0–25 credits"));
    polku_peruste_view_expand_all (view, FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, n_collapsed);
  }
}

static void
test_swedish (Fixture       *fixture,
              gconstpointer  data)
{
  GSettings *settings = polku_context_get_settings (fixture->context);
  PolkuPerusteView *view;
  PolkuPerusteRow *row;

  present_page (fixture, 1100);
  g_assert_true (polku_catalogue_page_show_diaarinumero (fixture->page, "OPH-5410-2021"));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "peruste");
  view = POLKU_PERUSTE_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_PERUSTE_VIEW, 0));
  row = find_peruste_row (GTK_WIDGET (fixture->page), "OPH-5410-2021");
  expand_to_osaamisala (view, "osaamisala_1008");

  /* The menu's switch is the setting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "catalogue-settings.show-swedish", NULL));
  g_assert_true (g_settings_get_boolean (settings, "show-swedish"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_cmpstr (polku_peruste_view_get_title (view), ==,
                   polku_peruste_get_name_sv (polku_peruste_row_get_peruste (row)));
  g_assert_cmpstr (polku_peruste_view_get_title (view), !=, "Ajoneuvoalan perustutkinto");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (row), polku_peruste_view_get_title (view)));
  /* The tree keeps what was open, in Swedish. */
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "Fordonsservice"));
  g_assert_null (polku_test_find_label (GTK_WIDGET (view), "Ajoneuvon huoltotyöt"));

  g_settings_set_boolean (settings, "show-swedish", FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (polku_peruste_view_get_title (view), ==, "Ajoneuvoalan perustutkinto");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (view), "Ajoneuvon huoltotyöt"));
}

static gboolean
has_results (gpointer data)
{
  return polku_search_results_get_n_results (data) > 0;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  PolkuSearchResults *results;
  const char *opened;

  present_page (fixture, 1100);
  g_assert_true (polku_catalogue_page_show_diaarinumero (fixture->page, "59/011/2014"));

  polku_catalogue_page_search (fixture->page, "huoltotyö");
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "search");
  results = POLKU_SEARCH_RESULTS (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_SEARCH_RESULTS, 0));
  polku_test_wait_for (has_results, results);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  /* What is activated opens; Back returns to the results, then to the peruste. */
  g_assert_true (polku_search_results_activate_first (results));
  opened = polku_catalogue_page_get_visible_view (fixture->page);
  g_assert_true (g_strcmp0 (opened, "peruste") == 0 || g_strcmp0 (opened, "unit") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (polku_test_find_widget (GTK_WIDGET (fixture->page),
                                                                                GTK_TYPE_SEARCH_ENTRY, 0))), ==, "");

  g_assert_true (polku_catalogue_page_go_back (fixture->page));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (polku_test_find_widget (GTK_WIDGET (fixture->page),
                                                                                GTK_TYPE_SEARCH_ENTRY, 0))), ==, "huoltotyö");
  g_assert_true (polku_catalogue_page_go_back (fixture->page));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "peruste");

  /* Clearing the search returns to what was shown. */
  polku_catalogue_page_search (fixture->page, "106945");
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "search");
  polku_catalogue_page_search (fixture->page, "");
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "peruste");

  /* A requirement opens its unit. */
  polku_catalogue_page_search (fixture->page, "noudattaa työaikoja");
  g_signal_emit_by_name (results, "activated", "requirement",
                         polku_store_query_int (fixture->store,
                                                "SELECT requirement_id FROM requirement r JOIN unit u USING (unit_id) "
                                                "WHERE u.koodi_arvo = '106945' ORDER BY r.ord LIMIT 1", NULL));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "unit");
  g_assert_cmpint (polku_unit_view_get_unit_id (POLKU_UNIT_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page),
                                                                                         POLKU_TYPE_UNIT_VIEW, 0))),
                   ==,
                   polku_store_query_int (fixture->store, "SELECT unit_id FROM unit WHERE koodi_arvo = '106945'", NULL));

  /* Something that went away since the search leaves the results up. */
  polku_catalogue_page_search (fixture->page, "huoltotyö");
  g_signal_emit_by_name (results, "activated", "unit", (gint64) 999999);
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (fixture->page), ==, "search");
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwLeaflet *leaflet;
  PolkuPerusteRow *row;
  GtkWidget *back;

  present_page (fixture, 400);
  leaflet = ADW_LEAFLET (polku_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET, 0));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  row = find_peruste_row (GTK_WIDGET (fixture->page), "OPH-5410-2021");
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");

  /* Back, named after where it goes. */
  back = gtk_widget_get_ancestor (polku_test_find_label (GTK_WIDGET (fixture->page), "Qualifications"), GTK_TYPE_BUTTON);
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_get_mapped (back));
  polku_test_assert_all_controls_named (GTK_WIDGET (fixture->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "catalogue.go-back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  g_assert_false (polku_catalogue_page_go_back (fixture->page));

  /* Choosing the same peruste again shows it again. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
}

static void
count_import_cb (PolkuCataloguePage *page,
                 GListModel         *files,
                 GListModel        **out_files)
{
  g_set_object (out_files, files);
}

static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GListModel) requested = NULL;
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *target = NULL;
  GSList *list = NULL;
  GdkFileList *file_list;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  present_page (fixture, 900);
  g_signal_connect (fixture->page, "import-requested", G_CALLBACK (count_import_cb), &requested);

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->page));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (g_type_is_a (gtk_drop_target_get_gtypes (target, NULL)[0], GDK_TYPE_FILE_LIST));

  /* Only the .json files go on to the import. */
  list = g_slist_append (list, g_file_new_for_path ("/tmp/one.json"));
  list = g_slist_append (list, g_file_new_for_path ("/tmp/notes.txt"));
  list = g_slist_append (list, g_file_new_for_path ("/tmp/TWO.JSON"));
  file_list = gdk_file_list_new_from_list (list);
  g_slist_free_full (list, g_object_unref);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, file_list);

  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_nonnull (requested);
  g_assert_cmpuint (g_list_model_get_n_items (requested), ==, 2);
  {
    g_autoptr(GFile) first = g_list_model_get_item (requested, 0);
    g_autoptr(GFile) second = g_list_model_get_item (requested, 1);
    g_autofree char *first_name = g_file_get_basename (first);
    g_autofree char *second_name = g_file_get_basename (second);

    g_assert_cmpstr (first_name, ==, "one.json");
    g_assert_cmpstr (second_name, ==, "TWO.JSON");
  }

  /* Nothing to import: the drop is refused. */
  g_clear_object (&requested);
  list = g_slist_append (NULL, g_file_new_for_path ("/tmp/notes.txt"));
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free_full (list, g_object_unref);
  accepted = TRUE;
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_false (accepted);
  g_assert_null (requested);

  g_signal_handlers_disconnect_by_data (fixture->page, &requested);
}

static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
alert_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
catalogue_shown (gpointer data)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (data), "catalogue") == 0;
}

static void
test_window_import (Fixture       *fixture,
                    gconstpointer  data)
{
  PolkuWindow *window = polku_window_new (test_app, fixture->context);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  /* A small peruste: importing is slow under the sanitizers. */
  g_autofree char *good = polku_test_shared_data_path (TELMA);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "catalogue-page", "not-a-peruste.json", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  PolkuCataloguePage *page;
  AdwViewStack *stack;
  AdwMessageDialog *alert;
  GtkWidget *dialog;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = POLKU_CATALOGUE_PAGE (polku_test_find_widget (GTK_WIDGET (window), POLKU_TYPE_CATALOGUE_PAGE, 0));
  stack = ADW_VIEW_STACK (polku_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, 0));
  g_assert_nonnull (page);
  g_assert_true (polku_catalogue_page_get_context (page) == fixture->context);

  /* The section, its shortcut's action, and the empty state's actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "catalogue"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "catalogue");
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (page), ==, "empty");
  g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_ancestor (polku_test_find_label (GTK_WIDGET (page),
                                                                                          "Import a File…"),
                                                                   GTK_TYPE_BUTTON)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  polku_test_assert_all_controls_named (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "start"));

  /* Dropped files: the good one is imported and shown, the bad one explained. */
  g_list_store_append (files, good_file);
  g_list_store_append (files, bad_file);
  g_signal_emit_by_name (page, "import-requested", files);
  polku_test_wait_for (alert_shown, NULL);

  alert = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (alert), ==, "Could Not Import the File");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (alert), "not-a-peruste.json"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (alert)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (alert));

  g_assert_cmpint (polku_store_count_perusteet (fixture->store, NULL), ==, 1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "catalogue");
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (page), ==, "peruste");

  /* The same file again changes nothing and says so; no alert this time. */
  g_list_store_remove (files, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "start"));
  g_signal_emit_by_name (page, "import-requested", files);
  polku_test_wait_for (catalogue_shown, stack);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (polku_store_count_perusteet (fixture->store, NULL), ==, 1);

  /* A toast's "Changes" button shows the list of what an update changed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-import-changes", "(ss)",
                                             "Changes in “Työhön ja itsenäiseen elämään valmentava koulutus (TELMA)”", "One unit was added."));
  alert = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_message_dialog_get_body (alert), ==, "One unit was added.");
  gtk_window_destroy (GTK_WINDOW (alert));

  /* Ctrl+F's action goes to the catalogue's search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "start"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "catalogue");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         polku_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, 0)) ||
                 GTK_IS_SEARCH_ENTRY (gtk_root_get_focus (GTK_ROOT (window))));

  /* Downloading opens B's dialog over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.download-qualifications", NULL));
  dialog = find_toplevel (POLKU_TYPE_DOWNLOAD_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  g_autofree char *app_dir = NULL;
  g_autofree char *app_db = NULL;
  int status;

  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  test_app = polku_application_new ();
  app_dir = polku_test_make_tmpdir ();
  app_db = g_build_filename (app_dir, "app.db", NULL);
  g_object_set (test_app, "database", app_db, NULL);
  g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (test_app), NULL, NULL));

#define ADD(path, seeded, func) \
  g_test_add ("/catalogue-page/" path, Fixture, GINT_TO_POINTER (seeded), fixture_setup, func, fixture_teardown)

  ADD ("empty", FALSE, test_empty);
  ADD ("browse", TRUE, test_browse);
  ADD ("swedish", TRUE, test_swedish);
  ADD ("search", TRUE, test_search);
  ADD ("narrow", TRUE, test_narrow);
  ADD ("drop", FALSE, test_drop);
  ADD ("window-import", FALSE, test_window_import);

#undef ADD

  status = g_test_run ();
  g_clear_object (&test_app);
  polku_test_remove_tree (app_dir);
  polku_test_remove_tree (user_dirs);
  if (seed_dir != NULL)
    polku_test_remove_tree (seed_dir);
  g_free (seed_dir);
  return status;
}
