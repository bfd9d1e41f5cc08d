/* polku-review-page.h: the Review section: what waits for the teacher's
 * decision across learners.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-review-list.h"

G_BEGIN_DECLS

#define POLKU_TYPE_REVIEW_PAGE (polku_review_page_get_type ())

G_DECLARE_FINAL_TYPE (PolkuReviewPage, polku_review_page, POLKU, REVIEW_PAGE, GtkWidget)

GtkWidget       *polku_review_page_new            (void);
void             polku_review_page_set_context    (PolkuReviewPage *self,
                                                   PolkuContext    *context);
PolkuReviewList *polku_review_page_get_list       (PolkuReviewPage *self);
void             polku_review_page_set_filter     (PolkuReviewPage *self,
                                                   const PolkuReviewFilter *filter);
void             polku_review_page_select         (PolkuReviewPage *self,
                                                   guint            position);
GtkSelectionModel *polku_review_page_get_selection (PolkuReviewPage *self);
GtkWidget       *polku_review_page_decide         (PolkuReviewPage *self);

G_END_DECLS
