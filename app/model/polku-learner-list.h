/* polku-learner-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-learner.h"

G_BEGIN_DECLS

#define POLKU_TYPE_LEARNER_LIST (polku_learner_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuLearnerList, polku_learner_list, POLKU, LEARNER_LIST, GObject)

PolkuLearnerList *polku_learner_list_new             (PolkuStore          *store);
PolkuStore       *polku_learner_list_get_store       (PolkuLearnerList    *self);
gboolean          polku_learner_list_reload          (PolkuLearnerList    *self,
                                                      GError             **error);
guint             polku_learner_list_get_n_total     (PolkuLearnerList    *self);

const char       *polku_learner_list_get_query       (PolkuLearnerList    *self);
void              polku_learner_list_set_query       (PolkuLearnerList    *self,
                                                      const char          *query);
PolkuLearnerShow  polku_learner_list_get_show        (PolkuLearnerList    *self);
void              polku_learner_list_set_show        (PolkuLearnerList    *self,
                                                      PolkuLearnerShow     show);
const char       *polku_learner_list_get_coach       (PolkuLearnerList    *self);
void              polku_learner_list_set_coach       (PolkuLearnerList    *self,
                                                      const char          *coach);
int               polku_learner_list_get_status      (PolkuLearnerList    *self);
void              polku_learner_list_set_status      (PolkuLearnerList    *self,
                                                      int                  status);
gint64            polku_learner_list_get_workshop_id (PolkuLearnerList    *self);
void              polku_learner_list_set_workshop_id (PolkuLearnerList    *self,
                                                      gint64               workshop_id);
const char       *polku_learner_list_get_language    (PolkuLearnerList    *self);
void              polku_learner_list_set_language    (PolkuLearnerList    *self,
                                                      const char          *language);
char            **polku_learner_list_dup_coaches     (PolkuLearnerList    *self);

PolkuLearner     *polku_learner_list_find            (PolkuLearnerList    *self,
                                                      gint64               id);
PolkuLearner     *polku_learner_list_add             (PolkuLearnerList    *self,
                                                      const char          *first_names,
                                                      const char          *last_name,
                                                      GError             **error);
gboolean          polku_learner_list_erase           (PolkuLearnerList    *self,
                                                      PolkuLearner        *learner,
                                                      GError             **error);

G_END_DECLS
