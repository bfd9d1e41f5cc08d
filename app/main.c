/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "polku-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PolkuApplication) app = NULL;
  const char *localedir;
  int status;

  /* Before option parsing, so that --help is translated too. */
  setlocale (LC_ALL, "");
  localedir = g_getenv ("POLKU_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = polku_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : polku_application_get_exit_status (app);
}
