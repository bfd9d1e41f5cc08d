/* polku-criterion.h: one assessment criterion at one level of a scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-catalogue-units.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_CRITERION_UNIT,       /* the unit's own, by assessment area and target */
  POLKU_CRITERION_GENERIC,    /* of the generic scale the unit uses */
  POLKU_CRITERION_OSA_ALUE,   /* of one osa-alue of a common unit */
} PolkuCriterionOwner;

#define POLKU_TYPE_CRITERION (polku_criterion_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCriterion, polku_criterion, POLKU, CRITERION, GObject)

PolkuCriterion      *polku_criterion_new_from_record   (const PolkuCriterionRecord *record,
                                                        gboolean                    swedish);
gint64               polku_criterion_get_id            (PolkuCriterion *self);
PolkuCriterionOwner  polku_criterion_get_owner         (PolkuCriterion *self);
gint64               polku_criterion_get_osa_alue_id   (PolkuCriterion *self);
int                  polku_criterion_get_level_id      (PolkuCriterion *self);
int                  polku_criterion_get_area_ord      (PolkuCriterion *self);
const char          *polku_criterion_get_area          (PolkuCriterion *self);
int                  polku_criterion_get_target_ord    (PolkuCriterion *self);
const char          *polku_criterion_get_target        (PolkuCriterion *self);
const char          *polku_criterion_get_text          (PolkuCriterion *self);
gboolean             polku_criterion_get_text_fallback (PolkuCriterion *self);

G_END_DECLS
