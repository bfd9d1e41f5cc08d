/* polku-command-line-exchange.h: `polku --export-package|--export-decisions|
 * --export-task-map … --output FILE` and `polku --import FILE…` for exchange
 * files (with --dry-run), run without a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* kind: "package", "decisions" or "task-map". */
int polku_command_line_export_exchange (const char         *database_path,
                                        const char         *kind,
                                        gint64              learner_id,
                                        gint64              provider_id,
                                        gint64              workshop_id,
                                        gboolean            student_number,
                                        const char         *output);

/* Imports exchange files (XML) and ePerusteet documents (JSON), told apart by
 * their content; with dry_run, prints what would change and writes nothing. */
int polku_command_line_import_any      (const char         *database_path,
                                        const char * const *files,
                                        gboolean            dry_run);

G_END_DECLS
