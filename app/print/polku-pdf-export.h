/* polku-pdf-export.h: a print document straight to a PDF file, no display needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-print-layout.h"

G_BEGIN_DECLS

gboolean polku_pdf_export_to_file (PolkuPrintDocument   *doc,
                                   const char           *path,
                                   GError              **error);
void     polku_pdf_export_async   (PolkuPrintDocument   *doc,
                                   const char           *path,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
gboolean polku_pdf_export_finish  (GAsyncResult         *result,
                                   GError              **error);

G_END_DECLS
