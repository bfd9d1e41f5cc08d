/* test-window-i18n.c: the window speaks the language LANGUAGE asks for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "polku-application.h"
#include "polku-test-utils.h"
#include "polku-window.h"

static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static void
test_window_translated (void)
{
  const char *language = g_getenv ("POLKU_TEST_LANGUAGE");
  g_autofree char *dir = polku_test_make_tmpdir ();
  g_autoptr(PolkuStore) store = polku_test_open_store (dir);
  g_autoptr(PolkuContext) context = polku_test_context_new (store);
  g_autoptr(PolkuApplication) app = polku_application_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  const char *welcome;
  PolkuWindow *window;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  window = polku_window_new (app, context);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  collect_texts (GTK_WIDGET (window), texts);

  welcome = g_strcmp0 (language, "sv") == 0 ? "Välkommen till Polku" : "Tervetuloa Polkuun";
  g_test_message ("%s", texts->str);
  g_assert_nonnull (strstr (texts->str, welcome));
  /* No English leftovers on the page. */
  g_assert_null (strstr (texts->str, "Welcome to Polku"));
  g_assert_null (strstr (texts->str, "This Database"));
  g_assert_null (strstr (texts->str, "Latest backup"));

  gtk_window_destroy (GTK_WINDOW (window));
  polku_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;
  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  /* gtk_init() sets the locale; the catalogue comes from the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("POLKU_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/window/translated", test_window_translated);

  status = g_test_run ();
  polku_test_remove_tree (user_dirs);
  return status;
}
