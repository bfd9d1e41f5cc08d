/* polku-command-line.h: `polku --import FILE…`, run without a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"

G_BEGIN_DECLS

GFile      *polku_command_line_file_new   (const char *arg);
PolkuStore *polku_command_line_open_store (const char *database_path);

int polku_command_line_import (const char         *database_path,
                               const char * const *files);

G_END_DECLS
