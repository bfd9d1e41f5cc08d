/* polku-format.h: how the UI writes dates, credits and other small things.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *polku_format_date_time  (GDateTime  *date_time);
char *polku_format_file_mtime (const char *path);

G_END_DECLS
