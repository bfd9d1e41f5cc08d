/* polku-competence-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-competence.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COMPETENCE_LIST (polku_competence_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCompetenceList, polku_competence_list, POLKU, COMPETENCE_LIST, GObject)

PolkuCompetenceList *polku_competence_list_new             (PolkuStore           *store,
                                                            gint64                learner_id,
                                                            gint64                unit_id,
                                                            const char           *language);
gboolean             polku_competence_list_reload          (PolkuCompetenceList  *self,
                                                            GError              **error);
PolkuStore          *polku_competence_list_get_store       (PolkuCompetenceList  *self);
gint64               polku_competence_list_get_learner_id  (PolkuCompetenceList  *self);
gint64               polku_competence_list_get_unit_id     (PolkuCompetenceList  *self);
const char          *polku_competence_list_get_unit_name   (PolkuCompetenceList  *self);
PolkuScaleKind       polku_competence_list_get_scale_kind  (PolkuCompetenceList  *self);
GListModel          *polku_competence_list_get_level_choices (PolkuCompetenceList *self);
guint                polku_competence_list_get_n_total     (PolkuCompetenceList  *self);
guint                polku_competence_list_get_n_identified (PolkuCompetenceList *self);
double               polku_competence_list_get_fraction    (PolkuCompetenceList  *self);
gboolean             polku_competence_list_get_complete    (PolkuCompetenceList  *self);
PolkuCompetence     *polku_competence_list_find            (PolkuCompetenceList  *self,
                                                            gint64                requirement_id);
gboolean             polku_competence_list_apply           (PolkuCompetenceList       *self,
                                                            PolkuCompetence * const   *items,
                                                            guint                      n_items,
                                                            const PolkuCompetenceEdit *edit,
                                                            GError                   **error);

G_END_DECLS
