/* polku-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-format"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "polku-format.h"

char *
polku_format_date_time (GDateTime *date_time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (date_time != NULL, NULL);

  local = g_date_time_to_local (date_time);
  /* Translators: a date and time, see the strftime manual; e.g. "29.11.2026 klo 9.15". */
  return g_date_time_format (local, _("%-d.%-m.%Y at %H:%M"));
}

/**
 * polku_format_file_mtime:
 *
 * Returns: (transfer full) (nullable): when the file was last changed, or %NULL
 */
char *
polku_format_file_mtime (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  modified = g_file_info_get_modification_date_time (info);
  if (modified == NULL)
    return NULL;

  return polku_format_date_time (modified);
}
