/* polku-unit-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_UNIT_VIEW (polku_unit_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuUnitView, polku_unit_view, POLKU, UNIT_VIEW, GtkWidget)

GtkWidget *polku_unit_view_new                (void);
void       polku_unit_view_set_unit           (PolkuUnitView *self,
                                               PolkuContext  *context,
                                               gint64         unit_id);
gint64     polku_unit_view_get_unit_id        (PolkuUnitView *self);
void       polku_unit_view_select_requirement (PolkuUnitView *self,
                                               gint64         requirement_id);

G_END_DECLS
