/* polku-print-operation.h: GTK's print dialog for a PolkuPrintDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-print-layout.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PRINT_OPERATION (polku_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPrintOperation, polku_print_operation, POLKU, PRINT_OPERATION, GtkPrintOperation)

PolkuPrintOperation *polku_print_operation_new                (PolkuPrintDocument  *document);
PolkuPrintDocument  *polku_print_operation_get_document       (PolkuPrintOperation *self);
const GError        *polku_print_operation_get_layout_error   (PolkuPrintOperation *self);
GtkPageSetup        *polku_print_operation_new_default_page_setup (void);

G_END_DECLS
