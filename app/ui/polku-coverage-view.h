/* polku-coverage-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COVERAGE_VIEW (polku_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCoverageView, polku_coverage_view, POLKU, COVERAGE_VIEW, GtkWidget)

GtkWidget *polku_coverage_view_new          (void);
void       polku_coverage_view_set_workshop (PolkuCoverageView *self,
                                             PolkuContext      *context,
                                             gint64             workshop_id);

G_END_DECLS
