/* polku-learner-model-private.h: what the learner lists call on their items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-competence.h"
#include "polku-demonstration.h"
#include "polku-learner.h"
#include "polku-plan-unit.h"

G_BEGIN_DECLS

/* Switch the object to a newer copy of its row, notifying what changed. */
void _polku_learner_update       (PolkuLearner                   *self,
                                  const PolkuLearnerRecord       *record);
PolkuPlanUnit *_polku_plan_unit_new (PolkuStore                *store,
                                    const PolkuPlanUnitRecord      *record,
                                    const PolkuUnitProgressRecord  *progress,
                                    const PolkuCreditPlacement     *placement,
                                    const char                     *language);
void _polku_plan_unit_update     (PolkuPlanUnit                  *self,
                                  const PolkuPlanUnitRecord      *record,
                                  const PolkuUnitProgressRecord  *progress,
                                  const PolkuCreditPlacement     *placement);
/* What the competences of one unit share: the unit, its scale and criteria. */
typedef struct
{
  PolkuUnitRecord *unit;
  GPtrArray       *levels;        /* PolkuScaleLevelRecord, every scale's */
  GPtrArray       *criteria;      /* PolkuCriterionRecord */
  GPtrArray       *requirements;  /* PolkuRequirementRecord */
  GListStore      *unit_choices;  /* PolkuLevelChoice for the unit as a whole */
  PolkuScaleKind   kind;
  char            *language;
} PolkuUnitScales;

PolkuUnitScales *_polku_unit_scales_load  (PolkuStore       *store,
                                           gint64            unit_id,
                                           const char       *language,
                                           GError          **error);
PolkuUnitScales *_polku_unit_scales_ref   (PolkuUnitScales  *scales);
void             _polku_unit_scales_unref (PolkuUnitScales  *scales);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuUnitScales, _polku_unit_scales_unref)

PolkuCompetence *_polku_competence_new   (PolkuStore                  *store,
                                          const PolkuCompetenceRecord *record,
                                          PolkuUnitScales             *scales);
void _polku_competence_set_scales (PolkuCompetence               *self,
                                   PolkuUnitScales               *scales);
void _polku_competence_update    (PolkuCompetence                *self,
                                  const PolkuCompetenceRecord    *record);
PolkuDemonstration *_polku_demonstration_new (PolkuStore                     *store,
                                              const PolkuDemonstrationRecord *record,
                                              const char                     *language);
void _polku_demonstration_update (PolkuDemonstration             *self,
                                  const PolkuDemonstrationRecord *record);

G_END_DECLS
