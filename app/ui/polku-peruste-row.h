/* polku-peruste-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-peruste.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PERUSTE_ROW (polku_peruste_row_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPerusteRow, polku_peruste_row, POLKU, PERUSTE_ROW, GtkListBoxRow)

GtkWidget    *polku_peruste_row_new         (PolkuPeruste    *peruste);
PolkuPeruste *polku_peruste_row_get_peruste (PolkuPerusteRow *self);

G_END_DECLS
