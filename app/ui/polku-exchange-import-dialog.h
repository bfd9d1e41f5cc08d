/* polku-exchange-import-dialog.h: what an exchange file would change,
 * before it is applied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-exchange-xml.h"

G_BEGIN_DECLS

#define POLKU_TYPE_EXCHANGE_IMPORT_DIALOG (polku_exchange_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuExchangeImportDialog, polku_exchange_import_dialog, POLKU, EXCHANGE_IMPORT_DIALOG, AdwWindow)

GtkWidget *polku_exchange_import_dialog_new   (PolkuContext              *context,
                                               PolkuExchangeImport       *import,
                                               const char                *file_name);
gboolean   polku_exchange_import_dialog_apply (PolkuExchangeImportDialog *self,
                                               GError                   **error);

G_END_DECLS
