/* polku-print-page-view.h: one page of a print document, drawn as paper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-print-layout.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PRINT_PAGE_VIEW (polku_print_page_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPrintPageView, polku_print_page_view, POLKU, PRINT_PAGE_VIEW, GtkWidget)

GtkWidget          *polku_print_page_view_new           (void);
PolkuPrintDocument *polku_print_page_view_get_document  (PolkuPrintPageView *self);
void                polku_print_page_view_set_document  (PolkuPrintPageView *self,
                                                         PolkuPrintDocument *document);
guint               polku_print_page_view_get_n_pages   (PolkuPrintPageView *self);
guint               polku_print_page_view_get_page      (PolkuPrintPageView *self);
void                polku_print_page_view_set_page      (PolkuPrintPageView *self,
                                                         guint               page);
gboolean            polku_print_page_view_get_fit_width (PolkuPrintPageView *self);
void                polku_print_page_view_set_fit_width (PolkuPrintPageView *self,
                                                         gboolean            fit_width);
double              polku_print_page_view_get_scale     (PolkuPrintPageView *self);

G_END_DECLS
