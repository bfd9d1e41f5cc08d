/* polku-unit.h: one unit of a qualification (or a TUVA/TELMA part) as the
 * unit page shows it, in the chosen catalogue language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-context.h"
#include "polku-criterion.h"
#include "polku-requirement.h"
#include "polku-store-catalogue-units.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      osa_alue_id;
  const char *name;
  gboolean    name_fallback;
  const char *koodi_uri;
  double      mandatory_credits;   /* < 0: not given */
  double      optional_credits;
} PolkuUnitOsaAlue;

typedef struct
{
  int         level_id;
  int         scale_id;
  const char *label;               /* "Tyydyttävä 1", "Hyvä H2", "Hyväksytty" */
  const char *short_label;         /* "1", "H2", "Hyväksytty" */
  guint       n_criteria;
} PolkuUnitLevel;

#define POLKU_TYPE_UNIT (polku_unit_get_type ())

G_DECLARE_FINAL_TYPE (PolkuUnit, polku_unit, POLKU, UNIT, GObject)

PolkuUnit              *polku_unit_load                   (PolkuContext  *context,
                                                           gint64         unit_id,
                                                           GError       **error);
gint64                  polku_unit_get_id                 (PolkuUnit *self);
gint64                  polku_unit_get_peruste_id         (PolkuUnit *self);
gboolean                polku_unit_get_swedish            (PolkuUnit *self);
const char             *polku_unit_get_name               (PolkuUnit *self);
gboolean                polku_unit_get_name_fallback      (PolkuUnit *self);
const char             *polku_unit_get_code               (PolkuUnit *self);
const char             *polku_unit_get_koodi_uri          (PolkuUnit *self);
gboolean                polku_unit_is_common              (PolkuUnit *self);
gboolean                polku_unit_is_preparatory_part    (PolkuUnit *self);
const char             *polku_unit_get_tyyppi             (PolkuUnit *self);
gboolean                polku_unit_get_credits            (PolkuUnit *self,
                                                           double    *out_min,
                                                           double    *out_max);
gboolean                polku_unit_get_credits_in_weeks   (PolkuUnit *self);
PolkuUnitMandatory      polku_unit_get_mandatory          (PolkuUnit *self);
const char             *polku_unit_get_peruste_name       (PolkuUnit *self);
const char             *polku_unit_get_diaarinumero       (PolkuUnit *self);
const char             *polku_unit_get_koulutustyyppi     (PolkuUnit *self);
const char             *polku_unit_get_description        (PolkuUnit *self);
const char             *polku_unit_get_ways_of_demonstrating (PolkuUnit *self);
gboolean                polku_unit_get_ways_fallback      (PolkuUnit *self);
const char             *polku_unit_get_generic_scale_name (PolkuUnit *self);
int                     polku_unit_get_scale_id           (PolkuUnit *self);
gboolean                polku_unit_get_embedded           (PolkuUnit *self);
gboolean                polku_unit_get_retired            (PolkuUnit *self);
GListModel             *polku_unit_get_requirements       (PolkuUnit *self);
GListModel             *polku_unit_get_criteria           (PolkuUnit *self);
guint                   polku_unit_get_n_osa_alueet       (PolkuUnit *self);
const PolkuUnitOsaAlue *polku_unit_get_osa_alue           (PolkuUnit *self,
                                                           guint      index);
const PolkuUnitOsaAlue *polku_unit_find_osa_alue          (PolkuUnit *self,
                                                           gint64     osa_alue_id);
guint                   polku_unit_get_n_levels           (PolkuUnit *self);
const PolkuUnitLevel   *polku_unit_get_level              (PolkuUnit *self,
                                                           guint      index);
int                     polku_unit_find_requirement       (PolkuUnit *self,
                                                           gint64     requirement_id);

G_END_DECLS
