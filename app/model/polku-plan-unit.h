/* polku-plan-unit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-credits.h"
#include "polku-store-learners.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PLAN_UNIT (polku_plan_unit_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPlanUnit, polku_plan_unit, POLKU, PLAN_UNIT, GObject)

PolkuStore                *polku_plan_unit_get_store          (PolkuPlanUnit *self);
const PolkuPlanUnitRecord *polku_plan_unit_get_record         (PolkuPlanUnit *self);
gint64                     polku_plan_unit_get_id             (PolkuPlanUnit *self);
gint64                     polku_plan_unit_get_unit_id        (PolkuPlanUnit *self);
gint64                     polku_plan_unit_get_learner_id     (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_code           (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_name           (PolkuPlanUnit *self);
double                     polku_plan_unit_get_credits        (PolkuPlanUnit *self);
double                     polku_plan_unit_get_credits_override (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_group_path     (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_counted_in     (PolkuPlanUnit *self);
gboolean                   polku_plan_unit_get_mandatory      (PolkuPlanUnit *self);
gboolean                   polku_plan_unit_get_in_structure   (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_starts_on      (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_ends_on        (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_deviations     (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_note           (PolkuPlanUnit *self);
int                        polku_plan_unit_get_position       (PolkuPlanUnit *self);
gboolean                   polku_plan_unit_get_retired        (PolkuPlanUnit *self);
int                        polku_plan_unit_get_scale_id       (PolkuPlanUnit *self);
guint                      polku_plan_unit_get_n_total        (PolkuPlanUnit *self);
guint                      polku_plan_unit_get_n_identified   (PolkuPlanUnit *self);
double                     polku_plan_unit_get_fraction       (PolkuPlanUnit *self);
gboolean                   polku_plan_unit_get_complete       (PolkuPlanUnit *self);
const PolkuUnitProgressRecord *polku_plan_unit_get_progress   (PolkuPlanUnit *self);
GPtrArray                 *polku_plan_unit_get_tasks          (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_tasks_text     (PolkuPlanUnit *self);
GArray                    *polku_plan_unit_get_osa_alue_ids   (PolkuPlanUnit *self);
const char                *polku_plan_unit_get_language       (PolkuPlanUnit *self);
void                       polku_plan_unit_set_language       (PolkuPlanUnit *self,
                                                               const char    *language);

gboolean                   polku_plan_unit_set_period         (PolkuPlanUnit  *self,
                                                               const char     *starts_on,
                                                               const char     *ends_on,
                                                               GError        **error);
gboolean                   polku_plan_unit_set_credits_override (PolkuPlanUnit *self,
                                                               double          credits,
                                                               GError        **error);
gboolean                   polku_plan_unit_set_group_path     (PolkuPlanUnit  *self,
                                                               const char     *group_path,
                                                               GError        **error);
gboolean                   polku_plan_unit_set_deviations     (PolkuPlanUnit  *self,
                                                               const char     *deviations,
                                                               GError        **error);
gboolean                   polku_plan_unit_set_note           (PolkuPlanUnit  *self,
                                                               const char     *note,
                                                               GError        **error);
gboolean                   polku_plan_unit_set_tasks          (PolkuPlanUnit  *self,
                                                               const gint64   *task_ids,
                                                               guint           n_task_ids,
                                                               GError        **error);
gboolean                   polku_plan_unit_add_task           (PolkuPlanUnit  *self,
                                                               gint64          task_id,
                                                               GError        **error);
gboolean                   polku_plan_unit_remove_task        (PolkuPlanUnit  *self,
                                                               gint64          task_id,
                                                               GError        **error);
gboolean                   polku_plan_unit_set_osa_alueet     (PolkuPlanUnit  *self,
                                                               const gint64   *osa_alue_ids,
                                                               guint           n_osa_alue_ids,
                                                               GError        **error);
PolkuTaskSuggestionRecord *polku_plan_unit_suggest_tasks      (PolkuPlanUnit  *self,
                                                               gint64          workshop_id,
                                                               GError        **error);

G_END_DECLS
