/* polku-competence.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-level-choice.h"
#include "polku-store-learners.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COMPETENCE (polku_competence_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCompetence, polku_competence, POLKU, COMPETENCE, GObject)

PolkuStore                  *polku_competence_get_store          (PolkuCompetence *self);
const PolkuCompetenceRecord *polku_competence_get_record         (PolkuCompetence *self);
gint64                       polku_competence_get_requirement_id (PolkuCompetence *self);
gint64                       polku_competence_get_learner_id     (PolkuCompetence *self);
gint64                       polku_competence_get_unit_id        (PolkuCompetence *self);
gboolean                     polku_competence_get_recorded       (PolkuCompetence *self);
const char                  *polku_competence_get_text           (PolkuCompetence *self);
const char                  *polku_competence_get_kohdealue      (PolkuCompetence *self);
const char                  *polku_competence_get_osa_alue_name  (PolkuCompetence *self);
const char                  *polku_competence_get_code           (PolkuCompetence *self);
PolkuCompetenceStatus        polku_competence_get_status         (PolkuCompetence *self);
const char                  *polku_competence_get_status_label   (PolkuCompetence *self);
gboolean                     polku_competence_get_locked         (PolkuCompetence *self);
const char                  *polku_competence_get_own_view       (PolkuCompetence *self);
const char                  *polku_competence_get_observation    (PolkuCompetence *self);
int                          polku_competence_get_level_id       (PolkuCompetence *self);
const char                  *polku_competence_get_level_label    (PolkuCompetence *self);
const char                  *polku_competence_get_shown_on       (PolkuCompetence *self);
const char                  *polku_competence_get_evidence       (PolkuCompetence *self);
const char                  *polku_competence_get_observed_by    (PolkuCompetence *self);
const char                  *polku_competence_get_tasks_text     (PolkuCompetence *self);
GListModel                  *polku_competence_get_level_choices  (PolkuCompetence *self);
GPtrArray                   *polku_competence_list_history       (PolkuCompetence  *self,
                                                                  GError          **error);

gboolean                     polku_competence_can_set_status     (PolkuCompetence       *self,
                                                                  PolkuCompetenceStatus  status);
gboolean                     polku_competence_set_status         (PolkuCompetence       *self,
                                                                  PolkuCompetenceStatus  status,
                                                                  GError               **error);
gboolean                     polku_competence_set_level          (PolkuCompetence  *self,
                                                                  int               level_id,
                                                                  GError          **error);
gboolean                     polku_competence_set_own_view       (PolkuCompetence  *self,
                                                                  const char       *own_view,
                                                                  GError          **error);
gboolean                     polku_competence_set_observation    (PolkuCompetence  *self,
                                                                  const char       *observation,
                                                                  GError          **error);
gboolean                     polku_competence_set_shown_on       (PolkuCompetence  *self,
                                                                  const char       *shown_on,
                                                                  GError          **error);
gboolean                     polku_competence_set_evidence       (PolkuCompetence  *self,
                                                                  const char       *evidence,
                                                                  GError          **error);
gboolean                     polku_competence_set_observed_by    (PolkuCompetence  *self,
                                                                  const char       *observed_by,
                                                                  GError          **error);
gboolean                     polku_competence_set_tasks          (PolkuCompetence  *self,
                                                                  const gint64     *task_ids,
                                                                  guint             n_task_ids,
                                                                  GError          **error);
gboolean                     polku_competence_apply              (PolkuCompetence           *self,
                                                                  const PolkuCompetenceEdit *edit,
                                                                  GError                   **error);

G_END_DECLS
