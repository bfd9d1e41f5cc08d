/* polku-coverage-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_COVERAGE_ROW (polku_coverage_row_get_type ())

G_DECLARE_FINAL_TYPE (PolkuCoverageRow, polku_coverage_row, POLKU, COVERAGE_ROW, GObject)

const PolkuCoverageRowRecord *polku_coverage_row_get_record         (PolkuCoverageRow *self);
gint64                        polku_coverage_row_get_requirement_id (PolkuCoverageRow *self);
gint64                        polku_coverage_row_get_unit_id        (PolkuCoverageRow *self);
const char                   *polku_coverage_row_get_unit_code      (PolkuCoverageRow *self);
const char                   *polku_coverage_row_get_unit_name      (PolkuCoverageRow *self);
const char                   *polku_coverage_row_get_text           (PolkuCoverageRow *self);
const char                   *polku_coverage_row_get_kohdealue      (PolkuCoverageRow *self);
const char                   *polku_coverage_row_get_osa_alue_name  (PolkuCoverageRow *self);
const char                   *polku_coverage_row_get_koodi_uri      (PolkuCoverageRow *self);
gboolean                      polku_coverage_row_get_covered        (PolkuCoverageRow *self);
guint                         polku_coverage_row_get_n_tasks        (PolkuCoverageRow *self);
const GPtrArray              *polku_coverage_row_get_tasks          (PolkuCoverageRow *self);
char                         *polku_coverage_row_dup_tasks_text     (PolkuCoverageRow *self);
gboolean                      polku_coverage_row_has_task           (PolkuCoverageRow *self,
                                                                     gint64            task_id,
                                                                     gboolean         *out_by_code);
const char                   *polku_coverage_row_get_language       (PolkuCoverageRow *self);
void                          polku_coverage_row_set_language       (PolkuCoverageRow *self,
                                                                     const char       *language);

G_END_DECLS
