/* polku-decision-dialog.h: the teacher's decision on review items, or the
 * reopening of a recognised one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-review-item.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DECISION_DIALOG (polku_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDecisionDialog, polku_decision_dialog, POLKU, DECISION_DIALOG, AdwWindow)

GtkWidget *polku_decision_dialog_new        (PolkuContext     *context,
                                             PolkuReviewItem **items,
                                             guint             n_items);
GtkWidget *polku_decision_dialog_new_reopen (PolkuContext     *context,
                                             PolkuReviewItem  *item);
void       polku_decision_dialog_set_decision (PolkuDecisionDialog  *self,
                                               PolkuTeacherDecision  decision);

G_END_DECLS
