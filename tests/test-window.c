/* test-window.c: the main window and every template widget, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "polku-application.h"
#include "polku-catalogue-page.h"
#include "polku-coverage-view.h"
#include "polku-environment-report-view.h"
#include "polku-eperusteet.h"
#include "polku-learners-page.h"
#include "polku-mapping-dialog.h"
#include "polku-organisation-editor.h"
#include "polku-partners-view.h"
#include "polku-peruste-row.h"
#include "polku-peruste-view.h"
#include "polku-preferences-window.h"
#include "polku-search-results.h"
#include "polku-start-page.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-utils.h"
#include "polku-unit-view.h"
#include "polku-task-editor.h"
#include "polku-task-list-view.h"
#include "polku-window.h"
#include "polku-workshop-list.h"
#include "polku-workshop-page.h"

/* One registered application for all tests: it owns the D-Bus object path. */
static PolkuApplication *test_app;

typedef struct
{
  char             *dir;
  PolkuStore       *store;
  PolkuContext     *context;
  PolkuApplication *app;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
  fixture->store = polku_test_open_store (fixture->dir);
  fixture->context = polku_test_context_new (fixture->store);

  fixture->app = test_app;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->context);
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
wait_for_draw (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (widget);
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_window_opens_and_closes (Fixture       *fixture,
                              gconstpointer  data)
{
  PolkuWindow *window;

  window = polku_window_new (fixture->app, fixture->context);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (polku_window_get_context (window) == fixture->context);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Polku");

  /* The primary menu and the sections are reachable through actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "start"));

  gtk_window_close (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The catalogue and workshop sections are not shown at start-up: their rows
 * are made when a section is first shown (for a quicker first frame), and
 * what was asked of a hidden section still holds when it opens. */
static void
test_window_hidden_sections_load_when_shown (Fixture       *fixture,
                                             gconstpointer  data)
{
  g_autofree char *path = polku_test_shared_data_path ("eperusteet/tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PolkuImportSummary) summary = NULL;
  g_autoptr(PolkuWorkshopList) workshops = polku_workshop_list_new (fixture->store);
  g_autoptr(PolkuWorkshop) kahvila = NULL;
  g_autoptr(PolkuWorkshop) puupaja = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *catalogue, *workshop_page, *row;
  PolkuWindow *window;

  summary = polku_eperusteet_import_file (fixture->store, file, NULL, &error);
  g_assert_no_error (error);
  kahvila = polku_workshop_list_add (workshops, "Kahvila", &error);
  g_assert_no_error (error);
  puupaja = polku_workshop_list_add (workshops, "Puupaja", &error);
  g_assert_no_error (error);

  window = polku_window_new (fixture->app, fixture->context);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (GTK_WIDGET (window));
  catalogue = polku_test_find_widget (GTK_WIDGET (window), POLKU_TYPE_CATALOGUE_PAGE, 0);
  workshop_page = polku_test_find_widget (GTK_WIDGET (window), POLKU_TYPE_WORKSHOP_PAGE, 0);

  /* The start section is shown; nothing is built in the hidden ones. */
  g_assert_false (gtk_widget_get_mapped (catalogue));
  g_assert_false (gtk_widget_get_mapped (workshop_page));
  g_assert_cmpuint (polku_test_count_widgets (catalogue, POLKU_TYPE_PERUSTE_ROW), ==, 0);
  g_assert_null (polku_test_find_label (workshop_page, "Kahvila"));
  g_assert_null (polku_test_find_label (workshop_page, "Puupaja"));

  /* Asked for while hidden: there when the section opens, its row marked. */
  g_assert_true (polku_catalogue_page_show_diaarinumero (POLKU_CATALOGUE_PAGE (catalogue), "OPH-2659-2017"));
  polku_window_show_section (window, "catalogue");
  wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (catalogue));
  g_assert_cmpuint (polku_test_count_widgets (catalogue, POLKU_TYPE_PERUSTE_ROW), ==, 1);
  row = polku_test_find_widget (catalogue, POLKU_TYPE_PERUSTE_ROW, 0);
  g_assert_true (gtk_list_box_row_is_selected (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (polku_catalogue_page_get_visible_view (POLKU_CATALOGUE_PAGE (catalogue)), ==, "peruste");

  /* Opened, the workshop section shows its workshops and the first one. */
  polku_window_show_section (window, "workshop");
  wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (polku_test_find_label (workshop_page, "Puupaja"));
  g_assert_cmpstr (polku_workshop_page_get_visible_view (POLKU_WORKSHOP_PAGE (workshop_page)), ==, "workshop");
  g_assert_cmpint (polku_workshop_get_id (polku_workshop_page_get_workshop (POLKU_WORKSHOP_PAGE (workshop_page))), ==,
                   polku_workshop_get_id (kahvila));
  g_assert_cmpuint (g_list_model_get_n_items (polku_workshop_page_get_workshops (POLKU_WORKSHOP_PAGE (workshop_page))), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_remembers_size (Fixture       *fixture,
                            gconstpointer  data)
{
  GSettings *settings = polku_context_get_settings (fixture->context);
  PolkuWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 600);

  window = polku_window_new (fixture->app, fixture->context);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);

  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_window_controls_named (Fixture       *fixture,
                            gconstpointer  data)
{
  PolkuWindow *window = polku_window_new (fixture->app, fixture->context);
  PolkuPreferencesWindow *preferences;
  g_autofree char *backup = NULL;

  /* One backup, so that the preferences show a restore button. */
  backup = polku_store_backup (fixture->store, 7, NULL);
  g_assert_nonnull (backup);

  gtk_window_present (GTK_WINDOW (window));
  wait_for_draw (GTK_WIDGET (window));
  polku_test_assert_all_controls_named (GTK_WIDGET (window));

  preferences = polku_preferences_window_new (fixture->context);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));
  wait_for_draw (GTK_WIDGET (preferences));
  polku_test_assert_all_controls_named (GTK_WIDGET (preferences));

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_bind_settings (Fixture       *fixture,
                                gconstpointer  data)
{
  GSettings *settings = polku_context_get_settings (fixture->context);
  PolkuPreferencesWindow *preferences;
  g_autofree char *language = NULL;

  GtkWidget *name_row;
  GtkWidget *language_row;
  GtkWidget *style_row;
  g_autofree char *name = NULL;

  g_settings_set_string (settings, "coach-name", "Aino Valmentaja");
  g_settings_set_string (settings, "document-language", "sv");

  preferences = polku_preferences_window_new (fixture->context);
  name_row = find_row (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Coach’s name");
  language_row = find_row (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, "Document language");
  style_row = find_row (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, "Style");
  g_assert_nonnull (name_row);
  g_assert_nonnull (language_row);
  g_assert_nonnull (style_row);

  /* The rows show the settings... */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Aino Valmentaja");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (language_row)), ==, 1);

  /* ...and every edit is kept at once, with no Save button. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Eino Ohjaaja");
  name = g_settings_get_string (settings, "coach-name");
  g_assert_cmpstr (name, ==, "Eino Ohjaaja");

  adw_combo_row_set_selected (ADW_COMBO_ROW (language_row), 0);
  language = g_settings_get_string (settings, "document-language");
  g_assert_cmpstr (language, ==, "fi");

  adw_combo_row_set_selected (ADW_COMBO_ROW (style_row), 2);
  g_assert_cmpint (g_settings_get_enum (settings, "style-variant"), ==, 2);
  g_settings_reset (settings, "style-variant");

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "coach-name");
  g_settings_reset (settings, "document-language");
}

/* Every template widget type once, under fatal warnings: a missing callback, an
 * unknown property or an unregistered type in a .ui fails here. */
static void
test_templates_instantiate (Fixture       *fixture,
                            gconstpointer  data)
{
  GType toplevels[] = {
    POLKU_TYPE_WINDOW,
    POLKU_TYPE_PREFERENCES_WINDOW,
    POLKU_TYPE_MAPPING_DIALOG,
  };
  GType widgets[] = {
    POLKU_TYPE_START_PAGE,
    POLKU_TYPE_CATALOGUE_PAGE,
    POLKU_TYPE_PERUSTE_VIEW,
    POLKU_TYPE_UNIT_VIEW,
    POLKU_TYPE_SEARCH_RESULTS,
    POLKU_TYPE_WORKSHOP_PAGE,
    POLKU_TYPE_ORGANISATION_EDITOR,
    POLKU_TYPE_TASK_LIST_VIEW,
    POLKU_TYPE_TASK_EDITOR,
    POLKU_TYPE_COVERAGE_VIEW,
    POLKU_TYPE_PARTNERS_VIEW,
    POLKU_TYPE_ENVIRONMENT_REPORT_VIEW,
    POLKU_TYPE_LEARNERS_PAGE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (toplevels); i++)
    {
      GtkWidget *widget;

      if (toplevels[i] == POLKU_TYPE_WINDOW)
        widget = GTK_WIDGET (polku_window_new (fixture->app, fixture->context));
      else
        widget = g_object_new (toplevels[i], "context", fixture->context, NULL);

      gtk_window_present (GTK_WINDOW (widget));
      wait_for_draw (widget);
      g_object_ref (widget);
      gtk_window_destroy (GTK_WINDOW (widget));
      g_assert_finalize_object (widget);
    }

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *widget = g_object_new (widgets[i], "context", fixture->context, NULL);

      gtk_window_set_child (GTK_WINDOW (window), widget);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_draw (widget);
      gtk_window_destroy (GTK_WINDOW (window));
    }
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

  /* A registered application is what windows need for actions and accels. */
  test_app = polku_application_new ();
  app_dir = polku_test_make_tmpdir ();
  app_db = g_build_filename (app_dir, "app.db", NULL);
  g_object_set (test_app, "database", app_db, NULL);
  g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (test_app), NULL, NULL));

#define ADD(path, func) \
  g_test_add ("/window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("opens-and-closes", test_window_opens_and_closes);
  ADD ("remembers-size", test_window_remembers_size);
  ADD ("hidden-sections-load-when-shown", test_window_hidden_sections_load_when_shown);
  ADD ("controls-named", test_window_controls_named);
  ADD ("preferences-bind-settings", test_preferences_bind_settings);
  ADD ("templates-instantiate", test_templates_instantiate);

#undef ADD

  status = g_test_run ();
  polku_test_remove_tree (app_dir);
  polku_test_remove_tree (user_dirs);
  return status;
}
