/* polku-peruste-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PERUSTE_VIEW (polku_peruste_view_get_type ())

/* Signal "unit-activated" (gint64 unit_id): a unit of the structure was activated. */
G_DECLARE_FINAL_TYPE (PolkuPerusteView, polku_peruste_view, POLKU, PERUSTE_VIEW, GtkWidget)

GtkWidget        *polku_peruste_view_new                 (void);
PolkuContext     *polku_peruste_view_get_context         (PolkuPerusteView *self);
void              polku_peruste_view_set_context         (PolkuPerusteView *self,
                                                          PolkuContext     *context);
gint64            polku_peruste_view_get_peruste_id      (PolkuPerusteView *self);
gboolean          polku_peruste_view_set_peruste         (PolkuPerusteView *self,
                                                          gint64            peruste_id,
                                                          GError          **error);
const char       *polku_peruste_view_get_title           (PolkuPerusteView *self);
GtkTreeListModel *polku_peruste_view_get_structure_model (PolkuPerusteView *self);
void              polku_peruste_view_expand_all          (PolkuPerusteView *self,
                                                          gboolean          expanded);

G_END_DECLS
