/* polku-review-list.h: the competences in the teacher review, filtered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-review-item.h"

G_BEGIN_DECLS

#define POLKU_TYPE_REVIEW_LIST (polku_review_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuReviewList, polku_review_list, POLKU, REVIEW_LIST, GObject)

PolkuReviewList *polku_review_list_new                 (PolkuStore       *store);
PolkuReviewList *polku_review_list_new_inactive        (PolkuStore       *store);
void             polku_review_list_set_active          (PolkuReviewList  *self,
                                                        gboolean          active);
gboolean         polku_review_list_get_active          (PolkuReviewList  *self);
PolkuStore      *polku_review_list_get_store           (PolkuReviewList  *self);
void             polku_review_list_get_filter          (PolkuReviewList  *self,
                                                        PolkuReviewFilter *filter);
void             polku_review_list_set_filter          (PolkuReviewList  *self,
                                                        const PolkuReviewFilter *filter);
PolkuReviewItem *polku_review_list_find                (PolkuReviewList  *self,
                                                        gint64            competence_id);
guint            polku_review_list_get_n_waiting       (PolkuReviewList  *self);
guint            polku_review_list_get_n_loaded        (PolkuReviewList  *self);
gboolean         polku_review_list_reload              (PolkuReviewList  *self,
                                                        GError          **error);

G_END_DECLS
