/* polku-structure-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-structure-node.h"

G_BEGIN_DECLS

#define POLKU_TYPE_STRUCTURE_ROW (polku_structure_row_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStructureRow, polku_structure_row, POLKU, STRUCTURE_ROW, GtkListBoxRow)

GtkWidget          *polku_structure_row_new          (GtkTreeListRow    *list_row);
GtkTreeListRow     *polku_structure_row_get_list_row (PolkuStructureRow *self);
PolkuStructureNode *polku_structure_row_get_node     (PolkuStructureRow *self);

G_END_DECLS
