/* polku-peruste-combo-row.h: choose a qualification, those a workshop has
 * mappings for first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PERUSTE_COMBO_ROW (polku_peruste_combo_row_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPerusteComboRow, polku_peruste_combo_row, POLKU, PERUSTE_COMBO_ROW, AdwComboRow)

GtkWidget *polku_peruste_combo_row_new            (void);
void       polku_peruste_combo_row_set_workshop   (PolkuPerusteComboRow *self,
                                                   PolkuContext         *context,
                                                   gint64                workshop_id);
gint64     polku_peruste_combo_row_get_peruste_id (PolkuPerusteComboRow *self);
void       polku_peruste_combo_row_set_peruste_id (PolkuPerusteComboRow *self,
                                                   gint64                peruste_id);
guint      polku_peruste_combo_row_get_n_mapped   (PolkuPerusteComboRow *self);

G_END_DECLS
