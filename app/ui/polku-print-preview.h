/* polku-print-preview.h: the pages of a print document, one at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-print-layout.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PRINT_PREVIEW (polku_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPrintPreview, polku_print_preview, POLKU, PRINT_PREVIEW, GtkWidget)

GtkWidget          *polku_print_preview_new          (void);
PolkuPrintDocument *polku_print_preview_get_document (PolkuPrintPreview  *self);
void                polku_print_preview_set_document (PolkuPrintPreview  *self,
                                                      PolkuPrintDocument *document);
guint               polku_print_preview_get_n_pages  (PolkuPrintPreview  *self);
guint               polku_print_preview_get_page     (PolkuPrintPreview  *self);
void                polku_print_preview_set_page     (PolkuPrintPreview  *self,
                                                      guint               page);
const char         *polku_print_preview_get_zoom     (PolkuPrintPreview  *self);
void                polku_print_preview_set_zoom     (PolkuPrintPreview  *self,
                                                      const char         *zoom);

G_END_DECLS
