/* polku-download-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DOWNLOAD_DIALOG (polku_download_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDownloadDialog, polku_download_dialog, POLKU, DOWNLOAD_DIALOG, AdwWindow)

/* welcome = TRUE: the first-start assistant on an empty catalogue.
 * Set it transient for the main window and present it. */
GtkWidget *polku_download_dialog_new (PolkuContext *context,
                                      gboolean      welcome);

/* For tests and for a window that wants to prefill the search. */
void       polku_download_dialog_set_query (PolkuDownloadDialog *self,
                                            const char          *query);

G_END_DECLS
