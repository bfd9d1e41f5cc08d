/* polku-print-layout-private.h: what tests look at inside the layout engine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-print-layout.h"

G_BEGIN_DECLS

/* One line of text as draw_page drew it, in the printable area's coordinates. */
typedef struct
{
  char   *text;
  double  x0, y0, x1, y1;
} PolkuPrintTextBox;

void       _polku_print_text_box_free           (PolkuPrintTextBox  *box);

/* Draws @page_nr onto a recording surface and returns every text line drawn
 * (PolkuPrintTextBox), in drawing order: header, body, footer. */
GPtrArray *_polku_print_document_get_text_boxes (PolkuPrintDocument *doc,
                                                 guint               page_nr);

G_END_DECLS
