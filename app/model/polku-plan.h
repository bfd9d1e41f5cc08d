/* polku-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-catalogue-format.h"
#include "polku-credits.h"
#include "polku-plan-unit.h"

G_BEGIN_DECLS

/* What the plan leads to, from the target peruste's koulutustyyppi. */
typedef enum
{
  POLKU_PLAN_TARGET_NONE,
  POLKU_PLAN_TARGET_QUALIFICATION,   /* a vocational qualification */
  POLKU_PLAN_TARGET_TUVA,            /* preparatory training (koulutustyyppi_40) */
  POLKU_PLAN_TARGET_TELMA,           /* training for work and independent living (koulutustyyppi_5) */
} PolkuPlanTarget;

GType polku_plan_target_get_type (void) G_GNUC_CONST;
#define POLKU_TYPE_PLAN_TARGET (polku_plan_target_get_type ())

#define POLKU_TYPE_PLAN (polku_plan_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPlan, polku_plan, POLKU, PLAN, GObject)

PolkuPlan                *polku_plan_new                  (PolkuStore  *store,
                                                           gint64       learner_id);
gboolean                  polku_plan_reload               (PolkuPlan   *self,
                                                           GError     **error);
PolkuStore               *polku_plan_get_store            (PolkuPlan *self);
const PolkuPlanRecord    *polku_plan_get_record           (PolkuPlan *self);
gint64                    polku_plan_get_learner_id       (PolkuPlan *self);
gboolean                  polku_plan_get_gone             (PolkuPlan *self);
const char               *polku_plan_get_goal             (PolkuPlan *self);
gint64                    polku_plan_get_peruste_id       (PolkuPlan *self);
const char               *polku_plan_get_peruste_name     (PolkuPlan *self);
const char               *polku_plan_get_diaarinumero     (PolkuPlan *self);
const char               *polku_plan_get_suoritustapa     (PolkuPlan *self);
const char               *polku_plan_get_osaamisala_uri   (PolkuPlan *self);
const char               *polku_plan_get_tutkintonimike_uri (PolkuPlan *self);
const char               *polku_plan_get_starts_on        (PolkuPlan *self);
const char               *polku_plan_get_ends_on          (PolkuPlan *self);
PolkuPlanTarget           polku_plan_get_target           (PolkuPlan *self);
PolkuCreditUnit           polku_plan_get_credit_unit      (PolkuPlan *self);
double                    polku_plan_get_credits_chosen   (PolkuPlan *self);
double                    polku_plan_get_credits_required (PolkuPlan *self);
double                    polku_plan_get_credits_complete (PolkuPlan *self);
guint                     polku_plan_get_n_units_complete (PolkuPlan *self);
double                    polku_plan_get_fraction         (PolkuPlan *self);
const PolkuCreditSummary *polku_plan_get_credit_summary   (PolkuPlan *self);
GStrv                     polku_plan_dup_credit_lines     (PolkuPlan *self);
const char               *polku_plan_get_language         (PolkuPlan *self);
void                      polku_plan_set_language         (PolkuPlan  *self,
                                                           const char *language);

gboolean                  polku_plan_set_goal             (PolkuPlan   *self,
                                                           const char  *goal,
                                                           GError     **error);
gboolean                  polku_plan_set_target           (PolkuPlan   *self,
                                                           gint64       peruste_id,
                                                           const char  *suoritustapa,
                                                           GError     **error);
gboolean                  polku_plan_set_osaamisala_uri   (PolkuPlan   *self,
                                                           const char  *osaamisala_uri,
                                                           GError     **error);
gboolean                  polku_plan_set_tutkintonimike_uri (PolkuPlan *self,
                                                           const char  *tutkintonimike_uri,
                                                           GError     **error);
gboolean                  polku_plan_set_period           (PolkuPlan   *self,
                                                           const char  *starts_on,
                                                           const char  *ends_on,
                                                           GError     **error);

PolkuPlanUnit            *polku_plan_add_unit             (PolkuPlan      *self,
                                                           gint64          unit_id,
                                                           GError        **error);
gboolean                  polku_plan_remove_unit          (PolkuPlan      *self,
                                                           PolkuPlanUnit  *unit,
                                                           GError        **error);
gboolean                  polku_plan_move_unit            (PolkuPlan      *self,
                                                           PolkuPlanUnit  *unit,
                                                           guint           position,
                                                           GError        **error);
PolkuPlanUnit            *polku_plan_find_unit            (PolkuPlan      *self,
                                                           gint64          unit_id);

G_END_DECLS
