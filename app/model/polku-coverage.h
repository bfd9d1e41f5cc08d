/* polku-coverage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-coverage-row.h"
#include "polku-coverage-unit.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COVERAGE (polku_coverage_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCoverage, polku_coverage, POLKU, COVERAGE, GObject)

PolkuCoverage                    *polku_coverage_new_for_unit        (PolkuStore     *store,
                                                                      gint64          workshop_id,
                                                                      gint64          unit_id);
PolkuCoverage                    *polku_coverage_new_for_peruste     (PolkuStore     *store,
                                                                      gint64          workshop_id,
                                                                      gint64          peruste_id);
gboolean                          polku_coverage_reload              (PolkuCoverage  *self,
                                                                      GError        **error);
const PolkuPerusteCoverageRecord *polku_coverage_get_record          (PolkuCoverage  *self);
gint64                            polku_coverage_get_workshop_id     (PolkuCoverage  *self);
gint64                            polku_coverage_get_unit_id         (PolkuCoverage  *self);
gint64                            polku_coverage_get_peruste_id      (PolkuCoverage  *self);
const char                       *polku_coverage_get_name            (PolkuCoverage  *self);
guint                             polku_coverage_get_n_total         (PolkuCoverage  *self);
guint                             polku_coverage_get_n_covered       (PolkuCoverage  *self);
double                            polku_coverage_get_fraction        (PolkuCoverage  *self);
double                            polku_coverage_get_credits_full    (PolkuCoverage  *self);
double                            polku_coverage_get_credits_partial (PolkuCoverage  *self);
GListModel                       *polku_coverage_get_rows            (PolkuCoverage  *self);
GListModel                       *polku_coverage_get_units           (PolkuCoverage  *self);
PolkuCoverageRow                 *polku_coverage_find_row            (PolkuCoverage  *self,
                                                                      gint64          requirement_id);
const char                       *polku_coverage_get_language        (PolkuCoverage  *self);
void                              polku_coverage_set_language        (PolkuCoverage  *self,
                                                                      const char     *language);

G_END_DECLS
