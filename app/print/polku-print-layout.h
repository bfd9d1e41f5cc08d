/* polku-print-layout.h: the GTK-free page layout shared by printing, preview and PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* A4 in points: every Polku document is printed on A4. */
#define POLKU_PAGE_WIDTH  595.2756
#define POLKU_PAGE_HEIGHT 841.8898

#define POLKU_PRINT_ERROR (polku_print_error_quark ())

typedef enum
{
  POLKU_PRINT_ERROR_FAILED,
  POLKU_PRINT_ERROR_IO,
} PolkuPrintError;

GQuark polku_print_error_quark (void);

G_END_DECLS
