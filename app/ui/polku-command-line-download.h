/* polku-command-line-download.h: `polku --download DIAARINUMERO…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Fetches each peruste from ePerusteet and imports it into the database at
 * database_path (NULL = the default database). base_url NULL = the GSettings key
 * eperusteet-url. Prints one summary line per peruste on stdout and the error on
 * stderr; returns 0 when all succeeded, 1 otherwise. */
int polku_command_line_download (const char         *database_path,
                                 const char         *base_url,
                                 const char * const *diaarinumerot);

G_END_DECLS
