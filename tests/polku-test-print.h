/* polku-test-print.h: sample print documents shared by the print tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-print-layout.h"

G_BEGIN_DECLS

/* Every kind of block, a table of @n_rows rows and Finnish text with ä/ö. */
PolkuPrintDocument *polku_test_print_sample     (guint       n_rows,
                                                 const char *language);
/* The number of times @draw of the sample's timeline has run. */
guint               polku_test_print_draw_count (void);

G_END_DECLS
