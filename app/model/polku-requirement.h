/* polku-requirement.h: one skill requirement, objective or goal of a unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-catalogue-units.h"

G_BEGIN_DECLS

typedef enum
{
  POLKU_OBJECTIVE_NONE,        /* a requirement of the unit itself */
  POLKU_OBJECTIVE_MANDATORY,   /* a common unit's mandatory objective */
  POLKU_OBJECTIVE_OPTIONAL,
} PolkuObjectiveKind;

#define POLKU_TYPE_REQUIREMENT (polku_requirement_get_type ())

G_DECLARE_FINAL_TYPE (PolkuRequirement, polku_requirement, POLKU, REQUIREMENT, GObject)

PolkuRequirement   *polku_requirement_new_from_record    (const PolkuRequirementRecord *record,
                                                          gboolean                      swedish);
gint64              polku_requirement_get_id             (PolkuRequirement *self);
gint64              polku_requirement_get_unit_id        (PolkuRequirement *self);
gint64              polku_requirement_get_osa_alue_id    (PolkuRequirement *self);
PolkuObjectiveKind  polku_requirement_get_objective_kind (PolkuRequirement *self);
const char         *polku_requirement_get_text           (PolkuRequirement *self);
gboolean            polku_requirement_get_text_fallback  (PolkuRequirement *self);
const char         *polku_requirement_get_kohdealue      (PolkuRequirement *self);
int                 polku_requirement_get_kohdealue_ord  (PolkuRequirement *self);
const char         *polku_requirement_get_code           (PolkuRequirement *self);
const char         *polku_requirement_get_koodi_uri      (PolkuRequirement *self);
int                 polku_requirement_get_depth          (PolkuRequirement *self);
gboolean            polku_requirement_same_group         (PolkuRequirement *self,
                                                          PolkuRequirement *other);

G_END_DECLS
