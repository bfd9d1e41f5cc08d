/* polku-partners-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PARTNERS_VIEW (polku_partners_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPartnersView, polku_partners_view, POLKU, PARTNERS_VIEW, GtkWidget)

GtkWidget *polku_partners_view_new         (void);
void       polku_partners_view_set_context (PolkuPartnersView *self,
                                            PolkuContext      *context);

G_END_DECLS
