/* polku-command-line-learners.h: `polku --demo` and `polku --list-learners`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Fills the database at database_path (NULL = the default database) with the
 * demo (polku_demo_fill) and prints what it created, one line each, on stdout;
 * the error on stderr. Returns 0 on success, 1 otherwise. */
int polku_command_line_demo           (const char *database_path);

/* Prints every learner (archived ones too) as "id\tname\tstatus\tcoach", one per
 * line, status being valmentautuja or opiskelija. Returns 0, or 1 with the
 * error on stderr. */
int polku_command_line_list_learners  (const char *database_path);

G_END_DECLS
