/* polku-review-item.h: one competence in the teacher review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-review.h"

G_BEGIN_DECLS

#define POLKU_TYPE_REVIEW_ITEM (polku_review_item_get_type ())

G_DECLARE_FINAL_TYPE (PolkuReviewItem, polku_review_item, POLKU, REVIEW_ITEM, GObject)

PolkuReviewItem             *polku_review_item_new                (PolkuReviewItemRecord *record);
const PolkuReviewItemRecord *polku_review_item_get_record         (PolkuReviewItem       *self);
gint64                       polku_review_item_get_competence_id  (PolkuReviewItem       *self);
gint64                       polku_review_item_get_learner_id     (PolkuReviewItem       *self);
gint64                       polku_review_item_get_requirement_id (PolkuReviewItem       *self);
gint64                       polku_review_item_get_unit_id        (PolkuReviewItem       *self);
gboolean                     polku_review_item_get_locked         (PolkuReviewItem       *self);
gboolean                     polku_review_item_get_waiting        (PolkuReviewItem       *self);
const char                  *polku_review_item_get_text           (PolkuReviewItem       *self,
                                                                   gboolean               swedish);
char                        *polku_review_item_dup_unit_title     (PolkuReviewItem       *self,
                                                                   gboolean               swedish);
const char                  *polku_review_item_get_level_label    (PolkuReviewItem       *self,
                                                                   gboolean               swedish);
char                        *polku_review_item_dup_tasks_text     (PolkuReviewItem       *self);
char                        *polku_review_item_dup_criteria_text  (PolkuReviewItem       *self,
                                                                   PolkuStore            *store,
                                                                   gboolean               swedish,
                                                                   GError               **error);

/* For PolkuReviewList: takes @record. */
void                         _polku_review_item_update            (PolkuReviewItem       *self,
                                                                   PolkuReviewItemRecord *record);

G_END_DECLS
