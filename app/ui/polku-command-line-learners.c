/* polku-command-line-learners.c: `polku --demo` and `polku --list-learners`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-command-line"

#include "config.h"

#include "polku-command-line.h"
#include "polku-command-line-learners.h"
#include "polku-demo.h"
#include "polku-store-learners.h"

int
polku_command_line_demo (const char *database_path)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  store = polku_command_line_open_store (database_path);
  if (store == NULL)
    return 1;

  if (polku_demo_fill (store, report, &error) != 0)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s", report->str);
  return 0;
}

int
polku_command_line_list_learners (const char *database_path)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  store = polku_command_line_open_store (database_path);
  if (store == NULL)
    return 1;

  text = polku_store_list_learners_tsv (store, &error);
  if (text == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%s", text);
  return 0;
}
