/* polku-command-line-export.h: `polku --export-pdf KIND … --output FILE`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of polku_command_line_export_pdf(). */
#define POLKU_EXPORT_EXIT_OK      0
#define POLKU_EXPORT_EXIT_FAILED  1   /* no such database, workshop, learner or qualification; nothing to print; cannot write */
#define POLKU_EXPORT_EXIT_USAGE   2   /* unknown kind, missing option, bad language */

int polku_command_line_export_pdf (const char *database_path,
                                   const char *kind,
                                   gint64      learner_id,
                                   gint64      workshop_id,
                                   gint64      peruste_id,
                                   gint64      period_id,
                                   const char *output,
                                   const char *language);

G_END_DECLS
