/* polku-command-line.c: `polku --import FILE…`, run without a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-command-line.h"
#include "polku-eperusteet.h"
#include "polku-store.h"

/**
 * polku_command_line_import:
 * @database_path: (nullable): the database, or %NULL for the default one
 * @files: the ePerusteet documents to import
 *
 * Imports each file in its own transaction, printing one summary line per file on
 * stdout and the reason of each failure on stderr. A failed file does not stop the
 * others.
 *
 * Returns: the exit status: 0 when every file was imported, 1 otherwise
 */
/* A command-line file name. g_file_new_for_commandline_arg() reads "a:b.xml"
 * as a URI with the scheme "a"; a name that exists here, or that has no
 * "://", is a local path. */
GFile *
polku_command_line_file_new (const char *arg)
{
  g_return_val_if_fail (arg != NULL, NULL);

  if (strstr (arg, "://") == NULL || g_file_test (arg, G_FILE_TEST_EXISTS))
    return g_file_new_for_path (arg);

  return g_file_new_for_commandline_arg (arg);
}

/* Opens @database_path (NULL: the default one), or prints why not. */
PolkuStore *
polku_command_line_open_store (const char *database_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PolkuStore *store;

  path = database_path != NULL ? g_strdup (database_path) : polku_store_default_path ();
  store = polku_store_open (path, &error);
  if (store == NULL)
    g_printerr ("%s\n", error->message);

  return store;
}

int
polku_command_line_import (const char         *database_path,
                           const char * const *files)
{
  g_autoptr(PolkuStore) store = NULL;
  int status = 0;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("Give the ePerusteet files to import, for example: polku --import ajoneuvoalan-perustutkinto.json"));
      return 1;
    }

  store = polku_command_line_open_store (database_path);
  if (store == NULL)
    return 1;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = polku_command_line_file_new (files[i]);
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autoptr(GError) import_error = NULL;
      g_autofree char *line = NULL;

      summary = polku_eperusteet_import_file (store, file, NULL, &import_error);
      if (summary == NULL)
        {
          g_printerr ("%s\n", import_error->message);
          status = 1;
          continue;
        }

      line = polku_import_summary_to_line (summary);
      g_print ("%s\n", line);
    }

  return status;
}
