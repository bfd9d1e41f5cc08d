/* polku-package-export-dialog.h: exporting a learner's competence package
 * for an education provider.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PACKAGE_EXPORT_DIALOG (polku_package_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPackageExportDialog, polku_package_export_dialog, POLKU, PACKAGE_EXPORT_DIALOG, AdwWindow)

GtkWidget *polku_package_export_dialog_new        (PolkuContext             *context,
                                                   gint64                    learner_id);
gboolean   polku_package_export_dialog_can_export (PolkuPackageExportDialog *self);
gboolean   polku_package_export_dialog_export_to  (PolkuPackageExportDialog *self,
                                                   GFile                    *file,
                                                   GError                  **error);

G_END_DECLS
