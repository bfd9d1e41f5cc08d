/* polku-level-choice.h: the levels a competence can be given on its unit's
 * scale, each with the criteria text of that level.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-catalogue-units.h"

G_BEGIN_DECLS

/* How a unit is assessed. */
typedef enum
{
  POLKU_SCALE_KIND_NONE,          /* no levels (TELMA goals) */
  POLKU_SCALE_KIND_PASS_FAIL,     /* hyväksytty */
  POLKU_SCALE_KIND_TUVA,          /* TUVA: hyväksytty (arviointiasteikkotuva) */
  POLKU_SCALE_KIND_T1_K3,         /* T1, H2, K3 */
  POLKU_SCALE_KIND_GENERIC_1_5,   /* 1–5 with the generic criteria of every level */
  POLKU_SCALE_KIND_UNIT_1_5,      /* 1–5 with the unit's own criteria (often for 1, 3 and 5) */
} PolkuScaleKind;

GType polku_scale_kind_get_type (void) G_GNUC_CONST;
#define POLKU_TYPE_SCALE_KIND (polku_scale_kind_get_type ())

#define POLKU_TYPE_LEVEL_CHOICE (polku_level_choice_get_type ())

G_DECLARE_FINAL_TYPE (PolkuLevelChoice, polku_level_choice, POLKU, LEVEL_CHOICE, GObject)

int           polku_level_choice_get_level_id      (PolkuLevelChoice *self);
int           polku_level_choice_get_scale_id      (PolkuLevelChoice *self);
int           polku_level_choice_get_ord           (PolkuLevelChoice *self);
const char   *polku_level_choice_get_label         (PolkuLevelChoice *self);
const char   *polku_level_choice_get_short_label   (PolkuLevelChoice *self);
const char   *polku_level_choice_get_koodi_uri     (PolkuLevelChoice *self);
gboolean      polku_level_choice_get_has_criteria  (PolkuLevelChoice *self);
const char   *polku_level_choice_get_criteria_text (PolkuLevelChoice *self);
GPtrArray    *polku_level_choice_get_criteria      (PolkuLevelChoice *self);
gboolean      polku_level_choice_get_area_matched  (PolkuLevelChoice *self);
const char   *polku_level_choice_get_note          (PolkuLevelChoice *self);

PolkuScaleKind polku_scale_kind_for_unit           (const PolkuUnitRecord        *unit,
                                                    GPtrArray                    *criteria);
GListStore   *polku_level_choices_build            (const PolkuUnitRecord        *unit,
                                                    GPtrArray                    *scale_levels,
                                                    GPtrArray                    *criteria,
                                                    GPtrArray                    *requirements,
                                                    const PolkuRequirementRecord *requirement,
                                                    const char                   *language,
                                                    PolkuScaleKind               *out_kind);
GListStore   *polku_level_choices_for_unit         (PolkuStore                   *store,
                                                    gint64                        unit_id,
                                                    const char                   *language,
                                                    PolkuScaleKind               *out_kind,
                                                    GError                      **error);
GListStore   *polku_level_choices_for_requirement  (PolkuStore                   *store,
                                                    gint64                        requirement_id,
                                                    const char                   *language,
                                                    PolkuScaleKind               *out_kind,
                                                    GError                      **error);
PolkuLevelChoice *polku_level_choices_find         (GListModel                   *choices,
                                                    int                           level_id);

G_END_DECLS
