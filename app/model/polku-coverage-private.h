/* polku-coverage-private.h: PolkuCoverage builds and updates its rows and units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-coverage-row.h"
#include "polku-coverage-unit.h"

G_BEGIN_DECLS

PolkuCoverageRow  *_polku_coverage_row_new     (const PolkuCoverageRowRecord  *record,
                                                const PolkuUnitCoverageRecord *unit,
                                                const char                    *language);
void               _polku_coverage_row_update  (PolkuCoverageRow              *self,
                                                const PolkuCoverageRowRecord  *record);
PolkuCoverageUnit *_polku_coverage_unit_new    (const PolkuUnitCoverageRecord *record,
                                                GPtrArray                     *rows,
                                                const char                    *language);
void               _polku_coverage_unit_update (PolkuCoverageUnit             *self,
                                                const PolkuUnitCoverageRecord *record);

G_END_DECLS
