/* polku-environment-report-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_ENVIRONMENT_REPORT_VIEW (polku_environment_report_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuEnvironmentReportView, polku_environment_report_view, POLKU, ENVIRONMENT_REPORT_VIEW, GtkWidget)

GtkWidget *polku_environment_report_view_new          (void);
void       polku_environment_report_view_set_workshop (PolkuEnvironmentReportView *self,
                                                       PolkuContext               *context,
                                                       gint64                      workshop_id);

G_END_DECLS
