/* polku-learner.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-learners.h"

G_BEGIN_DECLS

#define POLKU_TYPE_LEARNER (polku_learner_get_type ())

G_DECLARE_FINAL_TYPE (PolkuLearner, polku_learner, POLKU, LEARNER, GObject)

PolkuLearner             *polku_learner_new                  (PolkuStore               *store,
                                                              const PolkuLearnerRecord *record);
PolkuLearner             *polku_learner_load                 (PolkuStore  *store,
                                                              gint64       id,
                                                              GError     **error);
gboolean                  polku_learner_refresh              (PolkuLearner  *self,
                                                              GError       **error);
PolkuStore               *polku_learner_get_store            (PolkuLearner *self);
const PolkuLearnerRecord *polku_learner_get_record           (PolkuLearner *self);
const char               *polku_learner_get_search_key       (PolkuLearner *self);
gint64                    polku_learner_get_id               (PolkuLearner *self);
const char               *polku_learner_get_first_names      (PolkuLearner *self);
const char               *polku_learner_get_last_name        (PolkuLearner *self);
const char               *polku_learner_get_preferred_name   (PolkuLearner *self);
const char               *polku_learner_get_full_name        (PolkuLearner *self);
const char               *polku_learner_get_display_name     (PolkuLearner *self);
const char               *polku_learner_get_email            (PolkuLearner *self);
const char               *polku_learner_get_phone            (PolkuLearner *self);
PolkuLearnerStatus        polku_learner_get_status           (PolkuLearner *self);
const char               *polku_learner_get_status_label     (PolkuLearner *self);
const char               *polku_learner_get_coach            (PolkuLearner *self);
gint64                    polku_learner_get_workshop_id      (PolkuLearner *self);
const char               *polku_learner_get_workshop_name    (PolkuLearner *self);
gint64                    polku_learner_get_provider_id      (PolkuLearner *self);
const char               *polku_learner_get_provider_name    (PolkuLearner *self);
const char               *polku_learner_get_student_number   (PolkuLearner *self);
const char               *polku_learner_get_urasuunnitelma   (PolkuLearner *self);
gboolean                  polku_learner_get_special_support  (PolkuLearner *self);
const char               *polku_learner_get_support_measures (PolkuLearner *self);
const char               *polku_learner_get_notes            (PolkuLearner *self);
gboolean                  polku_learner_get_archived         (PolkuLearner *self);
const char               *polku_learner_get_archived_on      (PolkuLearner *self);
const char               *polku_learner_get_created_at       (PolkuLearner *self);
const char               *polku_learner_get_updated_at       (PolkuLearner *self);
gint64                    polku_learner_get_peruste_id       (PolkuLearner *self);
const char               *polku_learner_get_peruste_name     (PolkuLearner *self);
guint                     polku_learner_get_n_plan_units     (PolkuLearner *self);
guint                     polku_learner_get_n_identified     (PolkuLearner *self);
const char               *polku_learner_get_language         (PolkuLearner *self);
void                      polku_learner_set_language         (PolkuLearner *self,
                                                              const char   *language);

gboolean                  polku_learner_set_names            (PolkuLearner  *self,
                                                              const char    *first_names,
                                                              const char    *last_name,
                                                              const char    *preferred_name,
                                                              GError       **error);
gboolean                  polku_learner_set_first_names      (PolkuLearner  *self,
                                                              const char    *first_names,
                                                              GError       **error);
gboolean                  polku_learner_set_last_name        (PolkuLearner  *self,
                                                              const char    *last_name,
                                                              GError       **error);
gboolean                  polku_learner_set_preferred_name   (PolkuLearner  *self,
                                                              const char    *preferred_name,
                                                              GError       **error);
gboolean                  polku_learner_set_email            (PolkuLearner  *self,
                                                              const char    *email,
                                                              GError       **error);
gboolean                  polku_learner_set_phone            (PolkuLearner  *self,
                                                              const char    *phone,
                                                              GError       **error);
gboolean                  polku_learner_set_status           (PolkuLearner       *self,
                                                              PolkuLearnerStatus  status,
                                                              GError            **error);
gboolean                  polku_learner_set_coach            (PolkuLearner  *self,
                                                              const char    *coach,
                                                              GError       **error);
gboolean                  polku_learner_set_workshop_id      (PolkuLearner  *self,
                                                              gint64         workshop_id,
                                                              GError       **error);
gboolean                  polku_learner_set_provider_id      (PolkuLearner  *self,
                                                              gint64         provider_id,
                                                              GError       **error);
gboolean                  polku_learner_set_student_number   (PolkuLearner  *self,
                                                              const char    *student_number,
                                                              GError       **error);
gboolean                  polku_learner_set_urasuunnitelma   (PolkuLearner  *self,
                                                              const char    *koodi_uri,
                                                              GError       **error);
gboolean                  polku_learner_set_special_support  (PolkuLearner  *self,
                                                              gboolean       special_support,
                                                              GError       **error);
gboolean                  polku_learner_set_support_measures (PolkuLearner  *self,
                                                              const char    *support_measures,
                                                              GError       **error);
gboolean                  polku_learner_set_notes            (PolkuLearner  *self,
                                                              const char    *notes,
                                                              GError       **error);
gboolean                  polku_learner_set_archived         (PolkuLearner  *self,
                                                              gboolean       archived,
                                                              GError       **error);

G_END_DECLS
