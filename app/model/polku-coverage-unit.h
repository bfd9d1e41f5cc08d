/* polku-coverage-unit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COVERAGE_UNIT (polku_coverage_unit_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCoverageUnit, polku_coverage_unit, POLKU, COVERAGE_UNIT, GObject)

const PolkuUnitCoverageRecord *polku_coverage_unit_get_record      (PolkuCoverageUnit *self);
gint64                         polku_coverage_unit_get_unit_id     (PolkuCoverageUnit *self);
const char                    *polku_coverage_unit_get_code        (PolkuCoverageUnit *self);
const char                    *polku_coverage_unit_get_name        (PolkuCoverageUnit *self);
double                         polku_coverage_unit_get_credits     (PolkuCoverageUnit *self);
guint                          polku_coverage_unit_get_n_total     (PolkuCoverageUnit *self);
guint                          polku_coverage_unit_get_n_covered   (PolkuCoverageUnit *self);
double                         polku_coverage_unit_get_fraction    (PolkuCoverageUnit *self);
PolkuUnitExtent                polku_coverage_unit_get_level       (PolkuCoverageUnit *self);
PolkuUnitExtent                polku_coverage_unit_get_marked      (PolkuCoverageUnit *self);
GListModel                    *polku_coverage_unit_get_rows        (PolkuCoverageUnit *self);
void                           polku_coverage_unit_set_language    (PolkuCoverageUnit *self,
                                                                    const char        *language);

G_END_DECLS
