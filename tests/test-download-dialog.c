/* test-download-dialog.c: the ePerusteet download dialog against a loopback server.
 *
 * Set POLKU_SCREENSHOT_DIR to keep PNGs of the states it goes through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "polku-command-line-download.h"
#include "polku-download-dialog.h"
#include "polku-test-eperusteet-server.h"
#include "polku-test-utils.h"

static PolkuTestServer *server;

typedef struct
{
  char         *dir;
  PolkuStore   *store;
  PolkuContext *context;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  const char *mode = data;
  g_autofree char *url = NULL;

  fixture->dir = polku_test_make_tmpdir ();
  fixture->store = polku_test_open_store (fixture->dir);
  fixture->context = polku_test_context_new (fixture->store);

  url = g_strcmp0 (mode, "closed") == 0 ? polku_test_closed_url ()
                                        : polku_test_server_dup_url (server, mode != NULL ? mode : "ok");
  g_settings_set_string (polku_context_get_settings (fixture->context), "eperusteet-url", url);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_settings_reset (polku_context_get_settings (fixture->context), "eperusteet-url");
  g_clear_object (&fixture->context);
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Widgets */

static gboolean
has_text_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      return text != NULL && *text != '\0';
    }

  if (GTK_IS_IMAGE (widget))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && has_text_label (child))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_control (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  if (role != GTK_ACCESSIBLE_ROLE_TEXT_BOX && role != GTK_ACCESSIBLE_ROLE_SEARCH_BOX &&
      has_text_label (widget))
    return TRUE;

  /* The text field inside a labelled search entry is named by it. */
  for (GtkWidget *ancestor = gtk_widget_get_parent (widget); ancestor != NULL; ancestor = gtk_widget_get_parent (ancestor))
    if ((GTK_IS_SEARCH_ENTRY (ancestor) || GTK_IS_ENTRY (ancestor)) &&
        gtk_test_accessible_has_property (GTK_ACCESSIBLE (ancestor), GTK_ACCESSIBLE_PROPERTY_LABEL))
      return TRUE;

  return FALSE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *unnamed)
{
  GtkAccessibleRole role;

  if (!gtk_widget_get_mapped (widget))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  if (is_control (role) && gtk_widget_get_can_target (widget) && !has_accessible_name (widget))
    g_string_append_printf (unnamed, "%s in %s\n",
                            G_OBJECT_TYPE_NAME (widget),
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

static void
assert_all_controls_named (GtkWidget *root)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  collect_unnamed (root, unnamed);
  if (unnamed->len > 0)
    g_error ("Controls without an accessible name:\n%s", unnamed->str);
}

static void
collect_mapped (GtkWidget *widget,
                GType      type,
                GPtrArray *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mapped (child, type, found);
}

static GPtrArray *
find_mapped (GtkWidget *root,
             GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_mapped (root, type, found);
  return found;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_mapped (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* gtk_widget_activate() on a button clicks only after a visual delay. */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static AdwActionRow *
find_row (GtkWidget  *root,
          const char *title)
{
  g_autoptr(GPtrArray) rows = find_mapped (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static AdwStatusPage *
find_status_page (GtkWidget *root)
{
  g_autoptr(GPtrArray) pages = find_mapped (root, ADW_TYPE_STATUS_PAGE);

  return pages->len > 0 ? g_ptr_array_index (pages, 0) : NULL;
}

static guint
count_checks (GtkWidget *root)
{
  g_autoptr(GPtrArray) checks = find_mapped (root, GTK_TYPE_CHECK_BUTTON);

  return checks->len;
}

static gboolean
transitions_running (GtkWidget *root)
{
  g_autoptr(GPtrArray) stacks = find_mapped (root, GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_transition_running (g_ptr_array_index (stacks, i)))
      return TRUE;

  return FALSE;
}

typedef gboolean (*Condition) (GtkWidget *root);

static void
wait_until (GtkWidget  *root,
            Condition   condition,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 90 * G_USEC_PER_SEC;

  /* Pages in a stack's crossfade are both on screen: wait for one. */
  while (!condition (root) || transitions_running (root))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting until %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  gtk_test_widget_wait_for_draw (root);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("POLKU_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static GtkWidget *
open_dialog (Fixture  *fixture,
             gboolean  welcome)
{
  GtkWidget *dialog = polku_download_dialog_new (fixture->context, welcome);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);
  return dialog;
}

static void
close_dialog (GtkWidget *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Let answers still on their way find the dialog gone. */
  for (int i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  g_assert_finalize_object (dialog);
}

/* Conditions */

static gboolean
six_hits (GtkWidget *root)
{
  return count_checks (root) == 6;
}

static gboolean
one_hit (GtkWidget *root)
{
  return count_checks (root) == 1;
}

static gboolean
shows_error (GtkWidget *root)
{
  AdwStatusPage *page = find_status_page (root);

  return page != NULL && g_strcmp0 (adw_status_page_get_title (page), "Cannot Reach ePerusteet") == 0;
}

static gboolean
shows_no_hits (GtkWidget *root)
{
  AdwStatusPage *page = find_status_page (root);

  return page != NULL && g_strcmp0 (adw_status_page_get_title (page), "No Qualifications Found") == 0;
}

static gboolean
is_done (GtkWidget *root)
{
  return find_button (root, "_Done") != NULL;
}

static gboolean
is_downloading (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = find_mapped (root, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_action_row_get_subtitle (g_ptr_array_index (rows, i)), "Downloading "))
      return TRUE;

  return FALSE;
}

/* Tests */

static void
test_welcome (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture, TRUE);
  g_autoptr(GPtrArray) labels = find_mapped (dialog, GTK_TYPE_LABEL);
  gboolean greeted = FALSE;

  for (guint i = 0; i < labels->len; i++)
    greeted |= g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)),
                          "Get the Qualifications You Work With") == 0;
  g_assert_true (greeted);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Welcome to Polku");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_nonnull (find_button (dialog, "_Not Now"));
  g_assert_nonnull (find_button (dialog, "_Import a File…"));
  g_assert_false (gtk_widget_get_sensitive (find_button (dialog, "_Download")));
  assert_all_controls_named (dialog);
  screenshot (dialog, "welcome.png");

  /* Not Now closes it. */
  click (find_button (dialog, "_Not Now"));
  g_assert_false (gtk_widget_get_visible (dialog));
  close_dialog (dialog);
}

static void
test_search_lists_hits (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture, FALSE);
  g_autoptr(GPtrArray) checks = NULL;
  AdwActionRow *row;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Download Qualifications");
  g_assert_nonnull (find_button (dialog, "_Cancel"));

  polku_download_dialog_set_query (POLKU_DOWNLOAD_DIALOG (dialog), "perus");
  wait_until (dialog, six_hits, "six perusteet are listed");

  row = find_row (dialog, "Ajoneuvoalan perustutkinto");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "OPH-5410-2021 · Vocational qualification · valid from 1.8.2022");
  row = find_row (dialog, "Liiketalouden perustutkinto");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "59/011/2014 · Vocational qualification · valid 1.8.2016–31.7.2018");
  g_assert_null (find_row (dialog, "Lukion opetussuunnitelman perusteet 2019"));
  assert_all_controls_named (dialog);

  /* Choosing enables Download; the choice survives another search. */
  g_assert_false (gtk_widget_get_sensitive (find_button (dialog, "_Download")));
  checks = find_mapped (dialog, GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
  g_assert_true (gtk_widget_get_sensitive (find_button (dialog, "_Download")));
  screenshot (dialog, "results.png");

  polku_download_dialog_set_query (POLKU_DOWNLOAD_DIALOG (dialog), "xyzzy");
  wait_until (dialog, shows_no_hits, "nothing is found");
  g_assert_true (gtk_widget_get_sensitive (find_button (dialog, "_Download")));

  close_dialog (dialog);
}

static void
test_offline (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture, TRUE);
  AdwStatusPage *page;

  polku_download_dialog_set_query (POLKU_DOWNLOAD_DIALOG (dialog), "ajoneuvo");
  wait_until (dialog, shows_error, "the network error shows");

  page = find_status_page (dialog);
  g_assert_nonnull (strstr (adw_status_page_get_description (page),
                            "import a peruste file saved from ePerusteet instead"));
  g_assert_nonnull (find_button (GTK_WIDGET (page), "_Try Again"));
  g_assert_nonnull (find_button (GTK_WIDGET (page), "_Import a File…"));
  assert_all_controls_named (dialog);
  screenshot (dialog, "offline.png");

  close_dialog (dialog);
}

static void
import_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_import_file_hands_over (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("import-qualifications", NULL);
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *dialog;
  guint activated = 0;

  g_signal_connect (action, "activate", G_CALLBACK (import_activated_cb), &activated);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (parent, "win", G_ACTION_GROUP (group));
  gtk_window_present (GTK_WINDOW (parent));

  dialog = polku_download_dialog_new (fixture->context, TRUE);
  g_object_ref (dialog);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (parent));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);

  click (find_button (dialog, "_Import a File…"));
  g_assert_cmpuint (activated, ==, 1);
  g_assert_false (gtk_widget_get_visible (dialog));

  close_dialog (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
}

static void
choose (GtkWidget  *dialog,
        const char *title)
{
  AdwActionRow *row = find_row (dialog, title);
  g_autoptr(GPtrArray) checks = NULL;

  g_assert_nonnull (row);
  checks = find_mapped (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, ==, 1);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
}

static void
count_changes_cb (PolkuStore *store,
                  const char *area,
                  guint      *count)
{
  (*count)++;
}

static void
test_download_and_import (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture, FALSE);
  AdwActionRow *row;
  guint changed = 0;

  g_signal_connect (fixture->store, "changed::catalogue", G_CALLBACK (count_changes_cb), &changed);

  /* Chosen in two searches */
  polku_download_dialog_set_query (POLKU_DOWNLOAD_DIALOG (dialog), "perus");
  wait_until (dialog, six_hits, "six perusteet are listed");
  choose (dialog, "Ammatillinen perustutkinto 2022");
  polku_download_dialog_set_query (POLKU_DOWNLOAD_DIALOG (dialog), "elämään");
  wait_until (dialog, one_hit, "TELMA is listed");
  choose (dialog, "Työhön ja itsenäiseen elämään valmentava koulutus (TELMA)");

  g_assert_true (gtk_widget_activate_action (dialog, "download.start", NULL));
  wait_until (dialog, is_downloading, "a download is under way");
  g_assert_nonnull (find_button (dialog, "_Stop"));
  screenshot (dialog, "progress.png");
  wait_until (dialog, is_done, "both are imported");
  assert_all_controls_named (dialog);
  screenshot (dialog, "finished.png");

  /* Each row ends with what the importer reports. */
  row = find_row (dialog, "Työhön ja itsenäiseen elämään valmentava koulutus (TELMA)");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Added OPH-2659-2017: 3 units, 57 requirements, 0 criteria");
  row = find_row (dialog, "Ammatillinen perustutkinto 2022");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "Added OPH-456-2022: 9 units, 597 requirements, "));

  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT COUNT(*) FROM peruste", NULL), ==, 2);
  /* One import, one change: the dialog adds nothing of its own. */
  g_assert_cmpuint (changed, ==, 2);
  g_signal_handlers_disconnect_by_func (fixture->store, count_changes_cb, &changed);

  click (find_button (dialog, "_Done"));
  close_dialog (dialog);
}

static void
test_download_stop (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *dialog = open_dialog (fixture, FALSE);
  AdwActionRow *row;

  polku_download_dialog_set_query (POLKU_DOWNLOAD_DIALOG (dialog), "perus");
  wait_until (dialog, six_hits, "six perusteet are listed");
  choose (dialog, "Ajoneuvoalan perustutkinto");
  choose (dialog, "Puuteollisuuden perustutkinto");

  g_assert_true (gtk_widget_activate_action (dialog, "download.start", NULL));
  wait_until (dialog, is_downloading, "a download is under way");
  click (find_button (dialog, "_Stop"));
  wait_until (dialog, is_done, "the downloads stop");

  row = find_row (dialog, "Ajoneuvoalan perustutkinto");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Stopped");
  row = find_row (dialog, "Puuteollisuuden perustutkinto");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Stopped");
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT COUNT(*) FROM peruste", NULL), ==, 0);

  close_dialog (dialog);
}

/* The command line's half: `polku --download` calls this. */
static void
test_command_line_download (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = polku_test_make_tmpdir ();
      g_autofree char *db = g_build_filename (dir, "cli.db", NULL);
      g_autofree char *url = polku_test_server_dup_url (server, "ok");
      const char * const good[] = { "OPH-2659-2017", "OPH-456-2022", NULL };
      const char * const mixed[] = { "OPH-0000-2000", "OPH-2659-2017", NULL };
      g_autoptr(PolkuStore) store = NULL;

      g_assert_cmpint (polku_command_line_download (db, url, good), ==, 0);
      /* Again: an update, still fine */
      g_assert_cmpint (polku_command_line_download (db, url, mixed), ==, 1);

      store = polku_store_open (db, NULL);
      g_assert_cmpint (polku_store_query_int (store, "SELECT COUNT(*) FROM peruste", NULL), ==, 2);
      g_clear_object (&store);
      polku_test_remove_tree (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*/api/external/peruste/2910079: Työhön ja itsenäiseen elämään valmentava koulutus (TELMA) "
                             "(OPH-2659-2017): 3 units, 57 requirements*"
                             "*/api/external/peruste/8505691: Ammatillinen perustutkinto 2022 (OPH-456-2022): 9 units, 597 requirements*"
                             "*(OPH-2659-2017): 3 units, 57 requirements*updated*");
  g_test_trap_assert_stderr ("*OPH-0000-2000: ePerusteet at http://127.0.0.1:*/ok has no vocational or preparatory peruste*");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("all_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("ALL_PROXY");
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  server = polku_test_server_new ();
  /* What GtkApplication does for the app: our icons live in the resource. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");

#define ADD(path, mode, func) \
  g_test_add ("/download-dialog/" path, Fixture, mode, fixture_setup, func, fixture_teardown)

  ADD ("welcome", "ok", test_welcome);
  ADD ("search-lists-hits", "ok", test_search_lists_hits);
  ADD ("offline", "closed", test_offline);
  ADD ("import-file-hands-over", "ok", test_import_file_hands_over);
  ADD ("download-and-import", "slow", test_download_and_import);
  ADD ("download-stop", "slow", test_download_stop);

#undef ADD

  g_test_add_func ("/command-line/download", test_command_line_download);

  status = g_test_run ();

  polku_test_server_free (server);
  polku_test_remove_tree (user_dirs);
  return status;
}
