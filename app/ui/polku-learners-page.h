/* polku-learners-page.h: the Learners section: the list of learners with
 * search and filters beside the selected learner's details and plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "polku-context.h"
#include "polku-learner-list.h"

G_BEGIN_DECLS

#define POLKU_TYPE_LEARNERS_PAGE (polku_learners_page_get_type ())

G_DECLARE_FINAL_TYPE (PolkuLearnersPage, polku_learners_page, POLKU, LEARNERS_PAGE, GtkWidget)

GtkWidget        *polku_learners_page_new           (void);
void              polku_learners_page_set_context   (PolkuLearnersPage *self,
                                                     PolkuContext      *context);
PolkuLearnerList *polku_learners_page_get_list      (PolkuLearnersPage *self);
PolkuLearner     *polku_learners_page_get_learner   (PolkuLearnersPage *self);
void              polku_learners_page_show_learner  (PolkuLearnersPage *self,
                                                     gint64             learner_id);
void              polku_learners_page_set_query     (PolkuLearnersPage *self,
                                                     const char        *query);
void              polku_learners_page_erase_learner (PolkuLearnersPage *self);

G_END_DECLS
